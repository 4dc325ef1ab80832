import assert from 'node:assert/strict';
import type { Card } from '../../src/core/card.js';
import { renderSlack } from '../../src/render/slack.js';
import { checkSlackLimits } from '../../src/render/slack-limits.js';
import { renderTeams } from '../../src/render/teams.js';
import { checkTeamsLimits } from '../../src/render/teams-limits.js';
import { validateAdaptiveCard } from '../support/adaptive-card-validator.js';
import { expectGolden } from '../support/golden.js';
import { alarmCard, commandResultCard, guardDutyCard, minimalCard } from './sample-cards.js';

const CARDS: [string, () => Card][] = [
  ['cloudwatch-alarm', alarmCard],
  ['guardduty-finding', guardDutyCard],
  ['command-result', commandResultCard],
  ['minimal', minimalCard],
];

describe('rendered cards (golden files under test/golden/render)', function () {
  for (const [name, build] of CARDS) {
    it(`renders the ${name} card for Slack as reviewed`, function () {
      const message = renderSlack(build());
      assert.deepEqual(checkSlackLimits(message), []);
      expectGolden(`render/${name}.slack.json`, message);
    });

    it(`renders the ${name} card for Teams as reviewed`, function () {
      const card = renderTeams(build());
      assert.deepEqual(validateAdaptiveCard(card), []);
      assert.deepEqual(checkTeamsLimits(card), []);
      expectGolden(`render/${name}.teams.json`, card);
    });
  }
});
