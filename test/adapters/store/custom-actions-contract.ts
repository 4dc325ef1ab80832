import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { NewCustomAction } from '../../../src/ports/store.js';
import { openedStores, type StoreSuite } from './store-backings.js';

/** A fresh channel key, so tests sharing one backing never see each other's rows. */
const channel = (platform = 'slack') => `${platform}:C${randomUUID().slice(0, 8).toUpperCase()}`;

const rebootAction = (channelKey: string, name = 'Reboot', changes: Partial<NewCustomAction> = {}): NewCustomAction => ({
  channelKey,
  name,
  buttonText: '🔁 Reboot',
  target: { kind: 'cli', command: 'ec2 reboot-instances --instance-ids $InstanceId --region $Region' },
  criteria: [
    { variable: 'InstanceId', operator: 'HAS_VALUE' },
    { variable: 'AlarmState', operator: 'EQUALS', value: 'ALARM' },
  ],
  createdBy: 'alice',
  ...changes,
});

const lambdaTarget = { kind: 'lambda', functionName: 'arn:aws:lambda:us-east-1:123456789012:function:triage', region: 'us-east-1', payload: '{"alarm": "$AlarmName", "note": "say \\"hi\\"\\n"}' } as const;

/** What every Store must do with custom actions (notification buttons, issue #9). */
export const customActionsContract: StoreSuite = (name, createBacking, traits) => {
  describe(`custom actions store contract: ${name}`, function () {
    this.timeout(120_000);
    const stores = openedStores(createBacking);

    it('knows no actions in a new channel', async () => {
      const key = channel();
      assert.equal(await stores.store.customActions.get(key, 'Reboot'), undefined);
      assert.deepEqual(await stores.store.customActions.list(key), []);
      assert.equal(await stores.store.customActions.delete(key, 'Reboot'), false);
    });

    it('keeps an action with its button, CLI target, criteria, who made it and when', async () => {
      const key = channel();
      const result = await stores.store.customActions.put(rebootAction(key), 10);
      assert.equal(result.status, 'created');
      const stored = await stores.other.customActions.get(key, 'Reboot');
      assert.ok(stored);
      assert.deepEqual({ ...stored, createdAt: undefined, updatedAt: undefined }, { ...rebootAction(key), createdAt: undefined, updatedAt: undefined });
      assert.ok(!Number.isNaN(Date.parse(stored.createdAt)));
      assert.equal(stored.updatedAt, stored.createdAt);
      assert.ok(result.status === 'created' && result.action.createdAt === stored.createdAt);
    });

    it('keeps a Lambda target and its JSON payload exactly as written, and an action with no criteria', async () => {
      const key = channel();
      await stores.store.customActions.put(rebootAction(key, 'Triage', { target: lambdaTarget, criteria: [] }), 10);
      const stored = await stores.other.customActions.get(key, 'Triage');
      assert.deepEqual(stored?.target, lambdaTarget);
      assert.deepEqual(stored?.criteria, []);
    });

    it('finds an action by its name in any case, and keeps the spelling it was given', async () => {
      const key = channel();
      await stores.store.customActions.put(rebootAction(key, 'RebootNow'), 10);
      assert.equal((await stores.other.customActions.get(key, 'rebootnow'))?.name, 'RebootNow');
      assert.equal((await stores.other.customActions.get(key, 'REBOOTNOW'))?.name, 'RebootNow');
    });

    it('replaces an action of the same name in any case, keeping when it was first made', async () => {
      const key = channel();
      const first = await stores.store.customActions.put(rebootAction(key, 'Reboot'), 10);
      const again = await stores.other.customActions.put(rebootAction(key, 'REBOOT', { buttonText: 'Stop', target: { kind: 'cli', command: 'ec2 stop-instances --instance-ids $InstanceId' }, criteria: [], createdBy: 'bob' }), 10);
      assert.equal(again.status, 'replaced');
      const stored = await stores.store.customActions.get(key, 'reboot');
      assert.deepEqual({ ...stored, updatedAt: undefined }, {
        channelKey: key,
        name: 'REBOOT',
        buttonText: 'Stop',
        target: { kind: 'cli', command: 'ec2 stop-instances --instance-ids $InstanceId' },
        criteria: [],
        createdBy: 'bob',
        createdAt: first.status === 'created' ? first.action.createdAt : '',
        updatedAt: undefined,
      });
      assert.ok(stored && stored.updatedAt >= stored.createdAt);
      assert.deepEqual((await stores.store.customActions.list(key)).map((a) => a.name), ['REBOOT']);
    });

    it('keeps actions per channel: the same name in two channels are two actions', async () => {
      const [a, b] = [channel(), channel('teams')];
      await stores.store.customActions.put(rebootAction(a, 'Reboot'), 10);
      await stores.store.customActions.put(rebootAction(b, 'Reboot', { buttonText: 'Other' }), 10);
      assert.equal((await stores.store.customActions.get(a, 'Reboot'))?.buttonText, '🔁 Reboot');
      assert.equal((await stores.store.customActions.get(b, 'Reboot'))?.buttonText, 'Other');
      assert.deepEqual((await stores.store.customActions.list(a)).map((x) => x.channelKey), [a]);
    });

    it("lists a channel's actions by name, without regard to case", async () => {
      const key = channel();
      for (const n of ['zeta', 'Alpha', 'mid-1', 'Mid_2', 'beta']) await stores.store.customActions.put(rebootAction(key, n), 10);
      assert.deepEqual((await stores.other.customActions.list(key)).map((x) => x.name), ['Alpha', 'beta', 'mid-1', 'Mid_2', 'zeta']);
    });

    it('refuses a new action when the channel holds the limit, and says how many it holds', async () => {
      const key = channel();
      await stores.store.customActions.put(rebootAction(key, 'one'), 2);
      await stores.store.customActions.put(rebootAction(key, 'two'), 2);
      assert.deepEqual(await stores.other.customActions.put(rebootAction(key, 'three'), 2), { status: 'full', count: 2 });
      assert.equal(await stores.store.customActions.get(key, 'three'), undefined);
    });

    it('still replaces an action when the channel holds the limit', async () => {
      const key = channel();
      await stores.store.customActions.put(rebootAction(key, 'one'), 1);
      const result = await stores.other.customActions.put(rebootAction(key, 'One', { buttonText: 'Edited' }), 1);
      assert.equal(result.status, 'replaced');
      assert.equal((await stores.store.customActions.get(key, 'one'))?.buttonText, 'Edited');
    });

    it('lets exactly one of two new actions in when they arrive together one below the limit', async () => {
      const key = channel();
      await stores.store.customActions.put(rebootAction(key, 'existing'), 2);
      const results = await Promise.all([stores.store.customActions.put(rebootAction(key, 'left'), 2), stores.other.customActions.put(rebootAction(key, 'right'), 2)]);
      assert.deepEqual(results.map((r) => r.status).sort(), ['created', 'full']);
      assert.equal((await stores.store.customActions.list(key)).length, 2);
    });

    it('never goes over the limit when many new actions arrive together', async () => {
      const key = channel();
      const names = Array.from({ length: 12 }, (_, i) => `action-${i}`);
      const results = await Promise.all(names.map((n, i) => (i % 2 ? stores.other : stores.store).customActions.put(rebootAction(key, n), 4)));
      assert.equal(results.filter((r) => r.status === 'created').length, 4);
      assert.equal((await stores.store.customActions.list(key)).length, 4);
    });

    it('creates one action when the same new name arrives twice together', async () => {
      const key = channel();
      const results = await Promise.all([stores.store.customActions.put(rebootAction(key, 'Same'), 5), stores.other.customActions.put(rebootAction(key, 'SAME'), 5)]);
      assert.deepEqual(results.map((r) => r.status).sort(), ['created', 'replaced']);
      assert.equal((await stores.store.customActions.list(key)).length, 1);
    });

    it('deletes an action once, by its name in any case', async () => {
      const key = channel();
      await stores.store.customActions.put(rebootAction(key, 'Reboot'), 10);
      assert.equal(await stores.other.customActions.delete(key, 'reBOOT'), true);
      assert.equal(await stores.store.customActions.get(key, 'Reboot'), undefined);
      assert.equal(await stores.store.customActions.delete(key, 'Reboot'), false);
      assert.equal((await stores.store.customActions.put(rebootAction(key, 'Reboot'), 10)).status, 'created');
    });

    it('stores a NUL character as U+FFFD instead of failing', async () => {
      const key = channel();
      await stores.store.customActions.put(rebootAction(key, 'nul', { target: { kind: 'cli', command: 'lambda invoke --function-name a\u0000b' } }), 10);
      assert.deepEqual((await stores.store.customActions.get(key, 'nul'))?.target, { kind: 'cli', command: 'lambda invoke --function-name a\uFFFDb' });
    });

    if (traits.durable) {
      it('still has the actions after a restart', async () => {
        const key = channel();
        await stores.store.customActions.put(rebootAction(key, 'Kept'), 10);
        await stores.reopen();
        assert.deepEqual((await stores.store.customActions.get(key, 'kept'))?.criteria, rebootAction(key).criteria);
      });
    }
  });
};
