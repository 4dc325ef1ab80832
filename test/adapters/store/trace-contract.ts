import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { NewTraceEntry } from '../../../src/ports/store.js';
import type { DeliverySuite } from './delivery-contract.js';

export function traceContract(suite: DeliverySuite): void {
  describe('delivery trace', function () {
    it('finds an event’s entries by its MessageId, in the order they were added', async function () {
      const messageId = randomUUID();
      const entries: NewTraceEntry[] = [
        { messageId, step: 'received' },
        { messageId, step: 'verified', detail: { signatureVersion: '1' } },
        { messageId, eventId: 'ev-1', step: 'routed', configuration: 'ops', detail: { channels: ['slack:C1', 'teams:19:x'] } },
      ];
      await suite.store().trace.add(entries.slice(0, 2));
      await suite.store().trace.add([{ messageId: randomUUID(), step: 'received' }]);
      await suite.store().trace.add(entries.slice(2));
      const found = await suite.store().trace.find(messageId);
      assert.deepEqual(found.map(({ at: _at, seq: _seq, ...entry }) => entry), entries);
      const seqs = found.map((e) => e.seq);
      assert.deepEqual(seqs, [...seqs].sort((a, b) => a - b));
      for (const entry of found) assert.ok(!Number.isNaN(Date.parse(entry.at)));
    });

    it('finds the entries of one event id, across inbox messages', async function () {
      const eventId = `arn:aws:guardduty:eu-west-1:123456789012:detector/d/finding/${randomUUID()}`;
      const [first, second] = [randomUUID(), randomUUID()];
      await suite.store().trace.add([
        { messageId: first, step: 'received' },
        { messageId: first, eventId, step: 'delivered', configuration: 'sec', detail: { channel: 'slack:C9', chatMessageId: '1.2' } },
        { messageId: second, eventId, step: 'updated', configuration: 'sec' },
      ]);
      assert.deepEqual((await suite.store().trace.find(eventId)).map((e) => [e.messageId, e.step]), [[first, 'delivered'], [second, 'updated']]);
    });

    it('finds nothing for an id never traced, and accepts an empty batch', async function () {
      await suite.store().trace.add([]);
      assert.deepEqual(await suite.store().trace.find(`unknown-${randomUUID()}`), []);
    });
  });

  describe('SNS subscription records', function () {
    it('lists what was recorded, oldest first, for every topic or one', async function () {
      const topic = `arn:aws:sns:eu-west-1:123456789012:alarms-${randomUUID()}`;
      const other = `arn:aws:sns:eu-west-1:123456789012:other-${randomUUID()}`;
      await suite.store().subscriptions.record({ messageId: 'm1', type: 'SubscriptionConfirmation', topicArn: topic, status: 'confirmed' });
      await suite.store().subscriptions.record({ messageId: 'm2', type: 'SubscriptionConfirmation', topicArn: other, status: 'refused', reason: 'no configuration subscribes to this topic' });
      await suite.store().subscriptions.record({ messageId: 'm3', type: 'UnsubscribeConfirmation', topicArn: topic, status: 'recorded' });

      const forTopic = await suite.store().subscriptions.list(topic);
      assert.deepEqual(forTopic.map(({ at: _at, ...record }) => record), [
        { messageId: 'm1', type: 'SubscriptionConfirmation', topicArn: topic, status: 'confirmed' },
        { messageId: 'm3', type: 'UnsubscribeConfirmation', topicArn: topic, status: 'recorded' },
      ]);
      assert.ok(!Number.isNaN(Date.parse(forTopic[0]!.at)));
      const all = await suite.store().subscriptions.list();
      assert.deepEqual(all.filter((r) => r.topicArn === topic || r.topicArn === other).map((r) => r.messageId), ['m1', 'm2', 'm3']);
      assert.equal(all.find((r) => r.topicArn === other)?.reason, 'no configuration subscribes to this topic');
    });
  });
}
