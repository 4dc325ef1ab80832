import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { NewAuditEntry } from '../../../src/ports/permissions.js';
import { openedStores, type StoreSuite } from './store-backings.js';

/** A user of their own for each test, so tests sharing one backing never see each other's rows. */
const someone = () => ({ userId: `U${randomUUID().slice(0, 8).toUpperCase()}`, userName: `user-${randomUUID().slice(0, 6)}` });

const command = (user: { userId: string; userName?: string }, at: string, changes: Partial<NewAuditEntry> = {}): NewAuditEntry => ({
  at,
  kind: 'command',
  platform: 'slack',
  workspaceId: 'T0001',
  channelId: 'C0123',
  ...user,
  accountId: '123456789012',
  roleArn: 'arn:aws:iam::123456789012:role/ReadOnly',
  command: 'ec2 describe-instances --region eu-west-1',
  decision: 'allowed',
  resultCode: 'ok',
  durationMs: 412,
  ...changes,
});

/** What every Store must do with the audit log. */
export const auditContract: StoreSuite = (name, createBacking, traits) => {
  describe(`audit store contract: ${name}`, function () {
    this.timeout(120_000);
    const stores = openedStores(createBacking);

    it('keeps an entry as given and gives it an id', async () => {
      const user = someone();
      const entry = command(user, '2026-12-06T10:00:00.000Z');
      const stored = await stores.store.audit.append(entry);
      assert.ok(Number.isInteger(stored.id) && stored.id > 0);
      assert.deepEqual(stored, { ...entry, id: stored.id });
      assert.deepEqual(await stores.other.audit.list({ user: user.userId }), [stored]);
    });

    it('keeps a denial with the policy behind it, and leaves out what was not given', async () => {
      const user = { userId: someone().userId };
      const denial: NewAuditEntry = {
        at: '2026-12-06T10:00:00.000Z',
        kind: 'denial',
        platform: 'sandbox',
        channelId: 'sandbox-ops',
        ...user,
        command: 'iam create-user --user-name mallory',
        decision: 'denied',
        policy: 'guardrail arn:aws:iam::aws:policy/ReadOnlyAccess: no statement allows iam:CreateUser',
      };
      const stored = await stores.store.audit.append(denial);
      assert.deepEqual(stored, { ...denial, id: stored.id });
      assert.deepEqual(await stores.other.audit.list({ user: user.userId }), [stored]);
    });

    it('gives increasing ids, on every replica', async () => {
      const user = someone();
      const ids: number[] = [];
      for (let i = 0; i < 4; i++) ids.push((await (i % 2 ? stores.other : stores.store).audit.append(command(user, '2026-12-06T10:00:00.000Z'))).id);
      assert.deepEqual([...ids].sort((a, b) => a - b), ids);
      assert.equal(new Set(ids).size, 4);
    });

    it('lists entries oldest first', async () => {
      const user = someone();
      const kinds = ['command', 'click', 'dialog', 'denial'] as const;
      for (const [i, kind] of kinds.entries()) await stores.store.audit.append(command(user, `2026-12-06T10:0${i}:00.000Z`, { kind }));
      assert.deepEqual((await stores.other.audit.list({ user: user.userId })).map((e) => e.kind), kinds);
    });

    it('finds a user by id or by name, in any case, and nobody else', async () => {
      const [alice, bob] = [someone(), someone()];
      await stores.store.audit.append(command(alice, '2026-12-06T10:00:00.000Z'));
      await stores.store.audit.append(command(bob, '2026-12-06T10:01:00.000Z'));
      assert.deepEqual((await stores.store.audit.list({ user: alice.userId })).map((e) => e.userId), [alice.userId]);
      assert.deepEqual((await stores.store.audit.list({ user: alice.userName.toUpperCase() })).map((e) => e.userId), [alice.userId]);
      assert.deepEqual(await stores.store.audit.list({ user: alice.userId.toLowerCase() }), []);
    });

    it('lists the entries at or after a time', async () => {
      const user = someone();
      for (const at of ['2026-12-06T09:59:59.999Z', '2026-12-06T10:00:00.000Z', '2026-12-06T11:00:00.000Z']) await stores.store.audit.append(command(user, at));
      const since = await stores.store.audit.list({ user: user.userId, since: '2026-12-06T11:00:00+01:00' });
      assert.deepEqual(since.map((e) => e.at), ['2026-12-06T10:00:00.000Z', '2026-12-06T11:00:00.000Z']);
    });

    it('gives the newest entries, oldest first, when limited', async () => {
      const user = someone();
      for (let i = 1; i <= 5; i++) await stores.store.audit.append(command(user, `2026-12-06T10:0${i}:00.000Z`, { command: `step ${i}` }));
      assert.deepEqual((await stores.other.audit.list({ user: user.userId, limit: 2 })).map((e) => e.command), ['step 4', 'step 5']);
      assert.deepEqual((await stores.other.audit.list({ user: user.userId, limit: 10 })).length, 5);
      assert.deepEqual(await stores.other.audit.list({ user: user.userId, limit: 0 }), []);
    });

    it('lists every entry when asked for nothing in particular', async () => {
      // The only entries of this suite in 2030, so "since" keeps only them.
      const user = someone();
      await stores.store.audit.append(command(user, '2030-01-01T00:00:00.000Z', { command: 'first' }));
      await stores.store.audit.append(command(someone(), '2030-01-01T00:00:01.000Z', { command: 'second' }));
      assert.deepEqual((await stores.store.audit.list({ since: '2030-01-01T00:00:00.000Z' })).map((e) => e.command), ['first', 'second']);
      assert.ok((await stores.store.audit.list()).length >= 2);
    });

    it('keeps the duration in whole milliseconds', async () => {
      const user = someone();
      assert.equal((await stores.store.audit.append(command(user, '2026-12-06T10:00:00.000Z', { durationMs: 12.6 }))).durationMs, 13);
      assert.equal((await stores.store.audit.list({ user: user.userId }))[0]?.durationMs, 13);
    });

    it('refuses an entry of an unknown kind', async () => {
      const entry = { ...command(someone(), '2026-12-06T10:00:00.000Z'), kind: 'login' } as unknown as NewAuditEntry;
      await assert.rejects(stores.store.audit.append(entry), { code: 'STORE_QUERY_FAILED' });
    });

    it('stores a NUL character as U+FFFD instead of failing', async () => {
      const user = someone();
      await stores.store.audit.append(command(user, '2026-12-06T10:00:00.000Z', { command: 'lambda invoke --function-name a\u0000b' }));
      assert.equal((await stores.store.audit.list({ user: user.userId }))[0]?.command, 'lambda invoke --function-name a\uFFFDb');
    });

    if (traits.durable) {
      it('still has the entries after a restart, and goes on counting', async () => {
        const user = someone();
        const first = await stores.store.audit.append(command(user, '2026-12-06T10:00:00.000Z'));
        await stores.reopen();
        const second = await stores.store.audit.append(command(user, '2026-12-06T10:01:00.000Z'));
        assert.deepEqual(await stores.store.audit.list({ user: user.userId }), [first, second]);
        assert.ok(second.id > first.id);
      });
    }
  });
};
