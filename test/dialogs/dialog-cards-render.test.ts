import assert from 'node:assert/strict';
import type { Card } from '../../src/core/card.js';
import type { Question } from '../../src/ports/dialogs.js';
import { checkSlackLimits } from '../../src/render/slack-limits.js';
import { renderSlack } from '../../src/render/slack.js';
import { renderTeams } from '../../src/render/teams.js';
import { validateAdaptiveCard } from '../support/adaptive-card-validator.js';
import { BOB, actionIdOf, makeRig } from './dialog-rig.js';

const MANY_OPTIONS: Question = {
  id: 'Region',
  kind: 'select',
  label: 'A rather long question label that goes on and on to see what the renderers make of it '.repeat(3),
  help: 'Help text. '.repeat(200),
  options: Array.from({ length: 150 }, (_, i) => ({ label: `option ${i} ${'x'.repeat(120)}`, value: `value-${i}` })),
};

/** Every card a dialog shows on its way, from the first question to the notices. */
async function everyCard(): Promise<Card[]> {
  const cards: Card[] = [];
  const keep = (card: Card | undefined) => card && cards.push(card);
  const rig = makeRig();
  const first = await rig.start();
  keep(first.card);
  keep((await rig.say('x9.huge'))?.card);
  keep((await rig.say('t3.micro'))?.card);
  keep((await rig.say('nope'))?.card);
  keep((await rig.say('ami-0abcdef12'))?.card);
  keep((await rig.say('back'))?.card);
  keep((await rig.say('ami-0abcdef12'))?.card);
  const summary = await rig.say('deploy-key');
  keep(summary?.card);
  keep((await rig.say('hmm'))?.card);
  keep((await rig.click(actionIdOf(first.card, '.answer.0'), {}, undefined, 't3.micro'))?.card);
  keep((await rig.say('t3.micro', BOB))?.card);
  keep((await rig.click(actionIdOf(summary!.card, '.run')))?.card);
  keep((await rig.click(actionIdOf(summary!.card, '.run')))?.card);
  const replaced = await rig.start({ steps: [MANY_OPTIONS], title: 'A title that is long '.repeat(20) });
  keep((await rig.start({ steps: [MANY_OPTIONS] })).card);
  keep(replaced.card);
  keep((await rig.say('cancel'))?.card);
  await rig.start();
  rig.clock.advanceMinutes(20);
  keep((await rig.say('t3.micro'))?.card);
  return cards;
}

describe('dialog cards on Slack and Teams', function () {
  it('renders every card of a dialog within Slack\'s limits and as a valid Adaptive Card', async function () {
    const cards = await everyCard();
    assert.ok(cards.length >= 15);
    for (const card of cards) {
      assert.deepEqual(checkSlackLimits(renderSlack(card)), [], `Slack: ${card.title} / ${card.subtitle}`);
      assert.deepEqual(validateAdaptiveCard(renderTeams(card)), [], `Teams: ${card.title} / ${card.subtitle}`);
    }
  });

  it('carries only the dialog\'s opaque id in action ids, short enough for Slack', async function () {
    const rig = makeRig();
    const first = await rig.start({ payload: { service: 'ec2', operation: 'TerminateInstances', params: { InstanceIds: ['i-1'] } } });
    for (const action of first.card.actions ?? []) {
      if (action.type === 'link') continue;
      assert.match(action.id, /^dlg\.[A-Za-z0-9_-]{16}\.(answer\.0|next\.0|cancel)$/);
      assert.ok(!('value' in action) || action.value === undefined);
    }
  });
});
