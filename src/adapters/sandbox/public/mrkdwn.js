import { h, link } from './dom.js';
import { emojiFor } from './emoji.js';

// Slack mrkdwn → DOM nodes: *bold*, _italic_, ~strike~, `code`, ```blocks```, > quotes,
// <url|label>, <@U…>, <#C…|name>, <!here>, :emoji:. Never HTML: every piece of text is a text node.

const ENTITY = { '&lt;': '<', '&gt;': '>', '&amp;': '&' };
export const decodeEntities = (s) => String(s).replace(/&(?:lt|gt|amp);/g, (m) => ENTITY[m]);

const INLINE = /`([^`\n]+)`|<([^<>\n]+)>|([*_~])([^\n]+?)\3|:([a-z0-9_+-]+):/g;
const EMPHASIS = { '*': 'strong', _: 'em', '~': 's' };

export function renderMrkdwn(source) {
  const fragment = document.createDocumentFragment();
  const parts = String(source ?? '').split('```');
  parts.forEach((part, i) => {
    const isCode = i % 2 === 1 && i < parts.length - 1;
    if (isCode) {
      fragment.append(h('pre', { class: 'sk-pre' }, decodeEntities(part.replace(/^\n/, '').replace(/\n$/, ''))));
      return;
    }
    let text = i % 2 === 1 ? '```' + part : part;
    if (i > 0) text = text.replace(/^\n/, '');
    if (i < parts.length - 1) text = text.replace(/\n$/, '');
    appendLines(fragment, text);
  });
  return fragment;
}

function appendLines(target, text) {
  if (text === '') return;
  let quote = null;
  text.split('\n').forEach((line, i) => {
    const quoted = /^(?:&gt;|>) ?(.*)$/.exec(line);
    if (quoted) {
      if (quote) quote.append(h('br'));
      else target.append((quote = h('blockquote', { class: 'sk-quote' })));
      quote.append(...inline(quoted[1]));
      return;
    }
    if (i > 0 && !quote) target.append(h('br'));
    quote = null;
    target.append(...inline(line));
  });
}

function inline(text, depth = 0) {
  const out = [];
  const re = new RegExp(INLINE.source, 'g');
  let last = 0;
  let m;
  while ((m = re.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[3] && !emphasisAllowed(text, start, end, m[4], depth)) {
      re.lastIndex = start + 1;
      continue;
    }
    if (start > last) out.push(decodeEntities(text.slice(last, start)));
    out.push(token(m, depth));
    last = end;
  }
  if (last < text.length) out.push(decodeEntities(text.slice(last)));
  return out;
}

// Like Slack: *bold* only between word boundaries (so snake_case_names stay plain).
function emphasisAllowed(text, start, end, inner, depth) {
  const before = text[start - 1];
  const after = text[end];
  return depth < 4 && !/\s/.test(inner[0]) && !/\s/.test(inner[inner.length - 1]) && !(before && /\w/.test(before)) && !(after && /\w/.test(after));
}

function token(m, depth) {
  if (m[1] !== undefined) return h('code', { class: 'sk-code' }, decodeEntities(m[1]));
  if (m[2] !== undefined) return control(m[2]);
  if (m[3] !== undefined) return h(EMPHASIS[m[3]], {}, ...inline(m[4], depth + 1));
  const emoji = emojiFor(m[5]);
  return emoji ? h('span', { class: 'emoji', title: `:${m[5]}:` }, emoji) : m[0];
}

function control(inner) {
  const bar = inner.indexOf('|');
  const target = bar >= 0 ? inner.slice(0, bar) : inner;
  const label = bar >= 0 ? decodeEntities(inner.slice(bar + 1)) : '';
  if (target.startsWith('@')) return h('span', { class: 'sk-mention' }, '@' + (label || target.slice(1)));
  if (target.startsWith('#')) return h('span', { class: 'sk-mention' }, '#' + (label || target.slice(1)));
  if (target.startsWith('!')) {
    const special = target.slice(1).split('^')[0];
    if (['here', 'channel', 'everyone'].includes(special)) return h('span', { class: 'sk-mention' }, '@' + special);
    return label || decodeEntities(target);
  }
  const url = decodeEntities(target);
  return link(url, label || url);
}
