import assert from 'node:assert/strict';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import type { Clock } from '../../../src/ports/clock.js';
import { channelKey, inboxEvent, outboxMessage } from './delivery-contract.js';

/** A clock that moves only when told. */
function manualClock(start = Date.parse('2026-11-23T10:00:00Z')): Clock & { advance(ms: number): void } {
  let now = start;
  return { now: () => new Date(now), advance: (ms) => (now += ms) };
}

describe('memory store timing follows the clock it is given', function () {
  it('keeps a claimed event from other workers until its lease runs out', async function () {
    const clock = manualClock();
    const store = createMemoryStore({ clock });
    const event = inboxEvent();
    await store.inbox.add([event]);
    await store.inbox.claim({ limit: 1, leaseMs: 30_000, owner: 'a' });
    clock.advance(29_999);
    assert.deepEqual(await store.inbox.claim({ limit: 1, leaseMs: 30_000, owner: 'b' }), []);
    clock.advance(1);
    assert.deepEqual((await store.inbox.claim({ limit: 1, leaseMs: 30_000, owner: 'b' })).map((e) => e.messageId), [event.messageId]);
  });

  it('frees a channel lease when it runs out, and offers a retried row when its time comes', async function () {
    const clock = manualClock();
    const store = createMemoryStore({ clock });
    const key = channelKey('teams');
    const row = outboxMessage(key, 0);
    await store.outbox.add([row]);
    assert.deepEqual(await store.outbox.leaseChannels('teams', { limit: 5, leaseMs: 10_000, owner: 'a' }), [key]);
    await store.outbox.markRetry(row.id, 'HTTP 429', new Date(clock.now().getTime() + 60_000));
    clock.advance(59_999);
    assert.deepEqual(await store.outbox.leaseChannels('teams', { limit: 5, leaseMs: 10_000, owner: 'b' }), []);
    clock.advance(1);
    assert.deepEqual(await store.outbox.leaseChannels('teams', { limit: 5, leaseMs: 10_000, owner: 'b' }), [key]);
  });

  it('stamps rows and trace entries with the clock’s time', async function () {
    const clock = manualClock();
    const store = createMemoryStore({ clock });
    const event = inboxEvent();
    await store.inbox.add([event]);
    clock.advance(1_000);
    await store.inbox.complete(event.messageId, { outbox: [outboxMessage(channelKey(), 0, { messageId: event.messageId })], trace: [{ messageId: event.messageId, step: 'routed' }], eventIds: [] });
    const stored = await store.inbox.get(event.messageId);
    assert.deepEqual([stored?.receivedAt, stored?.processedAt], ['2026-11-23T10:00:00.000Z', '2026-11-23T10:00:01.000Z']);
    assert.equal((await store.outbox.forMessage(event.messageId))[0]?.nextAttemptAt, '2026-11-23T10:00:01.000Z');
    assert.equal((await store.trace.find(event.messageId))[0]?.at, '2026-11-23T10:00:01.000Z');
  });
});
