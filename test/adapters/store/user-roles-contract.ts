import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { UserRoleKey, UserRoleRecord } from '../../../src/ports/permissions.js';
import { openedStores, type StoreSuite } from './store-backings.js';

/** Alice's key in a workspace of its own, so tests sharing one backing never see each other's rows. */
const aliceKey = (changes: Partial<UserRoleKey> = {}): UserRoleKey => ({
  platform: 'slack',
  workspaceId: `T${randomUUID().slice(0, 8)}`,
  userId: 'U-alice',
  configuration: 'prod-ops',
  accountId: '123456789012',
  ...changes,
});

const role = (key: UserRoleKey, name = 'ReadOnly', setAt = '2026-12-06T10:00:00.000Z'): UserRoleRecord => ({
  ...key,
  roleArn: `arn:aws:iam::${key.accountId}:role/${name}`,
  setAt,
});

/** What every Store must do with user roles (`@aws switch-roles`). */
export const userRolesContract: StoreSuite = (name, createBacking, traits) => {
  describe(`user roles store contract: ${name}`, function () {
    this.timeout(120_000);
    const stores = openedStores(createBacking);

    it('knows no role for a user who never chose one', async () => {
      const key = aliceKey();
      assert.equal(await stores.store.userRoles.get(key), undefined);
      assert.equal(await stores.store.userRoles.forget(key), false);
    });

    it('keeps the role a user chose, with when', async () => {
      const key = aliceKey();
      await stores.store.userRoles.set(role(key));
      assert.deepEqual(await stores.other.userRoles.get(key), role(key));
    });

    it('replaces the role when the user switches again', async () => {
      const key = aliceKey();
      await stores.store.userRoles.set(role(key, 'ReadOnly'));
      await stores.other.userRoles.set(role(key, 'Operator', '2026-12-06T11:00:00.000Z'));
      assert.deepEqual(await stores.store.userRoles.get(key), role(key, 'Operator', '2026-12-06T11:00:00.000Z'));
    });

    it('keeps one role per workspace, user, configuration and account, never another user\'s', async () => {
      const key = aliceKey();
      await stores.store.userRoles.set(role(key, 'ReadOnly'));
      for (const other of [
        { ...key, userId: 'U-bob' },
        { ...key, workspaceId: 'T-other' },
        { ...key, platform: 'teams' as const },
        { ...key, configuration: 'dev-ops' },
        { ...key, accountId: '210987654321' },
      ]) {
        assert.equal(await stores.store.userRoles.get(other), undefined, JSON.stringify(other));
      }
      await stores.store.userRoles.set(role({ ...key, accountId: '210987654321' }, 'Admin'));
      assert.equal((await stores.store.userRoles.get(key))?.roleArn, 'arn:aws:iam::123456789012:role/ReadOnly');
    });

    it('forgets a role once ("forget my role")', async () => {
      const key = aliceKey();
      await stores.store.userRoles.set(role(key));
      assert.equal(await stores.other.userRoles.forget(key), true);
      assert.equal(await stores.store.userRoles.get(key), undefined);
      assert.equal(await stores.store.userRoles.forget(key), false);
    });

    it('keeps an empty workspace id (the sandbox has none) apart from any other', async () => {
      const key = aliceKey({ platform: 'sandbox', workspaceId: '' });
      await stores.store.userRoles.set(role(key));
      assert.deepEqual(await stores.store.userRoles.get(key), role(key));
    });

    it('gives the time back as an ISO time in UTC', async () => {
      const key = aliceKey();
      await stores.store.userRoles.set(role(key, 'ReadOnly', '2026-12-06T11:00:00+01:00'));
      assert.equal((await stores.store.userRoles.get(key))?.setAt, '2026-12-06T10:00:00.000Z');
    });

    it('stores a NUL character as U+FFFD instead of failing', async () => {
      const key = aliceKey({ userId: 'U\u0000x' });
      await stores.store.userRoles.set(role(key));
      assert.equal((await stores.store.userRoles.get(key))?.userId, 'U\uFFFDx');
    });

    if (traits.durable) {
      it('still has the role after a restart', async () => {
        const key = aliceKey();
        await stores.store.userRoles.set(role(key));
        await stores.reopen();
        assert.deepEqual(await stores.store.userRoles.get(key), role(key));
      });
    }
  });
};
