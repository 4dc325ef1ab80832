import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Store } from '../../../src/ports/store.js';
import { readFixture } from '../../support/fixtures.js';
import type { StoreSuite } from './store-backings.js';

const key = () => `slack:${randomUUID()}`;

/** What every Store must do with inbound receipts (a Slack event redelivered is handled once). */
export const receiptsContract: StoreSuite = (name, createBacking, traits) => {
  describe(`inbound receipts store contract: ${name}`, function () {
    this.timeout(120_000);
    let backing: Awaited<ReturnType<typeof createBacking>> | undefined;
    let store: Store;
    let replica: Store | undefined;
    const other = () => replica ?? store;

    before(async function () {
      backing = await createBacking(this);
      store = await backing.open();
      replica = await backing.openReplica?.();
    });

    after(async function () {
      if (!backing) return;
      await replica?.close();
      await store.close();
      await backing.destroy();
    });

    it('handles a Slack event the first time and recognises its redelivery on any replica', async function () {
      const envelope = JSON.parse(readFixture('slack/events-api-app-mention.json').toString('utf8')) as { event_id: string; team_id: string };
      const receipt = `slack:${envelope.team_id}:${envelope.event_id}`;
      assert.equal(await store.receipts.firstTime(receipt), true);
      assert.equal(await store.receipts.firstTime(receipt), false);
      assert.equal(await other().receipts.firstTime(receipt), false);
    });

    it('tells keys apart exactly', async function () {
      const base = key();
      assert.equal(await store.receipts.firstTime(base), true);
      assert.equal(await store.receipts.firstTime(base.toUpperCase()), true);
      assert.equal(await store.receipts.firstTime(`${base} `), true);
      assert.equal(await store.receipts.firstTime(`teams:${base}`), true);
    });

    it('gives true to exactly one of 20 concurrent callers with one key', async function () {
      const receipt = key();
      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? other() : store).receipts.firstTime(receipt)));
      assert.equal(answers.filter(Boolean).length, 1);
    });

    it('records many different keys at once, each the first time', async function () {
      const keys = Array.from({ length: 20 }, key);
      const answers = await Promise.all(keys.map((k, i) => (i % 2 ? other() : store).receipts.firstTime(k)));
      assert.deepEqual(answers, keys.map(() => true));
    });

    it('forgets receipts recorded before the time given, and only those', async function () {
      const receipt = key();
      await store.receipts.firstTime(receipt);
      assert.equal(await store.receipts.prune('2000-01-01T00:00:00.000Z'), 0);
      assert.equal(await other().receipts.firstTime(receipt), false);
      assert.ok((await other().receipts.prune('2999-01-01T00:00:00.000Z')) >= 1);
      assert.equal(await store.receipts.firstTime(receipt), true);
      assert.equal(await store.receipts.prune('2999-01-01T00:00:00.000Z'), 1);
    });

    it('refuses to prune before something that is not a time', async function () {
      await assert.rejects(store.receipts.prune('yesterday-ish'), (e: { code?: string }) => e.code === 'STORE_QUERY_FAILED');
    });

    if (traits.durable) {
      it('remembers receipts after close and reopen', async function () {
        const receipt = key();
        await store.receipts.firstTime(receipt);
        await replica?.close();
        await store.close();
        store = await backing!.open();
        replica = await backing!.openReplica?.();
        assert.equal(await store.receipts.firstTime(receipt), false);
      });
    }

    it('refuses receipt work once closed', async function () {
      await store.close();
      const closed = (e: { code?: string }) => e.code === 'STORE_CLOSED';
      await assert.rejects(store.receipts.firstTime(key()), closed);
      await assert.rejects(store.receipts.prune('2000-01-01T00:00:00.000Z'), closed);
      store = await backing!.open();
    });
  });
};
