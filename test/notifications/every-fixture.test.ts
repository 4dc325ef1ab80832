import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NotificationEngine } from '../../src/notifications/engine.js';
import { notificationToCard } from '../../src/notifications/to-card.js';
import { checkSlackLimits } from '../../src/render/slack-limits.js';
import { renderSlack } from '../../src/render/slack.js';
import { checkTeamsLimits } from '../../src/render/teams-limits.js';
import { renderTeams } from '../../src/render/teams.js';
import { validateAdaptiveCard } from '../support/adaptive-card-validator.js';
import { LOCAL_FIXTURES, SHARED_FIXTURES, listFiles } from '../support/fixtures.js';
import { expectGolden } from '../support/golden.js';

/** Event payloads, not certificates or HTTP headers. */
const isEvent = (f: string) => !f.endsWith('.pem') && !f.endsWith('.headers.json') && !f.endsWith('.md');
const SHARED_DIRS = ['sns', 'cloudwatch', 'eventbridge', 'codestar', 'budgets', 'custom'];

const corpus: { label: string; file: string; golden: string }[] = [
  ...SHARED_DIRS.filter((d) => existsSync(join(SHARED_FIXTURES, d))).flatMap((d) =>
    listFiles(join(SHARED_FIXTURES, d))
      .filter(isEvent)
      .map((f) => ({ label: `${d}/${f}`, file: join(SHARED_FIXTURES, d, f), golden: `fixtures/${d}/${f.replace(/\.(json|txt)$/, '')}` })),
  ),
  ...(existsSync(LOCAL_FIXTURES)
    ? listFiles(LOCAL_FIXTURES)
        .filter(isEvent)
        .map((f) => ({ label: `test/fixtures/${f}`, file: join(LOCAL_FIXTURES, f), golden: `fixtures/local/${f.replace(/\.(json|txt)$/, '')}` }))
    : []),
];

describe('every fixture becomes a card on both platforms', () => {
  const engine = new NotificationEngine();

  it('has the whole corpus to read', () => {
    assert.ok(corpus.length >= 90, `only ${corpus.length} fixtures found under ${SHARED_FIXTURES}`);
  });

  for (const { label, file, golden } of corpus) {
    describe(label, () => {
      const notifications = engine.notifications(readFileSync(file));
      const cards = notifications.map(notificationToCard);
      const one = <T>(list: T[]) => (list.length === 1 ? list[0] : list);

      it('is read as at least one notification with a title, a severity and no "not supported"', () => {
        assert.ok(notifications.length >= 1);
        for (const n of notifications) {
          assert.ok(n.title.trim().length > 0);
          assert.ok(n.severity);
          assert.doesNotMatch(JSON.stringify(cards), /not supported/i);
        }
      });

      it('renders Block Kit within Slack limits', () => {
        const messages = cards.map(renderSlack);
        for (const m of messages) assert.deepEqual(checkSlackLimits(m), []);
        expectGolden(`${golden}.slack.json`, one(messages));
      });

      it('renders an Adaptive Card 1.5 that the adaptivecards parser accepts', () => {
        const acs = cards.map(renderTeams);
        for (const ac of acs) {
          assert.deepEqual(validateAdaptiveCard(ac), []);
          assert.deepEqual(checkTeamsLimits(ac), []);
        }
        expectGolden(`${golden}.teams.json`, one(acs));
      });

      it('matches its reviewed neutral card', () => {
        expectGolden(`${golden}.card.json`, one(cards));
      });
    });
  }
});
