import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/adapters/store/open-store.js';
import { createMemoryStore } from '../../src/adapters/store/memory-store.js';
import { DialogManager } from '../../src/dialogs/dialog-manager.js';
import { ALICE, BOB, RecordingKind, TestClock, actionIdOf, cardText, makeRig } from './dialog-rig.js';

describe('dialog rules', function () {
  it('expires 15 minutes after the last answer, and says so to a late answer', async function () {
    const rig = makeRig();
    await rig.start();
    rig.clock.advanceMinutes(14);
    assert.equal((await rig.say('t3.micro'))?.status, 'asking');
    rig.clock.advanceMinutes(14);
    assert.equal((await rig.say('ami-0abcdef12'))?.status, 'asking');
    rig.clock.advanceMinutes(15);
    const late = await rig.say('deploy-key');
    assert.equal(late?.status, 'expired');
    assert.match(cardText(late!.card), /This dialog expired: nobody answered for 15 minutes, so nothing was run\. Start again with \\"@aws ec2 run-instances\\"/);
    assert.equal(late?.dialog?.phase, 'expired');
    assert.equal(await rig.say('anything else'), undefined);
  });

  it('refuses Run on an expired confirmation', async function () {
    const rig = makeRig();
    const summary = await rig.start({ steps: [] });
    rig.clock.advanceMinutes(16);
    const late = await rig.click(actionIdOf(summary.card, '.run'));
    assert.equal(late?.status, 'expired');
    assert.equal(rig.kind.completed.length, 0);
  });

  it('takes a configured lifetime', async function () {
    const store = createMemoryStore();
    const clock = new TestClock();
    const manager = new DialogManager({ store: store.dialogs, clock, ttlMinutes: 2, kinds: { command: new RecordingKind() } });
    const started = await manager.start({ kind: 'command', title: 't', owner: { platform: 'sandbox', userId: 'u' }, where: { channelId: 'c' }, steps: [], needsConfirmation: true });
    assert.equal(started.dialog?.expiresAt, '2026-12-06T10:02:00.000Z');
    assert.match(started.card.footer ?? '', /Open for 2 minutes/);
  });

  it('refuses an answer from someone else and leaves the dialog as it was', async function () {
    const rig = makeRig();
    const first = await rig.start();
    const byClick = await rig.click(actionIdOf(first.card, '.answer.0'), {}, BOB, 't3.micro');
    assert.equal(byClick?.status, 'refused');
    assert.match(cardText(byClick!.card), /This question is for @alice; your answer was not used\. Start your own with \\"@aws ec2 run-instances\\"/);
    const byReply = await rig.say('t3.micro', BOB);
    assert.equal(byReply?.status, 'refused');
    const stored = await rig.store.dialogs.get(first.dialog!.id);
    assert.deepEqual(stored, first.dialog);
  });

  it('keeps separate dialogs for two people in one thread', async function () {
    const rig = makeRig();
    await rig.start({}, ALICE);
    await rig.start({}, BOB);
    await rig.say('t3.micro', ALICE);
    await rig.say('m5.large', BOB);
    await rig.say('back', BOB);
    const alice = await rig.say('ami-0abcdef12', ALICE);
    const bob = await rig.say('t3.small', BOB);
    assert.deepEqual(alice?.dialog?.answers, { InstanceType: 't3.micro', ImageId: 'ami-0abcdef12' });
    assert.deepEqual(bob?.dialog?.answers, { InstanceType: 't3.small' });
    assert.equal(bob?.dialog?.owner.userId, BOB.id);
  });

  it('replaces the user\'s unfinished dialog in the thread when a new one starts, and says so', async function () {
    const rig = makeRig();
    const old = await rig.start({ title: 'ec2 stop-instances' });
    const fresh = await rig.start();
    assert.deepEqual(fresh.replaced.map((d) => d.id), [old.dialog!.id]);
    assert.match(cardText(fresh.card), /This replaces your unfinished \\"ec2 stop-instances\\", which is cancelled\./);
    const oldClick = await rig.click(actionIdOf(old.card, '.answer.0'), {}, ALICE, 't3.micro');
    assert.equal(oldClick?.status, 'finished');
  });

  it('carries on after a restart: a new manager over the same store takes the next answer', async function () {
    this.timeout(120_000);
    const dir = await mkdtemp(join(tmpdir(), 'chatops-dialog-restart-'));
    try {
      const clock = new TestClock();
      const before = makeRig(await openStore({ dataDir: join(dir, 'pglite') }), clock);
      await before.start();
      const second = await before.say('t3.micro');
      await before.store.close();

      const after = makeRig(await openStore({ dataDir: join(dir, 'pglite') }), clock);
      const answerId = actionIdOf(second!.card, '.answer.1');
      const third = await after.click(actionIdOf(second!.card, '.next.1'), { [answerId]: 'ami-0abcdef12' });
      assert.equal(third?.card.subtitle, 'Question 3 of 3');
      const summary = await after.say('deploy-key');
      assert.equal((await after.click(actionIdOf(summary!.card, '.run')))?.status, 'completed');
      assert.equal(after.kind.completed.length, 1);
      await after.store.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('says a dialog is no longer kept when its card is clicked after it was pruned', async function () {
    const rig = makeRig();
    const first = await rig.start();
    await rig.store.dialogs.prune('2999-01-01T00:00:00.000Z');
    const late = await rig.click(actionIdOf(first.card, '.cancel'));
    assert.equal(late?.status, 'finished');
    assert.match(cardText(late!.card), /no longer kept/);
  });

  it('refuses questions that can\'t be asked before storing anything', async function () {
    const rig = makeRig();
    const bad = (e: { code?: string }) => e.code === 'DIALOG_BAD_QUESTION';
    await assert.rejects(rig.start({ steps: [{ id: 'a', kind: 'select', label: 'A', options: [] }] }), bad);
    await assert.rejects(rig.start({ steps: [{ id: 'a', kind: 'text', label: 'A', validation: { pattern: '(', message: 'x' } }] }), bad);
    await assert.rejects(rig.start({ steps: [{ id: 'a', kind: 'text', label: 'A' }, { id: 'a', kind: 'text', label: 'B' }] }), bad);
    await assert.rejects(rig.start({ kind: 'nobody-registered-this' }), (e: { code?: string }) => e.code === 'DIALOG_KIND_UNKNOWN');
    assert.equal(await rig.say('t3.micro'), undefined);
  });
});
