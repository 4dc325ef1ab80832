import { escapeMrkdwn } from './escape.js';
import type { Inline } from './markdown.js';
import { parseMarkdown } from './markdown.js';

/** Neutral markdown → Slack mrkdwn: *bold*, _italic_, `code`, <url|label>, "• " bullets; the rest escaped. */
export function markdownToMrkdwn(source: string): string {
  return parseMarkdown(source)
    .map((line) => (line.bullet ? '• ' : '') + inlinesToMrkdwn(line.inlines))
    .join('\n');
}

/** A Slack link. The URL must already be a checked http(s) URL (see url.ts). */
export function mrkdwnLink(url: string, label: string): string {
  const shown = label.trim() ? escapeMrkdwn(label) : escapeMrkdwn(url);
  return `<${escapeMrkdwn(url).replace(/\|/g, '%7C')}|${shown}>`;
}

function inlinesToMrkdwn(inlines: Inline[]): string {
  let out = '';
  for (const node of inlines) {
    switch (node.kind) {
      case 'text':
        out += escapeMrkdwn(node.text);
        break;
      case 'bold':
        out += `*${inlinesToMrkdwn(node.children)}*`;
        break;
      case 'italic':
        out += `_${inlinesToMrkdwn(node.children)}_`;
        break;
      case 'code':
        out += `\`${escapeMrkdwn(node.text)}\``;
        break;
      case 'link':
        out += node.url ? mrkdwnLink(node.url, node.label) : escapeMrkdwn(node.label);
        break;
    }
  }
  return out;
}
