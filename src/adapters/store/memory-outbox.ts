import type { NewOutboxMessage, OutboxMessage, OutboxStatus, OutboxStore } from '../../ports/store.js';
import type { MemoryContext } from './memory-context.js';
import { copy } from './memory-context.js';
import { storableCopy, storableText } from './storable.js';
import { notFoundError } from './not-found-error.js';

export interface MemoryOutbox {
  outbox: OutboxStore;
  /** Adds rows without the closed check: for the inbox's completion, already checked. */
  insert(messages: readonly NewOutboxMessage[]): void;
}

/** The memory twin of sql-outbox.ts: same rules, same order, leases timed by the context's clock. */
export function createMemoryOutbox(ctx: MemoryContext): MemoryOutbox {
  const rows = new Map<string, OutboxMessage>();
  const leases = new Map<string, { owner: string; until: number }>();
  let seq = 0;
  const nowMs = () => ctx.clock.now().getTime();
  const nowIso = () => ctx.clock.now().toISOString();

  function insert(messages: readonly NewOutboxMessage[]): void {
    const at = nowIso();
    for (const message of messages) {
      const stored: OutboxMessage = { ...storableCopy(message), seq: 0, status: 'pending', attempts: 0, nextAttemptAt: at, createdAt: at, updatedAt: at };
      if (rows.has(stored.id)) continue;
      stored.seq = ++seq;
      rows.set(stored.id, stored);
    }
  }

  /** Applies `change` to each pending row named; other rows stay as they are. Unknown ids throw. */
  function markPending(ids: readonly string[], change: (row: OutboxMessage) => void): void {
    ctx.assertOpen();
    for (const id of ids) if (!rows.has(id)) throw notFoundError('outbox message', id);
    for (const id of ids) {
      const row = rows.get(id)!;
      if (row.status !== 'pending') continue;
      change(row);
      row.updatedAt = nowIso();
    }
  }

  /** An outcome of a try (sent, retry, dead, coalesced): the try is no longer under way. */
  function endTry(ids: readonly string[], change: (row: OutboxMessage) => void): void {
    markPending(ids, (row) => {
      change(row);
      delete row.sendingSince;
    });
  }

  /** The first pending row of each channel of `platform`, in seq order (a Map keeps insertion order). */
  function heads(platform: string): OutboxMessage[] {
    const first = new Map<string, OutboxMessage>();
    for (const row of rows.values()) {
      if (row.platform === platform && row.status === 'pending' && !first.has(row.channelKey)) first.set(row.channelKey, row);
    }
    return [...first.values()];
  }

  const outbox: OutboxStore = {
    async add(messages) {
      ctx.assertOpen();
      insert(messages);
    },

    async leaseChannels(platform, { limit, leaseMs, owner }) {
      ctx.assertOpen();
      const now = nowMs();
      const free = (key: string) => {
        const lease = leases.get(key);
        return !lease || lease.until <= now || lease.owner === owner;
      };
      const due = heads(platform)
        .filter((head) => Date.parse(head.nextAttemptAt) <= now && free(head.channelKey))
        .sort((a, b) => Date.parse(a.nextAttemptAt) - Date.parse(b.nextAttemptAt) || a.seq - b.seq)
        .slice(0, Math.max(0, Math.floor(limit)));
      for (const head of due) leases.set(head.channelKey, { owner, until: now + leaseMs });
      return due.map((head) => head.channelKey);
    },

    async renewChannel(channelKey, owner, leaseMs) {
      ctx.assertOpen();
      const lease = leases.get(channelKey);
      if (!lease || lease.owner !== owner) return false;
      lease.until = nowMs() + leaseMs;
      return true;
    },

    async releaseChannel(channelKey, owner) {
      ctx.assertOpen();
      if (leases.get(channelKey)?.owner === owner) leases.delete(channelKey);
    },

    async pending(channelKey, limit) {
      ctx.assertOpen();
      return [...rows.values()]
        .filter((row) => row.channelKey === channelKey && row.status === 'pending')
        .slice(0, Math.max(0, Math.floor(limit)))
        .map(copy);
    },

    async countPending(channelKey) {
      ctx.assertOpen();
      return [...rows.values()].filter((row) => row.channelKey === channelKey && row.status === 'pending').length;
    },

    async markSending(id) {
      markPending([id], (row) => {
        row.sendingSince = nowIso();
      });
    },

    async markSent(id, chat) {
      endTry([id], (row) => {
        row.status = 'sent';
        row.attempts += 1;
        row.chatMessageId = storableText(chat.chatMessageId);
        row.chatThreadId = storableText(chat.chatThreadId);
      });
    },

    async markRetry(id, error, nextAttemptAt) {
      endTry([id], (row) => {
        row.attempts += 1;
        row.lastError = storableText(error);
        row.nextAttemptAt = nextAttemptAt.toISOString();
      });
    },

    async markDead(id, error) {
      endTry([id], (row) => {
        row.status = 'dead';
        row.attempts += 1;
        row.lastError = storableText(error);
      });
    },

    async markCoalesced(ids, digestId) {
      endTry(ids, (row) => {
        row.status = 'coalesced';
        row.digestId = storableText(digestId);
      });
    },

    async coalesce(ids, digest) {
      ctx.assertOpen();
      const coalesced = [...new Set(ids)].filter((id) => rows.get(id)?.status === 'pending');
      endTry(coalesced, (row) => {
        row.status = 'coalesced';
        row.digestId = storableText(digest.id);
      });
      if (coalesced.length > 0) insert([digest]);
      return coalesced;
    },

    async get(id) {
      ctx.assertOpen();
      const row = rows.get(id);
      return row && copy(row);
    },

    async forMessage(messageId) {
      ctx.assertOpen();
      return [...rows.values()].filter((row) => row.messageId === messageId).map(copy);
    },

    async depth() {
      ctx.assertOpen();
      const depth: Record<OutboxStatus, number> = { pending: 0, sent: 0, dead: 0, coalesced: 0 };
      for (const row of rows.values()) depth[row.status] += 1;
      return depth;
    },
  };
  return { outbox, insert };
}
