import type { Card } from '../core/card.js';
import type { SlackMessage } from './types.js';

/** Card → Block Kit. (Placeholder until the renderer lands.) */
export function renderSlack(card: Card): SlackMessage {
  return { text: card.fallbackText ?? card.title, blocks: [{ type: 'header', text: { type: 'plain_text', text: card.title.slice(0, 150) } }] };
}
