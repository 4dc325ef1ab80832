/**
 * `@aws help`: a menu card with one button per page, as the reference's "Getting help" section
 * lists them (Home, Commands, Aliases, Built-ins, Q&A, More help). A button's id is
 * `help.<page>`; clicking it answers with that page's card, which carries the same menu.
 */
import type { ButtonAction, Card, CardSection } from '../../core/card.js';
import { ChatOpsError } from '../../core/errors.js';
import { HELP_PAGE_CONTENT } from './help-pages.js';

export const HELP_PAGES = ['home', 'commands', 'aliases', 'builtins', 'qa', 'more'] as const;
export type HelpPage = (typeof HELP_PAGES)[number];

const LABELS: Record<HelpPage, string> = {
  home: 'Home',
  commands: 'Commands',
  aliases: 'Aliases',
  builtins: 'Built-ins',
  qa: 'Q&A',
  more: 'More help',
};

/** The button id of a page: `help.commands`. */
export function helpActionId(page: HelpPage): string {
  return `help.${page}`;
}

/** The page a button id stands for (`help.qa` → qa); undefined for any other id. */
export function helpPageOf(actionId: string): HelpPage | undefined {
  const page = actionId.startsWith('help.') ? actionId.slice('help.'.length) : '';
  return (HELP_PAGES as readonly string[]).includes(page) ? (page as HelpPage) : undefined;
}

/** The menu buttons; the page shown is highlighted. */
export function helpMenu(current: HelpPage): ButtonAction[] {
  return HELP_PAGES.map((page) => ({
    type: 'button',
    id: helpActionId(page),
    label: LABELS[page],
    value: page,
    ...(page === current ? { style: 'primary' as const } : {}),
  }));
}

/** The card of one help page, with the menu. */
export function helpPageCard(page: HelpPage = 'home'): Card {
  const content = HELP_PAGE_CONTENT[page];
  const sections: CardSection[] = content.sections;
  return {
    title: page === 'home' ? 'aws-chatops help' : `aws-chatops help: ${LABELS[page]}`,
    severity: 'info',
    subtitle: content.subtitle,
    sections,
    actions: helpMenu(page),
    footer: 'aws-chatops · @aws help',
    fallbackText: `aws-chatops help (${LABELS[page]}): ${content.fallback}`,
  };
}

/** The card for a clicked help button; a coded error for an id that is not a help page. */
export function helpCardForAction(actionId: string): Card {
  const page = helpPageOf(actionId);
  if (!page) throw new ChatOpsError('HELP_PAGE_UNKNOWN', `There is no help page "${actionId}".`, { nextStep: 'Type @aws help for the menu.' });
  return helpPageCard(page);
}
