import type { InboxEvent, InboxStatus, InboxStore } from '../../ports/store.js';
import type { MemoryContext } from './memory-context.js';
import { copy } from './memory-context.js';
import { storableCopy, storableText } from './storable.js';
import type { MemoryOutbox } from './memory-outbox.js';
import type { MemoryTrace } from './memory-trace.js';
import { notFoundError } from './not-found-error.js';

interface Row {
  event: InboxEvent;
  owner?: string;
  leaseUntil?: number;
}

/**
 * The memory twin of sql-inbox.ts (attempts are counted on claim, as there). Every method runs
 * without awaiting in between, so each is atomic.
 */
export function createMemoryInbox(ctx: MemoryContext, outbox: MemoryOutbox, trace: MemoryTrace): InboxStore {
  // A Map iterates in insertion order: oldest first, like seq.
  const rows = new Map<string, Row>();
  const nowMs = () => ctx.clock.now().getTime();

  function row(messageId: string): Row {
    const found = rows.get(messageId);
    if (!found) throw notFoundError('inbox event', messageId);
    return found;
  }

  return {
    async add(events) {
      ctx.assertOpen();
      const receivedAt = ctx.clock.now().toISOString();
      return events.map((event) => {
        const stored: InboxEvent = { ...storableCopy(event), status: 'pending', attempts: 0, receivedAt, eventIds: [] };
        if (rows.has(stored.messageId)) return 'duplicate';
        rows.set(stored.messageId, { event: stored });
        return 'added';
      });
    },

    async claim({ limit, leaseMs, owner }) {
      ctx.assertOpen();
      const now = nowMs();
      const claimed: InboxEvent[] = [];
      for (const current of rows.values()) {
        if (claimed.length >= Math.floor(limit)) break;
        const { event } = current;
        const claimable = event.status === 'pending' || (event.status === 'processing' && (current.leaseUntil ?? 0) <= now);
        if (!claimable) continue;
        event.status = 'processing';
        event.attempts += 1;
        current.owner = owner;
        current.leaseUntil = now + leaseMs;
        claimed.push(copy(event));
      }
      return claimed;
    },

    async completeMany(items) {
      ctx.assertOpen();
      for (const { messageId } of items) row(messageId); // unknown ids fail before anything is written
      for (const { messageId, result } of items) await this.complete(messageId, result);
    },

    async complete(messageId, result) {
      ctx.assertOpen();
      const current = row(messageId);
      if (current.event.status === 'done') return;
      outbox.insert(result.outbox);
      trace.insert(result.trace);
      current.event.status = 'done';
      current.event.processedAt = ctx.clock.now().toISOString();
      current.event.eventIds = [...new Set(result.eventIds.map(storableText))];
      delete current.owner;
      delete current.leaseUntil;
    },

    async release(messageId, error, { maxAttempts }) {
      ctx.assertOpen();
      const current = row(messageId);
      const { event } = current;
      if (event.status !== 'pending' && event.status !== 'processing') return event.status;
      event.status = event.attempts >= maxAttempts ? 'failed' : 'pending';
      event.lastError = storableText(error);
      delete current.owner;
      delete current.leaseUntil;
      return event.status;
    },

    async get(messageId) {
      ctx.assertOpen();
      const found = rows.get(messageId);
      return found && copy(found.event);
    },

    async find(id) {
      ctx.assertOpen();
      const found = rows.get(id) ?? [...rows.values()].find((r) => r.event.eventIds.includes(id));
      return found && copy(found.event);
    },

    async depth() {
      ctx.assertOpen();
      const depth: Record<InboxStatus, number> = { pending: 0, processing: 0, done: 0, failed: 0 };
      for (const { event } of rows.values()) depth[event.status] += 1;
      return depth;
    },
  };
}
