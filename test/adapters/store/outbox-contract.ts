import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Platform } from '../../../src/core/chat-event.js';
import type { DeliverySuite } from './delivery-contract.js';
import { channelKey, LIVE, outboxMessage } from './delivery-contract.js';

const HOUR = 3_600_000;
const inAnHour = () => new Date(Date.now() + HOUR);
const anHourAgo = () => new Date(Date.now() - HOUR);

async function rejectsWithCode(promise: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(promise, (e: { code?: string }) => e.code === code);
}

export function outboxContract(suite: DeliverySuite): void {
  const outbox = () => suite.store().outbox;
  // Owner names are new in every test, so a lease a test leaves behind never counts as another test's.
  let run = '';
  const own = (name: string) => `${name}#${run}`;
  const lease = (platform: Platform, owner: string, limit = 100, leaseMs = LIVE) =>
    outbox().leaseChannels(platform, { limit, leaseMs, owner: own(owner) });

  describe('outbox', function () {
    beforeEach(function () {
      run = randomUUID();
    });

    it('stores a row as pending and due, with its card and summary as given', async function () {
      const row = outboxMessage(channelKey(), 0);
      await outbox().add([row]);
      const stored = await outbox().get(row.id);
      assert.ok(stored);
      assert.deepEqual(stored, { ...row, seq: stored.seq, status: 'pending', attempts: 0, nextAttemptAt: stored.nextAttemptAt, createdAt: stored.createdAt, updatedAt: stored.updatedAt });
      assert.equal(stored.nextAttemptAt, stored.createdAt);
      assert.ok(Number.isInteger(stored.seq));
    });

    it('skips a row whose id is already stored, keeping the first', async function () {
      const row = outboxMessage(channelKey(), 0);
      await outbox().add([row]);
      await outbox().add([{ ...row, summary: { ...row.summary, title: 'second' } }, row]);
      assert.equal((await outbox().get(row.id))?.summary.title, row.summary.title);
      assert.equal(await outbox().countPending(row.channelKey), 1);
    });

    it('leaves out thread key and outcome fields a row does not have', async function () {
      const row = outboxMessage(channelKey(), 0);
      delete row.threadKey;
      await outbox().add([row]);
      const stored = await outbox().get(row.id);
      for (const key of ['threadKey', 'lastError', 'chatMessageId', 'chatThreadId', 'digestId', 'sendingSince']) assert.ok(!(key in stored!), key);
      assert.equal(await outbox().get(`missing-${randomUUID()}`), undefined);
    });

    it('lists a channel’s pending rows in the order they were added, across batches and other channels', async function () {
      const [a, b] = [channelKey(), channelKey()];
      await outbox().add([outboxMessage(a, 0), outboxMessage(b, 0), outboxMessage(a, 1)]);
      await outbox().add([outboxMessage(b, 1), outboxMessage(a, 2)]);
      await outbox().add([outboxMessage(a, 3)]);
      assert.deepEqual((await outbox().pending(a, 10)).map((m) => m.eventId), ['event-0', 'event-1', 'event-2', 'event-3']);
      assert.deepEqual((await outbox().pending(a, 2)).map((m) => m.eventId), ['event-0', 'event-1']);
      assert.deepEqual((await outbox().pending(b, 10)).map((m) => m.eventId), ['event-0', 'event-1']);
      assert.equal(await outbox().countPending(a), 4);
      assert.equal(await outbox().countPending(channelKey()), 0);
      const seqs = (await outbox().pending(a, 10)).map((m) => m.seq);
      assert.deepEqual(seqs, [...seqs].sort((x, y) => x - y));
    });

    it('leases the channels of one platform that have a due row, up to the limit', async function () {
      const [s1, s2, t1] = [channelKey('slack'), channelKey('slack'), channelKey('teams')];
      await outbox().add([outboxMessage(s1, 0), outboxMessage(t1, 0), outboxMessage(s2, 0)]);
      assert.deepEqual(await lease('slack', 'd1', 1), [s1]);
      assert.deepEqual(await lease('slack', 'd2'), [s2]);
      assert.deepEqual(await lease('teams', 'd1'), [t1]);
      assert.deepEqual(await lease('sandbox', 'd1'), []);
      assert.deepEqual(await lease('slack', 'd1', 0), []);
    });

    it('never leases a channel without pending rows', async function () {
      const key = channelKey();
      const row = outboxMessage(key, 0);
      await outbox().add([row]);
      await outbox().markSent(row.id, { chatMessageId: '1', chatThreadId: '1' });
      assert.deepEqual(await lease('slack', 'd1'), []);
    });

    it('never lets two owners hold one channel at once, even when they lease together from two replicas', async function () {
      const keys = Array.from({ length: 12 }, () => channelKey('teams'));
      await outbox().add(keys.flatMap((key) => [outboxMessage(key, 0), outboxMessage(key, 1)]));
      const owners = ['a', 'b', 'c', 'd'];
      for (let round = 0; round < 5; round++) {
        const held = await Promise.all(owners.map((owner, i) => (i % 2 ? suite.replica() : suite.store()).outbox.leaseChannels('teams', { limit: 12, leaseMs: LIVE, owner: own(owner) })));
        const all = held.flat();
        assert.equal(new Set(all).size, all.length, `round ${round}: a channel was leased twice`);
        assert.deepEqual([...all].sort(), [...keys].sort());
        await Promise.all(owners.flatMap((owner, i) => held[i]!.map((key) => outbox().releaseChannel(key, own(owner)))));
      }
    });

    it('keeps a live lease from other owners; its owner may lease again; release or expiry frees it', async function () {
      const [held, expiring] = [channelKey(), channelKey()];
      await outbox().add([outboxMessage(held, 0), outboxMessage(expiring, 0)]);
      assert.deepEqual((await lease('slack', 'a')).sort(), [held, expiring].sort());
      assert.deepEqual(await lease('slack', 'b'), []);
      assert.deepEqual((await lease('slack', 'a')).sort(), [held, expiring].sort());
      await outbox().releaseChannel(held, own('b'));
      assert.deepEqual(await lease('slack', 'b'), [], 'only the owner releases a lease');
      await outbox().releaseChannel(held, own('a'));
      assert.deepEqual(await lease('slack', 'b'), [held]);
      assert.equal(await outbox().renewChannel(expiring, own('a'), 0), true);
      assert.deepEqual(await suite.replica().outbox.leaseChannels('slack', { limit: 10, leaseMs: LIVE, owner: own('c') }), [expiring]);
    });

    it('renews a lease only for its owner', async function () {
      const key = channelKey();
      await outbox().add([outboxMessage(key, 0)]);
      await lease('slack', 'a', 10, 0);
      assert.equal(await outbox().renewChannel(key, own('b'), LIVE), false);
      assert.equal(await outbox().renewChannel(key, own('a'), LIVE), true);
      assert.deepEqual(await lease('slack', 'b'), []);
      assert.equal(await outbox().renewChannel(channelKey(), own('a'), LIVE), false);
    });

    it('marks a sent row with its chat message and thread, counting the try', async function () {
      const key = channelKey();
      const [first, second] = [outboxMessage(key, 0), outboxMessage(key, 1)];
      await outbox().add([first, second]);
      await outbox().markSent(first.id, { chatMessageId: '1700000000.000100', chatThreadId: '1700000000.000100' });
      const sent = await outbox().get(first.id);
      assert.deepEqual([sent?.status, sent?.attempts, sent?.chatMessageId, sent?.chatThreadId], ['sent', 1, '1700000000.000100', '1700000000.000100']);
      assert.ok(Date.parse(sent!.updatedAt) >= Date.parse(sent!.createdAt));
      assert.deepEqual((await outbox().pending(key, 10)).map((m) => m.id), [second.id]);
      assert.equal(await outbox().countPending(key), 1);
    });

    it('holds a retried row, and the rows behind it, until its time comes', async function () {
      const key = channelKey();
      const [first, second] = [outboxMessage(key, 0), outboxMessage(key, 1)];
      await outbox().add([first, second]);
      const retryAt = inAnHour();
      await outbox().markRetry(first.id, 'HTTP 429: retry after 3600 s', retryAt);
      const waiting = await outbox().get(first.id);
      assert.deepEqual([waiting?.status, waiting?.attempts, waiting?.lastError, waiting?.nextAttemptAt], ['pending', 1, 'HTTP 429: retry after 3600 s', retryAt.toISOString()]);
      assert.deepEqual(await lease('slack', 'd'), []);
      assert.deepEqual((await outbox().pending(key, 10)).map((m) => m.id), [first.id, second.id], 'pending lists rows due or not');

      await outbox().markRetry(first.id, 'HTTP 503', anHourAgo());
      assert.deepEqual(await lease('slack', 'd'), [key]);
      assert.equal((await outbox().get(first.id))?.attempts, 2);
    });

    it('leases the channel that has waited longest first', async function () {
      const [late, early] = [channelKey(), channelKey()];
      await outbox().add([outboxMessage(late, 0), outboxMessage(early, 0)]);
      const [lateRow] = await outbox().pending(late, 1);
      await outbox().markRetry(lateRow!.id, 'HTTP 500', new Date(Date.now() - 60_000));
      const [earlyRow] = await outbox().pending(early, 1);
      await outbox().markRetry(earlyRow!.id, 'HTTP 500', new Date(Date.now() - 120_000));
      assert.deepEqual(await lease('slack', 'd', 1), [early]);
    });

    it('dead-letters a row with the reason, and then no longer offers it', async function () {
      const key = channelKey();
      const row = outboxMessage(key, 0);
      await outbox().add([row]);
      await outbox().markDead(row.id, 'channel_not_found');
      const dead = await outbox().get(row.id);
      assert.deepEqual([dead?.status, dead?.lastError, dead?.attempts], ['dead', 'channel_not_found', 1]);
      assert.deepEqual(await outbox().pending(key, 10), []);
      assert.deepEqual(await lease('slack', 'd'), []);
    });

    it('keeps the first outcome: a row already sent is not retried, dead-lettered or coalesced later', async function () {
      const row = outboxMessage(channelKey(), 0);
      await outbox().add([row]);
      await outbox().markSent(row.id, { chatMessageId: 'm1', chatThreadId: 't1' });
      const sent = await outbox().get(row.id);
      await outbox().markRetry(row.id, 'late', inAnHour());
      await outbox().markDead(row.id, 'late');
      await outbox().markCoalesced([row.id], 'digest');
      await outbox().markSending(row.id);
      await outbox().markSent(row.id, { chatMessageId: 'm2', chatThreadId: 't2' });
      assert.deepEqual(await outbox().get(row.id), sent);
    });

    it('refuses to mark a row it never stored', async function () {
      const missing = `missing-${randomUUID()}`;
      await rejectsWithCode(outbox().markSending(missing), 'STORE_NOT_FOUND');
      await rejectsWithCode(outbox().markSent(missing, { chatMessageId: 'm', chatThreadId: 't' }), 'STORE_NOT_FOUND');
      await rejectsWithCode(outbox().markRetry(missing, 'x', inAnHour()), 'STORE_NOT_FOUND');
      await rejectsWithCode(outbox().markDead(missing, 'x'), 'STORE_NOT_FOUND');
      await rejectsWithCode(outbox().markCoalesced([missing], 'd'), 'STORE_NOT_FOUND');
    });

    it('marks a try under way without counting it, and keeps the mark when the row is read again', async function () {
      const key = channelKey();
      const row = outboxMessage(key, 0);
      await outbox().add([row]);
      await outbox().markSending(row.id);
      const sending = await outbox().get(row.id);
      assert.ok(sending?.sendingSince, 'sendingSince is set');
      assert.ok(!Number.isNaN(Date.parse(sending.sendingSince)));
      assert.deepEqual([sending.status, sending.attempts], ['pending', 0]);
      assert.equal((await outbox().pending(key, 10))[0]?.sendingSince, sending.sendingSince, 'a deliverer reading the channel sees the mark');
      assert.equal((await suite.replica().outbox.get(row.id))?.sendingSince, sending.sendingSince, 'and so does another replica');
      assert.deepEqual(await lease('slack', 'd'), [key], 'a row being sent is still offered: its try may have died');
    });

    it('clears the try under way with every outcome: sent, retry, dead-lettered, coalesced', async function () {
      const key = channelKey();
      const rows = Array.from({ length: 5 }, (_, i) => outboxMessage(key, i));
      await outbox().add(rows);
      for (const row of rows) await outbox().markSending(row.id);
      const [sent, retried, dead, coalesced, folded] = rows.map((r) => r.id) as [string, string, string, string, string];
      await outbox().markSent(sent, { chatMessageId: 'm', chatThreadId: 't' });
      await outbox().markRetry(retried, 'HTTP 503', anHourAgo());
      await outbox().markDead(dead, 'channel_not_found');
      await outbox().markCoalesced([coalesced], 'digest');
      await outbox().coalesce([folded], outboxMessage(key, 99, { id: `digest-${randomUUID()}` }));
      for (const id of [sent, retried, dead, coalesced, folded]) {
        const stored = await outbox().get(id);
        assert.ok(stored && !('sendingSince' in stored), `${id} still has sendingSince`);
      }
      assert.equal((await outbox().get(retried))?.attempts, 1, 'the ended try is counted once');
    });

    it('marks rows coalesced into a digest, and then no longer offers them', async function () {
      const key = channelKey();
      const rows = [outboxMessage(key, 0), outboxMessage(key, 1), outboxMessage(key, 2)];
      await outbox().add(rows);
      await outbox().markCoalesced([rows[0]!.id, rows[1]!.id], 'digest-1');
      assert.deepEqual((await outbox().get(rows[0]!.id))?.digestId, 'digest-1');
      assert.deepEqual((await outbox().get(rows[1]!.id))?.status, 'coalesced');
      assert.deepEqual((await outbox().pending(key, 10)).map((m) => m.id), [rows[2]!.id]);
    });

    it('coalesces in one step: the digest goes in behind, and only rows still pending are folded into it', async function () {
      const key = channelKey();
      const rows = [outboxMessage(key, 0), outboxMessage(key, 1), outboxMessage(key, 2)];
      await outbox().add(rows);
      await outbox().markSent(rows[0]!.id, { chatMessageId: 'm', chatThreadId: 't' });
      const digest = outboxMessage(key, 99, { id: `digest-${randomUUID()}` });
      const ids = [...rows.map((r) => r.id), `missing-${randomUUID()}`];
      assert.deepEqual(await outbox().coalesce(ids, digest), [rows[1]!.id, rows[2]!.id]);
      assert.deepEqual((await outbox().pending(key, 10)).map((m) => m.id), [digest.id]);
      assert.equal((await outbox().get(rows[1]!.id))?.digestId, digest.id);
      assert.deepEqual(await outbox().coalesce(ids, digest), [], 'a second call finds nothing left to fold');
      assert.equal(await outbox().countPending(key), 1);
    });

    it('adds no digest when nothing was left to fold into it', async function () {
      const key = channelKey();
      const row = outboxMessage(key, 0);
      await outbox().add([row]);
      await outbox().markSent(row.id, { chatMessageId: 'm', chatThreadId: 't' });
      const digest = outboxMessage(key, 99, { id: `digest-${randomUUID()}` });
      assert.deepEqual(await outbox().coalesce([row.id], digest), []);
      assert.equal(await outbox().get(digest.id), undefined);
    });

    it('lists every row of one inbox message, in order', async function () {
      const messageId = `m-${randomUUID()}`;
      const rows = [outboxMessage(channelKey(), 0, { messageId }), outboxMessage(channelKey('teams'), 1, { messageId })];
      await outbox().add([...rows, outboxMessage(channelKey(), 2)]);
      await outbox().markSent(rows[0]!.id, { chatMessageId: 'm', chatThreadId: 't' });
      assert.deepEqual((await outbox().forMessage(messageId)).map((m) => [m.id, m.status]), [[rows[0]!.id, 'sent'], [rows[1]!.id, 'pending']]);
      assert.deepEqual(await outbox().forMessage(`missing-${randomUUID()}`), []);
    });

    it('counts rows by status', async function () {
      const before = await outbox().depth();
      const key = channelKey();
      const rows = Array.from({ length: 5 }, (_, i) => outboxMessage(key, i));
      await outbox().add(rows);
      await outbox().markSent(rows[0]!.id, { chatMessageId: 'm', chatThreadId: 't' });
      await outbox().markDead(rows[1]!.id, 'x');
      await outbox().markCoalesced([rows[2]!.id], 'd');
      assert.deepEqual(await outbox().depth(), {
        pending: before.pending + 2,
        sent: before.sent + 1,
        dead: before.dead + 1,
        coalesced: before.coalesced + 1,
      });
    });
  });
}
