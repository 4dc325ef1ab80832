import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Dialog } from '../../../src/ports/dialogs.js';
import { openedStores, type StoreSuite } from './store-backings.js';

/** A dialog as the manager would start it; each call is in a channel of its own unless told. */
function aDialog(changes: Partial<Dialog> = {}): Dialog {
  return {
    id: randomUUID(),
    kind: 'command',
    title: 'ec2 run-instances',
    owner: { platform: 'slack', workspaceId: 'T1', userId: 'U-alice', userName: 'alice' },
    where: { channelId: `C-${randomUUID()}`, threadId: '1733470000.000100' },
    steps: [{ id: 'ImageId', kind: 'text', label: 'Image id', validation: { pattern: 'ami-[0-9a-f]+', message: 'An AMI id such as ami-0abc.' } }],
    answers: {},
    position: 0,
    phase: 'asking',
    needsConfirmation: true,
    payload: { service: 'ec2', operation: 'RunInstances', params: { MinCount: 1 } },
    version: 1,
    createdAt: '2026-12-06T10:00:00.000Z',
    updatedAt: '2026-12-06T10:00:00.000Z',
    expiresAt: '2026-12-06T10:15:00.000Z',
    ...changes,
  };
}

/** What every Store must do with dialogs: one open per user per thread, compare-and-set updates. */
export const dialogsContract: StoreSuite = (name, createBacking, traits) => {
  describe(`dialogs store contract: ${name}`, function () {
    this.timeout(120_000);
    const stores = openedStores(createBacking);

    it('keeps a started dialog as given, at version 1, and finds it as the owner\'s open one', async function () {
      const dialog = aDialog({ version: 7 });
      assert.deepEqual(await stores.store.dialogs.start(dialog), { replaced: [] });
      assert.deepEqual(await stores.other.dialogs.get(dialog.id), { ...dialog, version: 1 });
      assert.deepEqual(await stores.other.dialogs.findOpen(dialog.owner, dialog.where), { ...dialog, version: 1 });
      assert.equal(await stores.store.dialogs.get(randomUUID()), undefined);
    });

    it('ends the owner\'s open dialog in the same thread when a new one starts, and only that one', async function () {
      const first = aDialog();
      const elsewhere = aDialog({ owner: first.owner, where: { ...first.where, threadId: 'another-thread' } });
      const bob = aDialog({ where: first.where, owner: { ...first.owner, userId: 'U-bob', userName: 'bob' } });
      for (const d of [first, elsewhere, bob]) await stores.store.dialogs.start(d);
      const second = aDialog({ where: first.where, createdAt: '2026-12-06T10:05:00.000Z' });
      const { replaced } = await stores.other.dialogs.start(second);
      assert.deepEqual(replaced, [{ ...first, phase: 'cancelled', version: 2, updatedAt: second.createdAt }]);
      assert.equal((await stores.store.dialogs.get(first.id))?.phase, 'cancelled');
      assert.equal((await stores.store.dialogs.findOpen(first.owner, first.where))?.id, second.id);
      assert.equal((await stores.store.dialogs.findOpen(first.owner, elsewhere.where))?.id, elsewhere.id);
      assert.equal((await stores.store.dialogs.findOpen(bob.owner, first.where))?.id, bob.id);
    });

    it('lists the open dialogs of a thread, oldest first, without finished ones', async function () {
      const alice = aDialog();
      const bob = aDialog({ where: alice.where, owner: { ...alice.owner, userId: 'U-bob' }, createdAt: '2026-12-06T10:01:00.000Z' });
      const carol = aDialog({ where: alice.where, owner: { ...alice.owner, userId: 'U-carol' }, createdAt: '2026-12-06T10:02:00.000Z', phase: 'done' });
      for (const d of [bob, carol, alice]) await stores.store.dialogs.start(d);
      const open = await stores.other.dialogs.listOpen('slack', 'T1', alice.where);
      assert.deepEqual(open.map((d) => d.owner.userId), ['U-alice', 'U-bob']);
      assert.deepEqual(await stores.store.dialogs.listOpen('teams', 'T1', alice.where), []);
    });

    it('tells "no workspace" and "no thread" apart from any given one', async function () {
      const personal = aDialog({ owner: { platform: 'teams', userId: 'aad-1' }, where: { channelId: `a:${randomUUID()}` } });
      await stores.store.dialogs.start(personal);
      assert.equal((await stores.other.dialogs.findOpen(personal.owner, personal.where))?.id, personal.id);
      assert.equal(await stores.store.dialogs.findOpen({ ...personal.owner, workspaceId: 'tenant' }, personal.where), undefined);
      assert.equal(await stores.store.dialogs.findOpen(personal.owner, { ...personal.where, threadId: 'x' }), undefined);
      assert.deepEqual(await stores.store.dialogs.get(personal.id), personal);
    });

    it('updates only from the version read, and keeps who owns it and where it lives', async function () {
      const dialog = aDialog();
      await stores.store.dialogs.start(dialog);
      const answered = { ...dialog, answers: { ImageId: 'ami-0abc' }, position: 1, phase: 'confirming' as const, expiresAt: '2026-12-06T10:20:00.000Z' };
      const moved = { ...answered, owner: { ...dialog.owner, userId: 'U-mallory' }, where: { channelId: 'elsewhere' }, createdAt: '2000-01-01T00:00:00.000Z' };
      assert.deepEqual(await stores.store.dialogs.update(moved, 1), { ...answered, version: 2 });
      assert.equal(await stores.other.dialogs.update({ ...answered, phase: 'done' }, 1), undefined);
      assert.deepEqual(await stores.other.dialogs.get(dialog.id), { ...answered, version: 2 });
      assert.equal(await stores.store.dialogs.findOpen(dialog.owner, dialog.where).then((d) => d?.phase), 'confirming');
      assert.equal(await stores.store.dialogs.update(aDialog(), 1), undefined);
    });

    it('lets exactly one of 20 concurrent updates from one version win', async function () {
      const dialog = aDialog({ phase: 'confirming' });
      await stores.store.dialogs.start(dialog);
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? stores.other : stores.store).dialogs.update({ ...dialog, phase: 'done' }, 1)));
      assert.equal(results.filter(Boolean).length, 1);
      assert.equal((await stores.store.dialogs.get(dialog.id))?.version, 2);
    });

    it('keeps one open dialog per user per thread when the user starts two at once', async function () {
      const first = aDialog();
      const second = aDialog({ where: first.where });
      await Promise.all([stores.store.dialogs.start(first), stores.other.dialogs.start(second)]);
      const open = await stores.store.dialogs.listOpen('slack', 'T1', first.where);
      assert.equal(open.length, 1);
    });

    it('forgets dialogs that expired before the time given, and only those', async function () {
      const old = aDialog({ expiresAt: '2001-01-01T00:15:00.000Z' });
      const current = aDialog({ expiresAt: '2999-01-01T00:00:00.000Z' });
      await stores.store.dialogs.start(old);
      await stores.store.dialogs.start(current);
      assert.ok((await stores.other.dialogs.prune('2002-01-01T00:00:00.000Z')) >= 1);
      assert.equal(await stores.store.dialogs.get(old.id), undefined);
      assert.equal((await stores.store.dialogs.get(current.id))?.id, current.id);
      await assert.rejects(stores.store.dialogs.prune('soon'), (e: { code?: string }) => e.code === 'STORE_QUERY_FAILED');
    });

    if (traits.durable) {
      it('remembers dialogs after close and reopen', async function () {
        const dialog = aDialog();
        await stores.store.dialogs.start(dialog);
        await stores.reopen();
        assert.deepEqual(await stores.store.dialogs.findOpen(dialog.owner, dialog.where), dialog);
      });
    }

    it('refuses dialog work once closed', async function () {
      const store = await stores.closeStore();
      await assert.rejects(store.dialogs.get(randomUUID()), (e: { code?: string }) => e.code === 'STORE_CLOSED');
    });
  });
};
