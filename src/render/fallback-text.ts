import type { Card } from '../core/card.js';
import { severityLook } from './severity.js';

/**
 * The plain one-liner for notifications, screen readers and clients without cards: the card's
 * own `fallbackText`, else "[Critical] Title — subtitle". Each renderer escapes and caps it.
 */
export function fallbackText(card: Card): string {
  const own = card.fallbackText?.trim();
  if (own) return own;
  const look = severityLook(card.severity);
  const title = card.title.trim() || 'Notification';
  const head = look ? `[${look.label}] ${title}` : title;
  const subtitle = card.subtitle?.trim();
  return subtitle ? `${head} — ${subtitle}` : head;
}
