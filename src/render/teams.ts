import type { Card } from '../core/card.js';
import { fallbackText } from './fallback-text.js';
import { teamsActionElements } from './teams-actions.js';
import { dropTrailing } from './teams-drop.js';
import type { AcElement } from './teams-elements.js';
import { shrinkTexts } from './teams-fit.js';
import type { TextSlot } from './teams-fit.js';
import { teamsFooter, teamsHeader } from './teams-header.js';
import { TEAMS_LIMITS, teamsPayloadBytes } from './teams-limits.js';
import { teamsSectionElements } from './teams-sections.js';
import { fitText } from './truncate.js';
import type { AdaptiveCard } from './types.js';
import { UniqueIds } from './unique-ids.js';

const SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

/**
 * Card → an Adaptive Card 1.5 for Teams: severity-coloured header, sections, inputs and
 * actions, footer. Texts are escaped for TextBlock markdown; the serialised card is kept under
 * TEAMS_LIMITS.payloadBytes by cutting the longest texts first (visibly), then whole sections.
 */
export function renderTeams(card: Card): AdaptiveCard {
  const slots: TextSlot[] = [];
  const ids = new UniqueIds(255);
  // Inputs claim their ids first: they are what a handler reads, so they keep them.
  const actions = teamsActionElements(card.actions ?? [], ids);
  const sections: AcElement[][] = [];
  let separate = false;
  for (const section of card.sections) {
    const elements = teamsSectionElements(section, { slots, ids });
    if (section.type === 'divider') separate = true;
    else if (elements.length) {
      if (separate && elements[0]) Object.assign(elements[0], { separator: true, spacing: 'Medium' });
      separate = false;
    }
    sections.push(elements);
  }
  const head = teamsHeader(card);
  const footer = teamsFooter(card, slots);

  const result: AdaptiveCard = {
    type: 'AdaptiveCard',
    $schema: SCHEMA,
    version: '1.5',
    body: [head, ...sections.flat(), ...actions, ...footer],
    msteams: { width: 'Full' },
    fallbackText: fitText(fallbackText(card), TEAMS_LIMITS.fallbackText, (s) => s),
  };
  const bytes = shrinkTexts(slots, teamsPayloadBytes(result), TEAMS_LIMITS.payloadBytes);
  if (bytes > TEAMS_LIMITS.payloadBytes) {
    const kept = dropTrailing({ sections, actions }, bytes - TEAMS_LIMITS.payloadBytes);
    result.body = [head, ...kept.sections, ...kept.actions, ...footer];
  }
  return result;
}
