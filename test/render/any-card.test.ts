import assert from 'node:assert/strict';
import type { Card, CardAction, CardSection, Severity } from '../../src/core/card.js';
import { SEVERITIES } from '../../src/core/card.js';
import { renderSlack } from '../../src/render/slack.js';
import { checkSlackLimits } from '../../src/render/slack-limits.js';
import { renderTeams } from '../../src/render/teams.js';
import { checkTeamsLimits } from '../../src/render/teams-limits.js';
import { validateAdaptiveCard } from '../support/adaptive-card-validator.js';

/** A small seeded generator, so every run builds the same odd cards. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const PIECES = ['', ' ', 'ok', '<!channel>', '<http://evil|x>', '**', '_', '`', '[x](javascript:alert(1))', '[docs](https://docs.aws.amazon.com/)', '- ', '\n', '&amp;', '{{DATE(2017-02-14T06:08:39Z)}}', '🚨', 'é', '"quoted"', '\\', 'word '];
  const text = (maxPieces: number) => Array.from({ length: int(maxPieces) }, () => pick(PIECES)).join('') + (next() < 0.05 ? 'y'.repeat(int(6_000)) : '');
  const url = () => pick(['https://example.com/a?b=1&c=2', 'http://example.com/(x)|y', 'javascript:alert(1)', 'data:x', '', 'https://user:pw@example.com/']);
  const section = (): CardSection => {
    switch (int(6)) {
      case 0:
        return { type: 'text', text: text(12), title: next() < 0.5 ? text(4) : undefined, format: next() < 0.5 ? 'markdown' : 'plain' };
      case 1:
        return { type: 'fields', title: next() < 0.5 ? text(3) : undefined, fields: Array.from({ length: int(14) }, () => ({ label: text(3), value: text(6), short: next() < 0.6, url: next() < 0.3 ? url() : undefined })) };
      case 2:
        return { type: 'code', code: text(20), title: next() < 0.5 ? text(3) : undefined, collapsed: next() < 0.5 };
      case 3:
        return { type: 'image', url: url(), alt: text(3), title: next() < 0.5 ? text(3) : undefined };
      case 4:
        return { type: 'list', items: Array.from({ length: int(8) }, () => text(5)), ordered: next() < 0.5, format: next() < 0.5 ? 'markdown' : 'plain' };
      default:
        return { type: 'divider' };
    }
  };
  const action = (): CardAction => {
    switch (int(4)) {
      case 0:
        return { type: 'button', id: pick(['a', 'a', 'b', '']), label: text(4), value: next() < 0.8 ? text(4) : undefined, style: pick(['default', 'primary', 'danger'] as const), confirm: next() < 0.3 ? { title: text(3), text: text(5), confirm: text(2), deny: text(2) } : undefined };
      case 1:
        return { type: 'link', label: text(3), url: url() };
      case 2:
        return { type: 'select', id: pick(['s', 'a', '']), label: text(3), options: Array.from({ length: int(130) }, (_, i) => ({ label: text(2), value: pick(['', 'v', `v${i}`]) })), initial: 'v3' };
      default:
        return { type: 'input', id: pick(['i', 'a', 'code-section']), label: text(3), placeholder: text(2), initial: text(3), multiline: next() < 0.5, required: next() < 0.5 };
    }
  };
  return (): Card => ({
    title: text(5),
    severity: next() < 0.8 ? pick<Severity>(SEVERITIES) : undefined,
    subtitle: next() < 0.5 ? text(5) : undefined,
    icon: next() < 0.5 ? { emoji: pick(['cloud', 'bad emoji!', '']), url: next() < 0.5 ? url() : undefined, alt: text(2) } : undefined,
    sections: Array.from({ length: int(next() < 0.1 ? 70 : 8) }, section),
    actions: Array.from({ length: int(8) }, action),
    footer: next() < 0.5 ? text(5) : undefined,
    fallbackText: next() < 0.3 ? text(5) : undefined,
  });
}

describe('any card, however odd', function () {
  const cards = Array.from({ length: 300 }, generator(20_261_123));

  it('renders for Slack within every Block Kit limit', function () {
    cards.forEach((card, i) => assert.deepEqual(checkSlackLimits(renderSlack(card)), [], `card ${i}: ${JSON.stringify(card).slice(0, 300)}`));
  });

  it('renders for Teams as a valid card within the size limit', function () {
    cards.forEach((card, i) => {
      const rendered = renderTeams(card);
      assert.deepEqual([...validateAdaptiveCard(rendered), ...checkTeamsLimits(rendered)], [], `card ${i}: ${JSON.stringify(card).slice(0, 300)}`);
    });
  });
});
