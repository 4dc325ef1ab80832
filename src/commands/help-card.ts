/**
 * The answer to `@aws help` (the Home page of the help menu, see help/help-menu.ts) and to
 * anything addressed to the bot that it can't do yet.
 */
import type { Card } from '../core/card.js';
import { helpPageCard } from './help/help-menu.js';

/** The answer to `@aws help`: the help menu's Home card. */
export function helpCard(): Card {
  return helpPageCard('home');
}

export function notAvailableCard(text: string): Card {
  return {
    title: 'Not available yet',
    severity: 'neutral',
    sections: [
      { type: 'text', text: `"${text.length > 200 ? `${text.slice(0, 199)}…` : text}" isn't something aws-chatops can do yet.` },
      { type: 'text', format: 'markdown', text: 'Try `@aws help` to see what works today.' },
    ],
    fallbackText: 'Not available yet. Try @aws help.',
  };
}
