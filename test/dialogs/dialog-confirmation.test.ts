import assert from 'node:assert/strict';
import type { DialogReply } from '../../src/dialogs/dialog-manager.js';
import { actionIdOf, cardText, makeRig } from './dialog-rig.js';

/** A rig whose dialog stands at its confirmation card. */
async function atSummary() {
  const rig = makeRig();
  await rig.start();
  await rig.say('t3.micro');
  await rig.say('ami-0abcdef12');
  const summary = (await rig.say('deploy-key')) as DialogReply;
  return { ...rig, summary };
}

describe('dialog confirmation', function () {
  it('runs the work once when Run is pressed, and shows its card', async function () {
    const rig = await atSummary();
    const ran = await rig.click(actionIdOf(rig.summary.card, '.run'));
    assert.equal(ran?.status, 'completed');
    assert.equal(ran?.card.title, 'Instances started');
    assert.equal(ran?.dialog?.phase, 'done');
    assert.equal(rig.kind.completed.length, 1);
    assert.deepEqual(rig.kind.completed[0]?.payload, { service: 'ec2', operation: 'RunInstances' });
  });

  it('runs the work once when Run is double-clicked', async function () {
    const rig = await atSummary();
    const run = actionIdOf(rig.summary.card, '.run');
    const replies = await Promise.all([rig.click(run), rig.click(run), rig.say('run')]);
    assert.equal(rig.kind.completed.length, 1);
    assert.deepEqual(replies.map((r) => r?.status).sort(), ['completed', 'finished', 'finished']);
    const late = replies.find((r) => r?.status === 'finished');
    assert.match(cardText(late!.card), /This dialog is finished already; that answer was not used/);
  });

  it('runs on a "yes" reply in the thread', async function () {
    const rig = await atSummary();
    assert.equal((await rig.say('yes'))?.status, 'completed');
    assert.equal(rig.kind.completed.length, 1);
  });

  it('cancels from the summary without running anything, then says so to a late Run', async function () {
    const rig = await atSummary();
    const cancelled = await rig.click(actionIdOf(rig.summary.card, '.cancel'));
    assert.equal(cancelled?.status, 'cancelled');
    const late = await rig.click(actionIdOf(rig.summary.card, '.run'));
    assert.equal(late?.status, 'finished');
    assert.match(cardText(late!.card), /was cancelled; that answer was not used\. Start again with/);
    assert.equal(rig.kind.completed.length, 0);
  });

  it('explains the choices when the summary gets any other reply', async function () {
    const rig = await atSummary();
    const reply = await rig.say('hmm');
    assert.equal(reply?.status, 'invalid');
    assert.equal(reply?.dialog?.phase, 'confirming');
    assert.match(cardText(reply!.card), /Reply \\"run\\" to run it/);
  });

  it('runs straight after the last answer when no confirmation is needed (a read-only command)', async function () {
    const rig = makeRig();
    await rig.start({ needsConfirmation: false });
    await rig.say('t3.micro');
    await rig.say('ami-0abcdef12');
    const ran = await rig.say('deploy-key');
    assert.equal(ran?.status, 'completed');
    assert.equal(rig.kind.completed.length, 1);
  });

  it('shows the summary at once for a dialog without questions, and runs at once when it needs no confirmation either', async function () {
    const rig = makeRig();
    const confirm = await rig.start({ steps: [] });
    assert.equal(confirm.status, 'confirming');
    assert.deepEqual(confirm.card.actions?.map((a) => (a.type === 'link' ? '' : a.label)), ['Run', 'Cancel']);
    const direct = await rig.start({ steps: [], needsConfirmation: false });
    assert.equal(direct.status, 'completed');
    assert.equal(rig.kind.completed.length, 1);
  });
});
