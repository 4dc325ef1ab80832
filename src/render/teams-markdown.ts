import { escapeAcInline, escapeAcLine } from './escape.js';
import type { Inline } from './markdown.js';
import { parseMarkdown } from './markdown.js';

const LINE_BREAK = /\r?\n/;
const URL_BREAKERS = /[()\s]/g;

/**
 * Neutral markdown → Adaptive Card TextBlock markdown: **bold**, _italic_, [label](url),
 * "- " lists; everything else escaped. Teams needs "\n\n" for a line break outside lists.
 */
export function markdownToAc(source: string): string {
  let out = '';
  let previousBullet = false;
  parseMarkdown(source).forEach((line, i) => {
    if (i > 0) out += line.bullet && previousBullet ? '\n' : '\n\n';
    out += line.bullet ? `- ${inlinesToAc(line.inlines, false)}` : inlinesToAc(line.inlines, true);
    previousBullet = line.bullet;
  });
  return out;
}

/** Plain text → TextBlock markdown that shows it literally, line breaks kept. */
export function plainToAc(text: string): string {
  return text.split(LINE_BREAK).map(escapeAcLine).join('\n\n');
}

/** A TextBlock link. The URL must already be a checked http(s) URL (see url.ts). */
export function acLink(url: string, label: string): string {
  const href = url.replace(URL_BREAKERS, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${escapeAcInline(label.trim() ? label : url)}](${href})`;
}

function inlinesToAc(inlines: Inline[], lineStart: boolean): string {
  let out = '';
  for (const node of inlines) {
    const first = lineStart && out === '';
    switch (node.kind) {
      case 'text':
        out += first ? escapeAcLine(node.text) : escapeAcInline(node.text);
        break;
      case 'bold':
        out += `**${inlinesToAc(node.children, false)}**`;
        break;
      case 'italic':
        out += `_${inlinesToAc(node.children, false)}_`;
        break;
      case 'code':
        // Teams has no inline code; the backticks stay visible so the reader still sees it is code.
        out += escapeAcInline(`\`${node.text}\``);
        break;
      case 'link':
        out += node.url ? acLink(node.url, node.label) : escapeAcInline(node.label);
        break;
    }
  }
  return out;
}
