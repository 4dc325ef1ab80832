import { h, link } from './dom.js';

// The small markdown the neutral card and Adaptive Cards use → DOM nodes:
// **bold**, _italic_ / *italic*, ~~strike~~, `code`, [label](url), "- " and "1. " lists, ``` blocks.
// Text only ever becomes text nodes; markdownToHtml serialises those nodes, so its HTML is safe.

const INLINE =
  /\\([\\`*_{}[\]()#+\-.!<>~|])|`([^`\n]+)`|\[([^\]\n]+)\]\(([^)\s]+)\)|\*\*([^\n]+?)\*\*|__([^\n]+?)__|~~([^\n]+?)~~|(?<![\w*])\*(?![\s*])([^*\n]+?)\*(?![\w*])|(?<![\w_])_(?![\s_])([^_\n]+?)_(?![\w_])/g;

export function renderMarkdown(source) {
  const fragment = document.createDocumentFragment();
  const parts = String(source ?? '').split('```');
  parts.forEach((part, i) => {
    if (i % 2 === 1 && i < parts.length - 1) {
      fragment.append(h('pre', { class: 'md-pre' }, part.replace(/^[\w-]*\n/, '').replace(/\n$/, '')));
    } else {
      appendBlocks(fragment, i % 2 === 1 ? '```' + part : part);
    }
  });
  return fragment;
}

export function markdownToHtml(source) {
  const holder = document.createElement('div');
  holder.append(renderMarkdown(source));
  return holder.innerHTML;
}

function appendBlocks(target, text) {
  let paragraph = null;
  let list = null;
  for (const line of text.split('\n')) {
    const bullet = /^\s*[-*•]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    if (bullet || numbered) {
      const tag = bullet ? 'ul' : 'ol';
      if (!list || list.tagName.toLowerCase() !== tag) target.append((list = h(tag, { class: 'md-list' })));
      list.append(h('li', {}, ...inline((bullet ?? numbered)[1])));
      paragraph = null;
      continue;
    }
    list = null;
    if (line.trim() === '') {
      paragraph = null;
      continue;
    }
    if (paragraph) paragraph.append(h('br'));
    else target.append((paragraph = h('p', { class: 'md-p' })));
    paragraph.append(...inline(line));
  }
}

function inline(text, depth = 0) {
  const out = [];
  const re = new RegExp(INLINE.source, 'g');
  let last = 0;
  let m;
  while ((m = re.exec(text))) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(token(m, depth));
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

function token(m, depth) {
  const nested = (s) => (depth < 4 ? inline(s, depth + 1) : [s]);
  if (m[1] !== undefined) return m[1];
  if (m[2] !== undefined) return h('code', {}, m[2]);
  if (m[3] !== undefined) return link(m[4], ...nested(m[3]));
  if (m[5] !== undefined || m[6] !== undefined) return h('strong', {}, ...nested(m[5] ?? m[6]));
  if (m[7] !== undefined) return h('s', {}, ...nested(m[7]));
  return h('em', {}, ...nested(m[8] ?? m[9]));
}
