import type { NewTraceEntry, SubscriptionRecord, SubscriptionStore, TraceEntry, TraceStore } from '../../ports/store.js';
import type { MemoryContext } from './memory-context.js';
import { copy } from './memory-context.js';
import { storableCopy } from './storable.js';

export interface MemoryTrace {
  trace: TraceStore;
  /** Adds entries without the closed check: for the inbox's completion, already checked. */
  insert(entries: readonly NewTraceEntry[]): void;
}

export function createMemoryTrace(ctx: MemoryContext): MemoryTrace {
  const entries: TraceEntry[] = [];
  const insert = (added: readonly NewTraceEntry[]) => {
    const at = ctx.clock.now().toISOString();
    for (const entry of added) entries.push({ ...storableCopy(entry), at, seq: entries.length + 1 });
  };
  return {
    insert,
    trace: {
      async add(added) {
        ctx.assertOpen();
        insert(added);
      },
      async find(id) {
        ctx.assertOpen();
        return entries.filter((e) => e.messageId === id || e.eventId === id).map(copy);
      },
    },
  };
}

export function createMemorySubscriptions(ctx: MemoryContext): SubscriptionStore {
  const records: SubscriptionRecord[] = [];
  return {
    async record(entry) {
      ctx.assertOpen();
      records.push({ ...storableCopy(entry), at: ctx.clock.now().toISOString() });
    },
    async list(topicArn) {
      ctx.assertOpen();
      return records.filter((r) => topicArn === undefined || r.topicArn === topicArn).map(copy);
    },
  };
}
