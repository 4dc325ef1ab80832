import { httpUrl } from './url.js';

/**
 * The neutral markdown subset of card.ts, parsed once into a tiny tree that each platform
 * serialises: **bold**, _italic_, `code`, [label](https://url), and lines starting with "- ".
 * Anything else is text, which the platform escapes.
 */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'bold'; children: Inline[] }
  | { kind: 'italic'; children: Inline[] }
  | { kind: 'code'; text: string }
  /** `url` is undefined when the link wasn't http(s): the label is then shown as plain text. */
  | { kind: 'link'; label: string; url: string | undefined };

export interface MarkdownLine {
  bullet: boolean;
  inlines: Inline[];
}

// One alternative per construct: `code` | **bold** | _italic_ (not inside words, so
// snake_case_names stay as they are) | [label](url).
const INLINE =
  /`([^`\n]+)`|\*\*(?=\S)([^\n]*?\S)\*\*|(?<![\p{L}\p{N}_\\])_(?=\S)([^\n]*?\S)_(?![\p{L}\p{N}_])|\[([^[\]\n]+)\]\(\s*([^()\s]+)\s*\)/gu;
const BULLET = /^\s*- +/;
const LINE_BREAK = /\r?\n/;
const MAX_NESTING = 2;

export function parseMarkdown(source: string): MarkdownLine[] {
  return source.split(LINE_BREAK).map((line) => {
    const bullet = BULLET.exec(line);
    return bullet ? { bullet: true, inlines: parseInline(line.slice(bullet[0].length), 0) } : { bullet: false, inlines: parseInline(line, 0) };
  });
}

export function parseInline(text: string, depth: number): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    const at = m.index;
    if (at > last) out.push({ kind: 'text', text: text.slice(last, at) });
    const [, code, bold, italic, label, url] = m;
    if (code !== undefined) out.push({ kind: 'code', text: code });
    else if (bold !== undefined) out.push({ kind: 'bold', children: nested(bold, depth) });
    else if (italic !== undefined) out.push({ kind: 'italic', children: nested(italic, depth) });
    else out.push({ kind: 'link', label: label ?? '', url: httpUrl(url) });
    last = at + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

function nested(text: string, depth: number): Inline[] {
  return depth < MAX_NESTING ? parseInline(text, depth + 1) : [{ kind: 'text', text }];
}
