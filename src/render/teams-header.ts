import type { Card } from '../core/card.js';
import { escapeAcLine } from './escape.js';
import { severityLook } from './severity.js';
import type { AcElement, TextBlock } from './teams-elements.js';
import { column, container, textBlock } from './teams-elements.js';
import { slotText } from './teams-fit.js';
import type { TextSlot } from './teams-fit.js';
import { plainToAc } from './teams-markdown.js';
import { clip } from './truncate.js';
import { httpUrl } from './url.js';

const WHITESPACE_RUN = /\s+/g;
const TITLE_MAX = 300;
const SUBTITLE_MAX = 500;

const oneLine = (text: string) => text.replace(WHITESPACE_RUN, ' ').trim();

/**
 * The header: a container coloured by severity (attention / warning / good / accent), holding
 * the severity in words and colour, the title as a heading, the subtitle, and the service icon.
 */
export function teamsHeader(card: Card): AcElement {
  const look = severityLook(card.severity);
  const items: TextBlock[] = [];
  if (look) items.push(textBlock(`● ${look.label.toUpperCase()}`, { size: 'Small', weight: 'Bolder', color: look.acColor }));
  const title = escapeAcLine(clip(oneLine(card.title) || 'Notification', TITLE_MAX));
  items.push(textBlock(title, { style: 'heading', size: 'Large', weight: 'Bolder', ...(look ? { spacing: 'None' } : {}) }));
  const subtitle = card.subtitle && oneLine(card.subtitle);
  if (subtitle) items.push(textBlock(escapeAcLine(clip(subtitle, SUBTITLE_MAX)), { isSubtle: true, spacing: 'None' }));

  const iconUrl = httpUrl(card.icon?.url);
  const content: AcElement[] = iconUrl
    ? [{ type: 'ColumnSet', columns: [{ ...column([{ type: 'Image', url: iconUrl, altText: card.icon?.alt || 'icon', size: 'Small' }], 'auto'), verticalContentAlignment: 'Center' }, column(items, 'stretch')] }]
    : items;
  return container(content, { ...(look ? { style: look.acStyle } : {}), bleed: true });
}

/** The footer: small, subtle, under a separator. */
export function teamsFooter(card: Card, slots: TextSlot[]): AcElement[] {
  const footer = card.footer?.trim();
  return footer ? [slotText(slots, textBlock('', { size: 'Small', isSubtle: true, separator: true }), footer, plainToAc)] : [];
}
