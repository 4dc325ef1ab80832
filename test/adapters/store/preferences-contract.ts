import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { ChannelPreferencesChange, Store } from '../../../src/ports/store.js';
import { openedStores } from './store-backings.js';

/** Where a store keeps its data; `openReplica` opens a second store on the same data (another replica). */
export interface PreferencesBacking {
  open(): Promise<Store>;
  /** Absent where one process owns the data (memory, PGlite): the same store then plays both replicas. */
  openReplica?(): Promise<Store>;
  destroy(): Promise<void>;
}

/** A fresh channel key, so tests sharing one backing never see each other's rows. */
const channel = (platform = 'slack') => `${platform}:C${randomUUID().slice(0, 8).toUpperCase()}`;

/** What every Store must do with channel preferences (`@aws preferences`). */
export function preferencesContract(name: string, createBacking: (ctx: Mocha.Context) => Promise<PreferencesBacking>, traits: { durable: boolean }): void {
  describe(`channel preferences store contract: ${name}`, function () {
    this.timeout(120_000);
    const stores = openedStores(createBacking);

    it('knows nothing about a channel nobody set preferences for', async function () {
      assert.equal(await stores.store.preferences.get(channel()), undefined);
      assert.deepEqual(await stores.store.preferences.getMany([channel(), channel()]), []);
      assert.deepEqual(await stores.store.preferences.getMany([]), []);
    });

    it('keeps a threading preference with who set it and when', async function () {
      const key = channel();
      const stored = await stores.store.preferences.set(key, { threading: 'off' }, 'alice');
      assert.equal(stored.channelKey, key);
      assert.deepEqual(stored.preferences, { threading: 'off' });
      assert.equal(stored.updatedBy, 'alice');
      assert.ok(!Number.isNaN(Date.parse(stored.updatedAt)));
      assert.deepEqual(await stores.store.preferences.get(key), stored);
    });

    it('replaces a preference with the latest change and its author', async function () {
      const key = channel();
      await stores.store.preferences.set(key, { threading: 'off' }, 'alice');
      const stored = await stores.store.preferences.set(key, { threading: 'on' }, 'bob');
      assert.deepEqual(stored.preferences, { threading: 'on' });
      assert.equal(stored.updatedBy, 'bob');
      assert.deepEqual(await stores.store.preferences.get(key), stored);
    });

    it('removes a preference set to null, and keeps who removed it', async function () {
      const key = channel();
      await stores.store.preferences.set(key, { threading: 'off' }, 'alice');
      const stored = await stores.store.preferences.set(key, { threading: null }, 'bob');
      assert.deepEqual(stored.preferences, {});
      assert.equal((await stores.store.preferences.get(key))?.updatedBy, 'bob');
      assert.deepEqual((await stores.store.preferences.get(key))?.preferences, {});
    });

    it('leaves a preference that a change does not mention', async function () {
      const key = channel();
      await stores.store.preferences.set(key, { threading: 'off' }, 'alice');
      const stored = await stores.store.preferences.set(key, {}, 'bob');
      assert.deepEqual(stored.preferences, { threading: 'off' });
      const fresh = channel();
      assert.deepEqual((await stores.store.preferences.set(fresh, {}, 'carol')).preferences, {});
    });

    it('keeps channels apart, also across platforms with the same channel id', async function () {
      const id = `C${randomUUID().slice(0, 8).toUpperCase()}`;
      await stores.store.preferences.set(`slack:${id}`, { threading: 'off' }, 'alice');
      assert.equal(await stores.store.preferences.get(`teams:${id}`), undefined);
      assert.equal(await stores.store.preferences.get(`slack:${id.toLowerCase()}`), undefined);
    });

    it('answers for many channels at once with the ones that have preferences', async function () {
      const [a, b, none] = [channel(), channel('teams'), channel('sandbox')];
      await stores.store.preferences.set(a, { threading: 'off' }, 'alice');
      await stores.store.preferences.set(b, { threading: 'on' }, 'bob');
      const found = await stores.store.preferences.getMany([a, b, none, a]);
      assert.deepEqual(
        found.map((r) => [r.channelKey, r.preferences.threading, r.updatedBy]).sort(),
        [
          [a, 'off', 'alice'],
          [b, 'on', 'bob'],
        ].sort(),
      );
    });

    it('refuses a threading value other than on or off', async function () {
      const key = channel();
      const invalid = { threading: 'sometimes' } as unknown as ChannelPreferencesChange;
      await assert.rejects(stores.store.preferences.set(key, invalid, 'mallory'), (e: { code?: string }) => e.code === 'STORE_QUERY_FAILED');
      assert.equal(await stores.store.preferences.get(key), undefined);
    });

    it('shows a change made on one replica to the other at once', async function () {
      const key = channel();
      await stores.store.preferences.set(key, { threading: 'off' }, 'alice');
      assert.deepEqual((await stores.other.preferences.get(key))?.preferences, { threading: 'off' });
      await stores.other.preferences.set(key, { threading: null }, 'bob');
      assert.deepEqual((await stores.store.preferences.getMany([key]))[0]?.preferences, {});
    });

    if (traits.durable) {
      it('keeps preferences after close and reopen', async function () {
        const key = channel();
        await stores.store.preferences.set(key, { threading: 'off' }, 'alice');
        await stores.reopen();
        assert.deepEqual((await stores.store.preferences.get(key))?.preferences, { threading: 'off' });
      });
    }

    it('refuses preference work once closed', async function () {
      const store = await stores.closeStore();
      const closed = (e: { code?: string }) => e.code === 'STORE_CLOSED';
      await assert.rejects(store.preferences.get(channel()), closed);
      await assert.rejects(store.preferences.getMany([channel()]), closed);
      await assert.rejects(store.preferences.set(channel(), { threading: 'on' }, 'alice'), closed);
    });
  });
}
