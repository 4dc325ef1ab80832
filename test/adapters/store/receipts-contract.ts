import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFixture } from '../../support/fixtures.js';
import { openedStores, type StoreSuite } from './store-backings.js';

const key = () => `slack:${randomUUID()}`;

/** What every Store must do with inbound receipts (a Slack event redelivered is handled once). */
export const receiptsContract: StoreSuite = (name, createBacking, traits) => {
  describe(`inbound receipts store contract: ${name}`, function () {
    this.timeout(120_000);
    const stores = openedStores(createBacking);

    it('handles a Slack event the first time and recognises its redelivery on any replica', async function () {
      const envelope = JSON.parse(readFixture('slack/events-api-app-mention.json').toString('utf8')) as { event_id: string; team_id: string };
      const receipt = `slack:${envelope.team_id}:${envelope.event_id}`;
      assert.equal(await stores.store.receipts.firstTime(receipt), true);
      assert.equal(await stores.store.receipts.firstTime(receipt), false);
      assert.equal(await stores.other.receipts.firstTime(receipt), false);
    });

    it('tells keys apart exactly', async function () {
      const base = key();
      assert.equal(await stores.store.receipts.firstTime(base), true);
      assert.equal(await stores.store.receipts.firstTime(base.toUpperCase()), true);
      assert.equal(await stores.store.receipts.firstTime(`${base} `), true);
      assert.equal(await stores.store.receipts.firstTime(`teams:${base}`), true);
    });

    it('gives true to exactly one of 20 concurrent callers with one key', async function () {
      const receipt = key();
      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? stores.other : stores.store).receipts.firstTime(receipt)));
      assert.equal(answers.filter(Boolean).length, 1);
    });

    it('records many different keys at once, each the first time', async function () {
      const keys = Array.from({ length: 20 }, key);
      const answers = await Promise.all(keys.map((k, i) => (i % 2 ? stores.other : stores.store).receipts.firstTime(k)));
      assert.deepEqual(answers, keys.map(() => true));
    });

    it('forgets receipts recorded before the time given, and only those', async function () {
      const receipt = key();
      await stores.store.receipts.firstTime(receipt);
      assert.equal(await stores.store.receipts.prune('2000-01-01T00:00:00.000Z'), 0);
      assert.equal(await stores.other.receipts.firstTime(receipt), false);
      assert.ok((await stores.other.receipts.prune('2999-01-01T00:00:00.000Z')) >= 1);
      assert.equal(await stores.store.receipts.firstTime(receipt), true);
      assert.equal(await stores.store.receipts.prune('2999-01-01T00:00:00.000Z'), 1);
    });

    it('refuses to prune before something that is not a time', async function () {
      await assert.rejects(stores.store.receipts.prune('yesterday-ish'), (e: { code?: string }) => e.code === 'STORE_QUERY_FAILED');
    });

    if (traits.durable) {
      it('remembers receipts after close and reopen', async function () {
        const receipt = key();
        await stores.store.receipts.firstTime(receipt);
        await stores.reopen();
        assert.equal(await stores.store.receipts.firstTime(receipt), false);
      });
    }

    it('refuses receipt work once closed', async function () {
      const store = await stores.closeStore();
      const closed = (e: { code?: string }) => e.code === 'STORE_CLOSED';
      await assert.rejects(store.receipts.firstTime(key()), closed);
      await assert.rejects(store.receipts.prune('2000-01-01T00:00:00.000Z'), closed);
    });
  });
};
