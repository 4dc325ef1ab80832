/**
 * A card refreshed in place after a click: the card as it was, plus one status line saying who
 * clicked what and how it went ("Running… (Alex clicked Approve)", then "✓ Alex clicked Approve
 * — answered in the thread"). While the action runs, its buttons, selects and inputs are taken
 * off so it can't be clicked twice; links stay. Platform-neutral: adapters render the result.
 */
import type { Card, CardAction, CardSection } from '../core/card.js';

/** The small heading of the status section; it marks the section, so a new status replaces it. */
export const CLICK_STATUS_TITLE = 'Last action';

export interface ClickStatusOptions {
  /** Take the buttons, selects and inputs off (links stay): the action is running. */
  lockActions?: boolean;
}

const isStatus = (s: CardSection) => s.type === 'text' && s.title === CLICK_STATUS_TITLE;

/** The card with `status` as its last section, replacing an earlier status rather than stacking. */
export function withClickStatus(card: Card, status: string, options: ClickStatusOptions = {}): Card {
  const sections: CardSection[] = [...card.sections.filter((s) => !isStatus(s)), { type: 'text', title: CLICK_STATUS_TITLE, text: status }];
  const actions = options.lockActions ? (card.actions ?? []).filter((a) => a.type === 'link') : card.actions;
  const { actions: _dropped, ...rest } = card;
  return { ...rest, sections, ...(actions && actions.length > 0 ? { actions } : {}) };
}

/** What the person clicked, in words: the button's label on the card, else its action id. */
export function clickedLabel(card: Card | undefined, actionId: string): string {
  const action = card?.actions?.find((a: CardAction) => a.type !== 'link' && a.id === actionId);
  return action && 'label' in action && action.label.trim() ? action.label.trim() : actionId;
}

export function runningStatus(who: string, label: string): string {
  return `Running… (${who} clicked ${label})`;
}

export function answeredStatus(who: string, label: string): string {
  return `✓ ${who} clicked ${label} — answered in the thread`;
}

export function failedStatus(who: string, label: string): string {
  return `✗ ${who} clicked ${label}, but the answer could not be posted: try again`;
}

/** Shown in place of a card that is no longer remembered (older than the store keeps cards). */
export function clickStatusCard(status: string): Card {
  return { title: 'Button clicked', severity: 'neutral', sections: [{ type: 'text', title: CLICK_STATUS_TITLE, text: status }], fallbackText: status };
}
