/** Test support: a card must render within Slack's Block Kit limits and as a valid Adaptive Card. */
import assert from 'node:assert/strict';
import type { Card } from '../../../src/core/card.js';
import { renderSlack } from '../../../src/render/slack.js';
import { checkSlackLimits } from '../../../src/render/slack-limits.js';
import { renderTeams } from '../../../src/render/teams.js';
import { validateAdaptiveCard } from '../../support/adaptive-card-validator.js';

export function assertFitsBothPlatforms(card: Card): void {
  assert.deepEqual(checkSlackLimits(renderSlack(card)), [], `${card.title}: Slack limits`);
  assert.deepEqual(validateAdaptiveCard(renderTeams(card)), [], `${card.title}: Adaptive Card`);
}

/** Every word a card shows (titles, texts, list items, code, buttons), for matching. */
export function cardText(card: Card): string {
  const parts: string[] = [card.title, card.subtitle ?? '', card.footer ?? ''];
  for (const s of card.sections) {
    if (s.type === 'text') parts.push(s.title ?? '', s.text);
    else if (s.type === 'list') parts.push(s.title ?? '', ...s.items);
    else if (s.type === 'code') parts.push(s.title ?? '', s.code);
    else if (s.type === 'fields') parts.push(...s.fields.flatMap((f) => [f.label, f.value]));
  }
  for (const a of card.actions ?? []) parts.push('label' in a ? a.label : '', a.type === 'link' ? a.url : '');
  return parts.join('\n');
}
