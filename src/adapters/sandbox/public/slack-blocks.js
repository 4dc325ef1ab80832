import { h, link, safeImageUrl, safeUrl } from './dom.js';
import { emojify } from './emoji.js';
import { renderMrkdwn } from './mrkdwn.js';

// Block Kit → DOM, close to how the Slack client draws it. `ctx.act(actionIds, values)` posts a
// click; `ctx.confirm(spec)` asks first when an element has a confirm dialog.

export function renderSlackMessage(payload, ctx) {
  const root = h('div', { class: 'sk-message' });
  const blocks = Array.isArray(payload?.blocks) ? payload.blocks : [];
  if (blocks.length === 0 && typeof payload?.text === 'string') root.append(h('div', { class: 'sk-text' }, renderMrkdwn(payload.text)));
  for (const block of blocks) root.append(renderBlock(block, ctx, root));
  for (const attachment of Array.isArray(payload?.attachments) ? payload.attachments : []) root.append(renderAttachment(attachment, ctx, root));
  return root;
}

/** Current values of the inputs and selects in one rendered message, by action_id. */
export function collectSlackValues(root) {
  const values = {};
  for (const el of root.querySelectorAll('[data-input-id]')) {
    if (el.type === 'checkbox' || el.type === 'radio') {
      if (el.checked) values[el.dataset.inputId] = el.value;
    } else if (el.value !== '') values[el.dataset.inputId] = el.value;
  }
  return values;
}

function renderBlock(block, ctx, root) {
  switch (block?.type) {
    case 'header':
      return h('div', { class: 'sk-header' }, plain(block.text));
    case 'section':
      return section(block, ctx, root);
    case 'context':
      return h('div', { class: 'sk-context' }, (block.elements ?? []).map((e) => (e.type === 'image' ? image(e, 'sk-context-image') : h('span', {}, text(e)))));
    case 'actions':
      return h('div', { class: 'sk-actions' }, (block.elements ?? []).map((e) => element(e, ctx, root, false)));
    case 'input':
      return h(
        'div',
        { class: 'sk-input' },
        h('label', { class: 'sk-label' }, plain(block.label), block.optional ? h('span', { class: 'sk-optional' }, ' (optional)') : null),
        element(block.element, ctx, root, !block.dispatch_action),
        block.hint ? h('div', { class: 'sk-hint' }, plain(block.hint)) : null,
      );
    case 'divider':
      return h('hr', { class: 'sk-divider' });
    case 'image':
      return h('figure', { class: 'sk-image' }, block.title ? h('figcaption', {}, plain(block.title)) : null, image(block));
    case 'rich_text':
      return h('div', { class: 'sk-rich' }, (block.elements ?? []).map(richElement));
    default:
      return unsupported(`block "${block?.type}"`);
  }
}

function section(block, ctx, root) {
  const main = h('div', { class: 'sk-section-main' });
  if (block.text) main.append(h('div', { class: 'sk-text' }, text(block.text)));
  if (Array.isArray(block.fields) && block.fields.length > 0) main.append(h('div', { class: 'sk-fields' }, block.fields.map((f) => h('div', { class: 'sk-field' }, text(f)))));
  const accessory = block.accessory ? h('div', { class: 'sk-accessory' }, block.accessory.type === 'image' ? image(block.accessory, 'sk-accessory-image') : element(block.accessory, ctx, root, false)) : null;
  return h('div', { class: 'sk-section' }, main, accessory);
}

/** An interactive element. `inForm`: inside an input block, where changes are collected, not sent. */
function element(el, ctx, root, inForm) {
  switch (el?.type) {
    case 'button':
      return button(el, ctx, root);
    case 'static_select':
    case 'overflow':
    case 'multi_static_select':
      return select(el, ctx, root, inForm);
    case 'plain_text_input': {
      const attrs = { class: 'sk-field-input', 'data-input-id': el.action_id, placeholder: el.placeholder ? emojify(el.placeholder.text) : null };
      return el.multiline ? h('textarea', { ...attrs, rows: 3 }, el.initial_value ?? '') : h('input', { ...attrs, type: 'text', value: el.initial_value ?? null });
    }
    case 'datepicker':
      return h('input', { class: 'sk-field-input', type: 'date', 'data-input-id': el.action_id, value: el.initial_date ?? null });
    case 'timepicker':
      return h('input', { class: 'sk-field-input', type: 'time', 'data-input-id': el.action_id, value: el.initial_time ?? null });
    case 'checkboxes':
    case 'radio_buttons':
      return choices(el);
    case 'image':
      return image(el);
    default:
      return unsupported(`element "${el?.type}"`);
  }
}

function button(el, ctx, root) {
  const style = el.style === 'primary' ? ' sk-primary' : el.style === 'danger' ? ' sk-danger' : '';
  const url = el.url ? safeUrl(el.url) : null;
  return h(
    'button',
    {
      type: 'button',
      class: `sk-button${style}`,
      'data-action-id': el.action_id,
      onclick: async () => {
        if (el.confirm && !(await ctx.confirm(confirmSpec(el.confirm)))) return;
        if (url) window.open(url, '_blank', 'noopener,noreferrer');
        else ctx.act([el.action_id], collectSlackValues(root));
      },
    },
    plain(el.text),
    url ? h('span', { class: 'sk-external', 'aria-hidden': 'true' }, ' ↗') : null,
  );
}

