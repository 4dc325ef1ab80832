import type { Card } from '../core/card.js';
import type { AdaptiveCard } from './types.js';

/** Card → Adaptive Card 1.5. (Placeholder until the renderer lands.) */
export function renderTeams(card: Card): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [{ type: 'TextBlock', text: card.title, wrap: true }],
  };
}
