import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Card } from '../../../src/core/card.js';
import type { InboxEvent, Store } from '../../../src/ports/store.js';
import type { DeliverySuite } from './delivery-contract.js';
import { channelKey, inboxEvent, LIVE, outboxMessage } from './delivery-contract.js';

const nothing = { outbox: [], trace: [], eventIds: [] };

async function claimAll(store: Store, owner: string, limit = 5): Promise<InboxEvent[]> {
  const claimed: InboxEvent[] = [];
  for (;;) {
    const batch = await store.inbox.claim({ limit, leaseMs: LIVE, owner });
    if (batch.length === 0) return claimed;
    claimed.push(...batch);
  }
}

async function rejectsWithCode(promise: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(promise, (e: { code?: string }) => e.code === code);
}

export function inboxContract(suite: DeliverySuite): void {
  describe('inbox', function () {
    it('stores a new event as pending, with nothing tried yet', async function () {
      const event = inboxEvent({ configuration: 'ops' });
      assert.deepEqual(await suite.store().inbox.add([event]), ['added']);
      const stored = await suite.store().inbox.get(event.messageId);
      assert.ok(stored && !Number.isNaN(Date.parse(stored.receivedAt)));
      assert.deepEqual(stored, { ...event, status: 'pending', attempts: 0, eventIds: [], receivedAt: stored.receivedAt });
    });

    it('leaves out the optional fields an event does not have', async function () {
      const event = inboxEvent({ kind: 'raw', topicArn: undefined, body: 'plain text from AWS Budgets' });
      delete event.topicArn;
      await suite.store().inbox.add([event]);
      const stored = await suite.store().inbox.get(event.messageId);
      assert.equal(stored?.kind, 'raw');
      assert.equal(stored?.body, 'plain text from AWS Budgets');
      for (const key of ['topicArn', 'configuration', 'processedAt', 'lastError']) assert.ok(!(key in stored!), key);
    });

    it('reports duplicates within one batch and across batches, and keeps the first body', async function () {
      const [a, b] = [inboxEvent(), inboxEvent()];
      const again = { ...a, body: 'a redelivery' };
      assert.deepEqual(await suite.store().inbox.add([a, b, again]), ['added', 'added', 'duplicate']);
      const c = inboxEvent();
      assert.deepEqual(await suite.replica().inbox.add([b, c, { ...c }, a]), ['duplicate', 'added', 'duplicate', 'duplicate']);
      assert.equal((await suite.store().inbox.get(a.messageId))?.body, a.body);
    });

    it('answers an empty batch with an empty list', async function () {
      assert.deepEqual(await suite.store().inbox.add([]), []);
    });

    it('agrees on one copy when replicas add the same events at once', async function () {
      const events = Array.from({ length: 40 }, () => inboxEvent());
      const shuffled = [...events].reverse();
      const [first, second] = await Promise.all([suite.store().inbox.add(events), suite.replica().inbox.add(shuffled)]);
      const addedBy = (results: string[], batch: typeof events) => batch.filter((_, i) => results[i] === 'added').map((e) => e.messageId);
      const added = [...addedBy(first, events), ...addedBy(second, shuffled)].sort();
      assert.deepEqual(added, events.map((e) => e.messageId).sort());
    });

    it('stores a batch larger than one statement holds, all or nothing', async function () {
      const events = Array.from({ length: 1_500 }, () => inboxEvent({ body: 'small' }));
      const results = await suite.store().inbox.add(events);
      assert.equal(results.filter((r) => r === 'added').length, 1_500);
      assert.equal((await claimAll(suite.store(), 'big', 1_000)).length, 1_500);
    });

    it('keeps an event whose body holds a NUL character, with U+FFFD in its place', async function () {
      const event = inboxEvent({ kind: 'raw', body: 'before\u0000after' });
      assert.deepEqual(await suite.store().inbox.add([event, inboxEvent()]), ['added', 'added']);
      assert.equal((await suite.store().inbox.get(event.messageId))?.body, 'before\uFFFDafter');
    });

    it('claims pending events oldest first, up to the limit, and counts the attempt', async function () {
      const events = Array.from({ length: 5 }, () => inboxEvent());
      for (const event of events) await suite.store().inbox.add([event]);
      const claimed = await suite.store().inbox.claim({ limit: 3, leaseMs: LIVE, owner: 'worker-1' });
      assert.deepEqual(claimed.map((e) => e.messageId), events.slice(0, 3).map((e) => e.messageId));
      assert.deepEqual(claimed.map((e) => [e.status, e.attempts]), Array(3).fill(['processing', 1]));
      assert.equal(claimed[0]?.body, events[0]?.body);
      const rest = await suite.store().inbox.claim({ limit: 10, leaseMs: LIVE, owner: 'worker-2' });
      assert.deepEqual(rest.map((e) => e.messageId), events.slice(3).map((e) => e.messageId));
      assert.deepEqual(await suite.store().inbox.claim({ limit: 10, leaseMs: LIVE, owner: 'worker-3' }), []);
    });

    it('claims nothing with a limit of 0', async function () {
      await suite.store().inbox.add([inboxEvent()]);
      assert.deepEqual(await suite.store().inbox.claim({ limit: 0, leaseMs: LIVE, owner: 'w' }), []);
    });

    it('never hands one event to two claimers running at once, on two replicas', async function () {
      const events = Array.from({ length: 120 }, () => inboxEvent());
      await suite.store().inbox.add(events);
      const claimers = ['a', 'b', 'c'].flatMap((name) => [claimAll(suite.store(), `one-${name}`), claimAll(suite.replica(), `two-${name}`)]);
      const claimed = (await Promise.all(claimers)).flat().map((e) => e.messageId);
      assert.equal(claimed.length, events.length);
      assert.deepEqual([...claimed].sort(), events.map((e) => e.messageId).sort());
    });

    it('gives an event whose lease ran out (its worker died) to the next claimer', async function () {
      const event = inboxEvent();
      await suite.store().inbox.add([event]);
      await suite.store().inbox.claim({ limit: 1, leaseMs: 0, owner: 'died' });
      const [again] = await suite.replica().inbox.claim({ limit: 1, leaseMs: LIVE, owner: 'next' });
      assert.equal(again?.messageId, event.messageId);
      assert.equal(again?.attempts, 2);
    });

    it('completes an event in one step: outbox rows, trace, event ids, done', async function () {
      const event = inboxEvent();
      await suite.store().inbox.add([event]);
      await suite.store().inbox.claim({ limit: 1, leaseMs: LIVE, owner: 'w' });
      const key = channelKey();
      const outbox = [outboxMessage(key, 0, { messageId: event.messageId }), outboxMessage(key, 1, { messageId: event.messageId })];
      const trace = [{ messageId: event.messageId, eventId: 'event-0', step: 'routed' as const, configuration: 'ops', detail: { channel: key } }];
      await suite.store().inbox.complete(event.messageId, { outbox, trace, eventIds: ['event-0', 'event-1', 'event-0'] });

      const done = await suite.store().inbox.get(event.messageId);
      assert.equal(done?.status, 'done');
      assert.deepEqual(done?.eventIds, ['event-0', 'event-1']);
      assert.ok(done?.processedAt && Date.parse(done.processedAt) >= Date.parse(done.receivedAt));
      assert.deepEqual((await suite.store().outbox.forMessage(event.messageId)).map((m) => m.id), outbox.map((m) => m.id));
      assert.deepEqual((await suite.store().trace.find('event-0')).map((t) => t.step), ['routed']);
      assert.deepEqual(await suite.store().inbox.claim({ limit: 10, leaseMs: LIVE, owner: 'w' }), []);
    });

    it('completes a claimed batch in one step, skipping rows already done, and refuses an unknown id whole', async function () {
      const [a, b] = [inboxEvent(), inboxEvent()];
      await suite.store().inbox.add([a, b]);
      await suite.store().inbox.claim({ limit: 2, leaseMs: LIVE, owner: 'w' });
      const key = channelKey();
      const result = (m: string, n: number) => ({ outbox: [outboxMessage(key, n, { messageId: m })], trace: [], eventIds: [`ev-${m}`] });
      await suite.store().inbox.complete(a.messageId, result(a.messageId, 0));
      await suite.store().inbox.completeMany([
        { messageId: a.messageId, result: result(a.messageId, 0) },
        { messageId: b.messageId, result: result(b.messageId, 1) },
      ]);
      assert.equal((await suite.store().inbox.get(b.messageId))?.status, 'done');
      assert.deepEqual((await suite.store().inbox.get(b.messageId))?.eventIds, [`ev-${b.messageId}`]);
      assert.equal((await suite.store().outbox.forMessage(a.messageId)).length, 1);
      assert.equal((await suite.store().outbox.forMessage(b.messageId)).length, 1);
      const c = inboxEvent();
      await suite.store().inbox.add([c]);
      await rejectsWithCode(suite.store().inbox.completeMany([{ messageId: c.messageId, result: result(c.messageId, 2) }, { messageId: `missing-${randomUUID()}`, result: nothing }]), 'STORE_NOT_FOUND');
      assert.equal((await suite.store().inbox.get(c.messageId))?.status, 'pending');
      assert.deepEqual(await suite.store().outbox.forMessage(c.messageId), []);
    });

    it('completes idempotently: a second completion (a worker that lost its lease) adds nothing', async function () {
      const event = inboxEvent();
      await suite.store().inbox.add([event]);
      await suite.store().inbox.claim({ limit: 1, leaseMs: 0, owner: 'slow' });
      await suite.store().inbox.claim({ limit: 1, leaseMs: LIVE, owner: 'fast' });
      const key = channelKey();
      const result = {
        outbox: [outboxMessage(key, 0, { messageId: event.messageId })],
        trace: [{ messageId: event.messageId, step: 'rendered' as const }],
        eventIds: ['e-1'],
      };
      await Promise.all([suite.store().inbox.complete(event.messageId, result), suite.replica().inbox.complete(event.messageId, result)]);
      await suite.store().inbox.complete(event.messageId, result);
      assert.equal((await suite.store().outbox.forMessage(event.messageId)).length, 1);
      assert.equal((await suite.store().trace.find(event.messageId)).length, 1);
    });

    it('skips outbox rows whose id is already stored', async function () {
      const event = inboxEvent();
      await suite.store().inbox.add([event]);
      const row = outboxMessage(channelKey(), 0, { messageId: event.messageId });
      await suite.store().outbox.add([row]);
      await suite.store().inbox.complete(event.messageId, { outbox: [{ ...row, card: { ...row.card, title: 'changed' } }], trace: [], eventIds: [] });
      assert.equal((await suite.store().outbox.get(row.id))?.card.title, row.card.title);
    });

    if (suite.durable) {
      it('completes all or nothing: when one outbox row is refused, no row, trace entry or status change is kept', async function () {
        const event = inboxEvent();
        await suite.store().inbox.add([event]);
        await suite.store().inbox.claim({ limit: 1, leaseMs: LIVE, owner: 'w' });
        const key = channelKey();
        const broken = { ...outboxMessage(key, 1, { messageId: event.messageId }), card: undefined as unknown as Card };
        const result = { outbox: [outboxMessage(key, 0, { messageId: event.messageId }), broken], trace: [{ messageId: event.messageId, step: 'routed' as const }], eventIds: ['e'] };
        await rejectsWithCode(suite.store().inbox.complete(event.messageId, result), 'STORE_QUERY_FAILED');
        const stored = await suite.store().inbox.get(event.messageId);
        assert.deepEqual([stored?.status, stored?.eventIds], ['processing', []]);
        assert.deepEqual(await suite.store().outbox.forMessage(event.messageId), []);
        assert.deepEqual(await suite.store().trace.find(event.messageId), []);
      });
    }

    it('refuses to complete an event it never stored, and writes nothing', async function () {
      const messageId = `missing-${randomUUID()}`;
      const result = { outbox: [outboxMessage(channelKey(), 0, { messageId })], trace: [{ messageId, step: 'routed' as const }], eventIds: [] };
      await rejectsWithCode(suite.store().inbox.complete(messageId, result), 'STORE_NOT_FOUND');
      assert.deepEqual(await suite.store().outbox.forMessage(messageId), []);
      assert.deepEqual(await suite.store().trace.find(messageId), []);
    });

    it('puts a failed event back as pending with the reason, and claims it again', async function () {
      const event = inboxEvent();
      await suite.store().inbox.add([event]);
      await suite.store().inbox.claim({ limit: 1, leaseMs: LIVE, owner: 'w' });
      assert.equal(await suite.store().inbox.release(event.messageId, 'template blew up', { maxAttempts: 3 }), 'pending');
      const stored = await suite.store().inbox.get(event.messageId);
      assert.deepEqual([stored?.status, stored?.attempts, stored?.lastError], ['pending', 1, 'template blew up']);
      const [again] = await suite.store().inbox.claim({ limit: 1, leaseMs: LIVE, owner: 'w' });
      assert.deepEqual([again?.messageId, again?.attempts], [event.messageId, 2]);
    });

    it('marks an event failed once it has been tried maxAttempts times, and never claims it again', async function () {
      const event = inboxEvent();
      await suite.store().inbox.add([event]);
      const statuses: string[] = [];
      for (let i = 0; i < 3; i++) {
        await suite.store().inbox.claim({ limit: 1, leaseMs: LIVE, owner: 'w' });
        statuses.push(await suite.store().inbox.release(event.messageId, `failure ${i + 1}`, { maxAttempts: 3 }));
      }
      assert.deepEqual(statuses, ['pending', 'pending', 'failed']);
      const failed = await suite.store().inbox.get(event.messageId);
      assert.deepEqual([failed?.status, failed?.attempts, failed?.lastError], ['failed', 3, 'failure 3']);
      assert.deepEqual(await suite.store().inbox.claim({ limit: 10, leaseMs: LIVE, owner: 'w' }), []);
    });

    it('counts a try whose worker died, so an event that keeps killing workers fails at its next release', async function () {
      const event = inboxEvent();
      await suite.store().inbox.add([event]);
      for (let i = 0; i < 3; i++) await suite.store().inbox.claim({ limit: 1, leaseMs: 0, owner: `died-${i}` });
      const [again] = await suite.store().inbox.claim({ limit: 1, leaseMs: LIVE, owner: 'next' });
      assert.equal(again?.attempts, 4);
      assert.equal(await suite.store().inbox.release(event.messageId, 'workers died 3 times on it', { maxAttempts: 3 }), 'failed');
    });

    it('leaves a done event done when a late release comes, and refuses an unknown one', async function () {
      const event = inboxEvent();
      await suite.store().inbox.add([event]);
      await suite.store().inbox.complete(event.messageId, { outbox: [], trace: [], eventIds: [] });
      assert.equal(await suite.store().inbox.release(event.messageId, 'too late', { maxAttempts: 3 }), 'done');
      assert.equal((await suite.store().inbox.get(event.messageId))?.lastError, undefined);
      await rejectsWithCode(suite.store().inbox.release(`missing-${randomUUID()}`, 'x', { maxAttempts: 3 }), 'STORE_NOT_FOUND');
    });

    it('finds an event by its MessageId or by any event id found inside', async function () {
      const event = inboxEvent();
      await suite.store().inbox.add([event, inboxEvent()]);
      const eventId = `arn:aws:cloudwatch:eu-west-1:123456789012:alarm:cpu-${randomUUID()}`;
      await suite.store().inbox.complete(event.messageId, { ...nothing, eventIds: [eventId, 'second-id'] });
      for (const id of [event.messageId, eventId, 'second-id']) assert.equal((await suite.store().inbox.find(id))?.messageId, event.messageId, id);
      assert.equal(await suite.store().inbox.find(`unknown-${randomUUID()}`), undefined);
      assert.equal(await suite.store().inbox.get(eventId), undefined);
    });

    it('counts events by status', async function () {
      const before = await suite.store().inbox.depth();
      const events = Array.from({ length: 4 }, () => inboxEvent());
      await suite.store().inbox.add(events);
      const claimed = await suite.store().inbox.claim({ limit: 3, leaseMs: LIVE, owner: 'w' });
      await suite.store().inbox.complete(claimed[0]!.messageId, nothing);
      await suite.store().inbox.release(claimed[1]!.messageId, 'boom', { maxAttempts: 1 });
      const after = await suite.store().inbox.depth();
      assert.deepEqual(after, {
        pending: before.pending + 1,
        processing: before.processing + 1,
        done: before.done + 1,
        failed: before.failed + 1,
      });
    });

    if (suite.durable) {
      it('keeps events, their status and their outbox rows across close and reopen', async function () {
        const event = inboxEvent();
        await suite.store().inbox.add([event]);
        const row = outboxMessage(channelKey(), 0, { messageId: event.messageId });
        await suite.store().inbox.complete(event.messageId, { outbox: [row], trace: [], eventIds: ['kept'] });
        const before = [await suite.store().inbox.get(event.messageId), await suite.store().outbox.get(row.id)];
        const store = await suite.reopen();
        assert.deepEqual([await store.inbox.find('kept'), await store.outbox.get(row.id)], before);
      });
    }
  });
}