function select(el, ctx, root, inForm) {
  const options = [...(el.options ?? []), ...(el.option_groups ?? []).flatMap((g) => g.options ?? [])];
  const placeholder = el.type === 'overflow' ? '⋯' : el.placeholder ? emojify(el.placeholder.text) : 'Select an option';
  const initial = el.initial_option?.value;
  const selectEl = h(
    'select',
    { class: `sk-select${el.type === 'overflow' ? ' sk-overflow' : ''}`, 'data-input-id': el.action_id, 'aria-label': placeholder },
    h('option', { value: '', disabled: true, selected: initial === undefined }, placeholder),
    options.map((o) => h('option', { value: o.value, selected: o.value === initial }, plain(o.text))),
  );
  if (!inForm) {
    selectEl.addEventListener('change', async () => {
      const chosen = options.find((o) => o.value === selectEl.value);
      if (el.confirm && !(await ctx.confirm(confirmSpec(el.confirm)))) return;
      if (chosen?.url && safeUrl(chosen.url)) window.open(safeUrl(chosen.url), '_blank', 'noopener,noreferrer');
      else ctx.act([el.action_id], { ...collectSlackValues(root), [el.action_id]: selectEl.value });
    });
  }
  return selectEl;
}

function choices(el) {
  const kind = el.type === 'checkboxes' ? 'checkbox' : 'radio';
  return h(
    'div',
    { class: 'sk-choices' },
    (el.options ?? []).map((o) => h('label', { class: 'sk-choice' }, h('input', { type: kind, name: el.action_id, value: o.value, 'data-input-id': el.action_id }), ' ', text(o.text))),
  );
}

function renderAttachment(attachment, ctx, root) {
  const wrapper = h('div', { class: 'sk-attachment' });
  const color = attachmentColor(attachment.color);
  if (color) wrapper.style.borderLeftColor = color;
  if (attachment.title) wrapper.append(h('div', { class: 'sk-attachment-title' }, attachment.title_link ? link(attachment.title_link, attachment.title) : attachment.title));
  if (attachment.text) wrapper.append(h('div', { class: 'sk-text' }, renderMrkdwn(attachment.text)));
  for (const block of Array.isArray(attachment.blocks) ? attachment.blocks : []) wrapper.append(renderBlock(block, ctx, root));
  if (attachment.footer) wrapper.append(h('div', { class: 'sk-context' }, renderMrkdwn(attachment.footer)));
  return wrapper;
}

function attachmentColor(color) {
  const named = { good: '#2eb67d', warning: '#ecb22e', danger: '#e01e5a' };
  if (typeof color !== 'string') return null;
  if (named[color]) return named[color];
  const hex = color.startsWith('#') ? color : `#${color}`;
  return /^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(hex) ? hex : null;
}

function richElement(el) {
  const children = () => (el.elements ?? []).map(richElement);
  switch (el?.type) {
    case 'rich_text_section':
      return h('div', {}, children());
    case 'rich_text_preformatted':
      return h('pre', { class: 'sk-pre' }, children());
    case 'rich_text_quote':
      return h('blockquote', { class: 'sk-quote' }, children());
    case 'rich_text_list':
      return h(el.style === 'ordered' ? 'ol' : 'ul', { class: 'sk-list' }, (el.elements ?? []).map((item) => h('li', {}, richElement(item))));
    case 'text': {
      let node = el.style?.code ? h('code', { class: 'sk-code' }, el.text) : document.createTextNode(el.text ?? '');
      if (el.style?.bold) node = h('strong', {}, node);
      if (el.style?.italic) node = h('em', {}, node);
      if (el.style?.strike) node = h('s', {}, node);
      return node;
    }
    case 'link':
      return link(el.url, el.text || el.url);
    case 'emoji':
      return emojify(`:${el.name}:`);
    case 'user':
      return h('span', { class: 'sk-mention' }, `@${el.user_id}`);
    case 'channel':
      return h('span', { class: 'sk-mention' }, `#${el.channel_id}`);
    default:
      return unsupported(`rich text "${el?.type}"`);
  }
}

function text(obj) {
  if (!obj) return '';
  return obj.type === 'mrkdwn' ? renderMrkdwn(obj.text) : plain(obj);
}

function plain(obj) {
  if (obj == null) return '';
  return emojify(typeof obj === 'string' ? obj : (obj.text ?? ''));
}

function image(el, className = 'sk-img') {
  const src = safeImageUrl(el.image_url ?? el.url);
  return src ? h('img', { class: className, src, alt: el.alt_text ?? '', loading: 'lazy' }) : h('span', { class: 'sk-img-missing' }, `[image: ${el.alt_text ?? ''}]`);
}

function confirmSpec(confirm) {
  return { title: plain(confirm.title), text: confirm.text?.text ?? '', confirm: plain(confirm.confirm) || 'Yes', deny: plain(confirm.deny) || 'Cancel', danger: confirm.style === 'danger', mrkdwn: confirm.text?.type === 'mrkdwn' };
}

function unsupported(what) {
  return h('div', { class: 'sk-unsupported' }, `Not shown by the sandbox: ${what}`);
}
