import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { ButtonToken } from '../../../src/ports/store.js';
import { openedStores, type StoreSuite } from './store-backings.js';

/** A fresh 128-bit id, as the card builder makes them. */
const newId = () => randomBytes(16).toString('base64url');

const button = (changes: Partial<ButtonToken> = {}): ButtonToken => ({
  token: newId(),
  platform: 'slack',
  channelKey: 'slack:C0ALERTS',
  notificationId: 'evt-7f3c2a',
  action: { kind: 'custom', name: 'Reboot' },
  variables: { AlarmName: 'ServerCpuTooHigh', InstanceId: 'i-12345678901234567', Region: 'us-east-1', Note: 'quotes " and \\ and\nnew lines' },
  createdAt: '2026-12-06T10:00:00.000Z',
  expiresAt: '2026-12-07T10:00:00.000Z',
  ...changes,
});

/** What every Store must do with button tokens (the opaque ids notification buttons carry, issue #9). */
export const buttonTokensContract: StoreSuite = (name, createBacking, traits) => {
  describe(`button tokens store contract: ${name}`, function () {
    this.timeout(120_000);
    const stores = openedStores(createBacking);

    it('knows nothing of a token it never stored', async () => {
      assert.equal(await stores.store.buttonTokens.get(newId()), undefined);
    });

    it("keeps a notification's tokens with the action, channel and variables each stands for", async () => {
      const tokens = [button(), button({ action: { kind: 'logs', errorsOnly: true } }), button({ action: { kind: 'manage' }, variables: {} })];
      await stores.store.buttonTokens.put(tokens);
      for (const token of tokens) assert.deepEqual(await stores.other.buttonTokens.get(token.token), token);
    });

    it('stores nothing for an empty list', async () => {
      await stores.store.buttonTokens.put([]);
    });

    it('refuses a token id that is taken, and stores none of that batch', async () => {
      const taken = button();
      await stores.store.buttonTokens.put([taken]);
      const fresh = button();
      await assert.rejects(stores.other.buttonTokens.put([fresh, { ...button(), token: taken.token, notificationId: 'evt-other' }]), { code: 'STORE_DUPLICATE_ID' });
      assert.equal(await stores.store.buttonTokens.get(fresh.token), undefined);
      assert.equal((await stores.store.buttonTokens.get(taken.token))?.notificationId, 'evt-7f3c2a');
    });

    it('refuses the same token id twice in one batch', async () => {
      const twice = button();
      await assert.rejects(stores.store.buttonTokens.put([twice, twice]), { code: 'STORE_DUPLICATE_ID' });
      assert.equal(await stores.store.buttonTokens.get(twice.token), undefined);
    });

    it('prunes the tokens that expired before a time and keeps the rest, saying how many went', async () => {
      // Times far in the past, so rows of other tests (all from 2026) are never pruned here.
      const [old, older, exact, kept] = [
        button({ expiresAt: '1990-01-01T00:00:00.000Z' }),
        button({ expiresAt: '1989-06-01T00:00:00.000Z' }),
        button({ expiresAt: '1990-01-02T00:00:00.000Z' }),
        button({ expiresAt: '1990-01-03T00:00:00.000Z' }),
      ];
      await stores.store.buttonTokens.put([old, older, exact, kept]);
      assert.equal(await stores.other.buttonTokens.prune('1990-01-02T00:00:00.000Z'), 2);
      assert.equal(await stores.store.buttonTokens.get(old.token), undefined);
      assert.equal(await stores.store.buttonTokens.get(older.token), undefined);
      assert.deepEqual(await stores.store.buttonTokens.get(exact.token), exact);
      assert.deepEqual(await stores.store.buttonTokens.get(kept.token), kept);
      assert.equal(await stores.store.buttonTokens.prune('1990-01-02T00:00:00.000Z'), 0);
    });

    it('refuses to prune with something that is not a time', async () => {
      await assert.rejects(stores.store.buttonTokens.prune('last week'), { code: 'STORE_QUERY_FAILED' });
    });

    it('stores a NUL character as U+FFFD instead of failing', async () => {
      const token = button({ variables: { InstanceId: 'i-1\u0000' } });
      await stores.store.buttonTokens.put([token]);
      assert.deepEqual((await stores.store.buttonTokens.get(token.token))?.variables, { InstanceId: 'i-1\uFFFD' });
    });

    if (traits.durable) {
      it('still knows a token after a restart', async () => {
        const token = button({ platform: 'teams', channelKey: 'teams:19:abc@thread.tacv2' });
        await stores.store.buttonTokens.put([token]);
        await stores.reopen();
        assert.deepEqual(await stores.store.buttonTokens.get(token.token), token);
      });
    }
  });
};
