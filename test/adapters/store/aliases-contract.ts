import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { NewAlias } from '../../../src/ports/store.js';
import { openedStores, type StoreBacking } from './store-backings.js';

/** A fresh channel key, so tests sharing one backing never see each other's rows. */
const channel = (platform = 'slack') => `${platform}:C${randomUUID().slice(0, 8).toUpperCase()}`;

const alias = (channelKey: string, name: string, command = 'ec2 reboot-instances --instance-ids $instance'): NewAlias => ({ channelKey, name, command, createdBy: 'alice' });

/** What every Store must do with command aliases (`@aws alias create NAME COMMAND`). */
export function aliasesContract(name: string, createBacking: (ctx: Mocha.Context) => Promise<StoreBacking>, traits: { durable: boolean }): void {
  describe(`command aliases store contract: ${name}`, function () {
    this.timeout(120_000);
    const stores = openedStores(createBacking);

    it('knows no aliases in a new channel', async () => {
      const key = channel();
      assert.equal(await stores.store.aliases.get(key, 'restart'), undefined);
      assert.deepEqual(await stores.store.aliases.list(key), []);
      assert.equal(await stores.store.aliases.delete(key, 'restart'), false);
    });

    it('keeps an alias with its command, who created it and when', async () => {
      const key = channel();
      const result = await stores.store.aliases.create(alias(key, 'restart'), 100);
      assert.equal(result.status, 'created');
      const stored = await stores.other.aliases.get(key, 'restart');
      assert.ok(stored);
      assert.deepEqual({ ...stored, createdAt: undefined }, { ...alias(key, 'restart'), createdAt: undefined });
      assert.ok(!Number.isNaN(Date.parse(stored.createdAt)));
      assert.ok(result.status === 'created' && result.alias.createdAt === stored.createdAt);
    });

    it('keeps the command exactly as typed: quotes, JSON, new lines and $params', async () => {
      const key = channel();
      const command = `ssm start-automation-execution --document-name $name --parameters '{"AutomationAssumeRole":["arn:aws:iam::123456789012:role/$role-name"]}'\n--region "eu west"`;
      await stores.store.aliases.create(alias(key, 'automation', command), 100);
      assert.equal((await stores.other.aliases.get(key, 'automation'))?.command, command);
    });

    it('refuses a second alias with the same name in a channel and keeps the first', async () => {
      const key = channel();
      await stores.store.aliases.create(alias(key, 'restart', 'ec2 reboot-instances --instance-ids i-1'), 100);
      const again = await stores.other.aliases.create(alias(key, 'restart', 'ec2 stop-instances --instance-ids i-2'), 100);
      assert.equal(again.status, 'exists');
      assert.ok(again.status === 'exists' && again.alias.command === 'ec2 reboot-instances --instance-ids i-1');
    });

    it('keeps aliases per channel: the same name in two channels are two aliases', async () => {
      const [a, b] = [channel(), channel('teams')];
      await stores.store.aliases.create(alias(a, 'restart', 'ec2 reboot-instances'), 100);
      await stores.store.aliases.create(alias(b, 'restart', 'lambda list-functions'), 100);
      assert.equal((await stores.store.aliases.get(a, 'restart'))?.command, 'ec2 reboot-instances');
      assert.equal((await stores.store.aliases.get(b, 'restart'))?.command, 'lambda list-functions');
      assert.deepEqual((await stores.store.aliases.list(a)).map((x) => x.name), ['restart']);
    });

    it('lists a channel\'s aliases by name', async () => {
      const key = channel();
      for (const n of ['zeta', 'alpha', 'mid-1', 'mid_2']) await stores.store.aliases.create(alias(key, n), 100);
      assert.deepEqual((await stores.other.aliases.list(key)).map((x) => x.name), ['alpha', 'mid-1', 'mid_2', 'zeta']);
    });

    it('refuses a new alias when the channel holds the limit, and says how many it holds', async () => {
      const key = channel();
      await stores.store.aliases.create(alias(key, 'one'), 2);
      await stores.store.aliases.create(alias(key, 'two'), 2);
      assert.deepEqual(await stores.other.aliases.create(alias(key, 'three'), 2), { status: 'full', count: 2 });
      assert.equal(await stores.store.aliases.get(key, 'three'), undefined);
    });

    it('deletes an alias once', async () => {
      const key = channel();
      await stores.store.aliases.create(alias(key, 'restart'), 100);
      assert.equal(await stores.other.aliases.delete(key, 'restart'), true);
      assert.equal(await stores.store.aliases.get(key, 'restart'), undefined);
      assert.equal(await stores.store.aliases.delete(key, 'restart'), false);
      assert.equal((await stores.store.aliases.create(alias(key, 'restart'), 100)).status, 'created');
    });

    it('stores a NUL character as U+FFFD instead of failing', async () => {
      const key = channel();
      await stores.store.aliases.create(alias(key, 'nul', 'lambda invoke --function-name a\u0000b'), 100);
      assert.equal((await stores.store.aliases.get(key, 'nul'))?.command, 'lambda invoke --function-name a\uFFFDb');
    });

    if (traits.durable) {
      it('still has the aliases after a restart', async () => {
        const key = channel();
        await stores.store.aliases.create(alias(key, 'kept'), 100);
        await stores.reopen();
        assert.equal((await stores.store.aliases.get(key, 'kept'))?.createdBy, 'alice');
      });
    }
  });
}
