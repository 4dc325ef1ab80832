import type { Card, CardSection } from '../core/card.js';

/**
 * A card as plain text, everything in full: what gets attached as a file when the card is too
 * big for a chat message. Text is kept as written (markdown stays markdown).
 */
export function cardAsText(card: Card): string {
  const lines: string[] = [card.title.trim() || 'Notification'];
  if (card.subtitle?.trim()) lines.push(card.subtitle.trim());
  for (const section of card.sections) {
    const body = sectionText(section);
    if (body) lines.push('', body);
  }
  if (card.footer?.trim()) lines.push('', card.footer.trim());
  return `${lines.join('\n')}\n`;
}

function sectionText(s: CardSection): string {
  const titled = (title: string | undefined, body: string) => (title?.trim() ? `## ${title.trim()}\n${body}` : body);
  switch (s.type) {
    case 'text':
      return titled(s.title, s.text);
    case 'fields':
      return titled(s.title, s.fields.map((f) => `${f.label}: ${f.value}${f.url ? ` (${f.url})` : ''}`).join('\n'));
    case 'code':
      return titled(s.title, s.code);
    case 'list':
      return titled(s.title, s.items.map((item, n) => `${s.ordered ? `${n + 1}.` : '-'} ${item}`).join('\n'));
    case 'image':
      return titled(s.title, `[${s.alt}] ${s.url}`);
    case 'divider':
      return '---';
  }
}
