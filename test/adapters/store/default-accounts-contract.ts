import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { DefaultAccountKey, DefaultAccountRecord } from '../../../src/ports/permissions.js';
import { openedStores, type StoreSuite } from './store-backings.js';

/** Alice in a channel of its own, so tests sharing one backing never see each other's rows. */
const aliceKey = (changes: Partial<DefaultAccountKey> = {}): DefaultAccountKey => ({
  platform: 'teams',
  workspaceId: 'tenant-1',
  channelId: `19:${randomUUID()}@thread.tacv2`,
  userId: 'alice-aad-id',
  ...changes,
});

const choice = (key: DefaultAccountKey, accountId = '123456789012', chosenAt = '2026-12-06T10:00:00.000Z'): DefaultAccountRecord => ({ ...key, accountId, chosenAt });

/** What every Store must do with default accounts (`@aws set default-account`, remembered 7 days). */
export const defaultAccountsContract: StoreSuite = (name, createBacking, traits) => {
  describe(`default accounts store contract: ${name}`, function () {
    this.timeout(120_000);
    const stores = openedStores(createBacking);

    it('knows no default account for a user who never chose one', async () => {
      const key = aliceKey();
      assert.equal(await stores.store.defaultAccounts.get(key), undefined);
      assert.equal(await stores.store.defaultAccounts.forget(key), false);
    });

    it('keeps the account a user chose in a channel, with when', async () => {
      const key = aliceKey();
      await stores.store.defaultAccounts.set(choice(key));
      assert.deepEqual(await stores.other.defaultAccounts.get(key), choice(key));
    });

    it('replaces the choice when the user sets another default account', async () => {
      const key = aliceKey();
      await stores.store.defaultAccounts.set(choice(key));
      await stores.other.defaultAccounts.set(choice(key, '210987654321', '2026-12-07T09:00:00.000Z'));
      assert.deepEqual(await stores.store.defaultAccounts.get(key), choice(key, '210987654321', '2026-12-07T09:00:00.000Z'));
    });

    it('keeps one choice per channel and user', async () => {
      const key = aliceKey();
      await stores.store.defaultAccounts.set(choice(key));
      for (const other of [{ ...key, userId: 'bob-aad-id' }, { ...key, channelId: 'another' }, { ...key, workspaceId: 'tenant-2' }, { ...key, platform: 'slack' as const }]) {
        assert.equal(await stores.store.defaultAccounts.get(other), undefined, JSON.stringify(other));
      }
    });

    it('forgets a choice once', async () => {
      const key = aliceKey();
      await stores.store.defaultAccounts.set(choice(key));
      assert.equal(await stores.other.defaultAccounts.forget(key), true);
      assert.equal(await stores.store.defaultAccounts.get(key), undefined);
      assert.equal(await stores.store.defaultAccounts.forget(key), false);
    });

    it('prunes the choices made before a time and keeps the rest, saying how many went', async () => {
      // Times far in the past, so rows of other tests (all from 2026) are never pruned here.
      const [old, older, kept, exact] = [aliceKey(), aliceKey(), aliceKey(), aliceKey()];
      await stores.store.defaultAccounts.set(choice(old, '111111111111', '1990-01-01T00:00:00.000Z'));
      await stores.store.defaultAccounts.set(choice(older, '111111111111', '1989-06-01T00:00:00.000Z'));
      await stores.store.defaultAccounts.set(choice(exact, '222222222222', '1990-01-08T00:00:00.000Z'));
      await stores.store.defaultAccounts.set(choice(kept, '333333333333', '1990-01-09T00:00:00.000Z'));
      assert.equal(await stores.other.defaultAccounts.prune('1990-01-08T00:00:00.000Z'), 2);
      assert.equal(await stores.store.defaultAccounts.get(old), undefined);
      assert.equal(await stores.store.defaultAccounts.get(older), undefined);
      assert.equal((await stores.store.defaultAccounts.get(exact))?.accountId, '222222222222');
      assert.equal((await stores.store.defaultAccounts.get(kept))?.accountId, '333333333333');
      assert.equal(await stores.store.defaultAccounts.prune('1990-01-08T00:00:00.000Z'), 0);
    });

    it('refuses to prune with something that is not a time', async () => {
      await assert.rejects(stores.store.defaultAccounts.prune('last week'), { code: 'STORE_QUERY_FAILED' });
    });

    it('stores a NUL character as U+FFFD instead of failing', async () => {
      const key = aliceKey({ channelId: 'C\u0000x' });
      await stores.store.defaultAccounts.set(choice(key));
      assert.equal((await stores.store.defaultAccounts.get(key))?.channelId, 'C\uFFFDx');
    });

    if (traits.durable) {
      it('still has the choice after a restart', async () => {
        const key = aliceKey();
        await stores.store.defaultAccounts.set(choice(key));
        await stores.reopen();
        assert.deepEqual(await stores.store.defaultAccounts.get(key), choice(key));
      });
    }
  });
};
