/**
 * Group commit in front of InboxStore.add. Requests that arrive while the store is busy (or
 * within `lingerMs` of an idle start) share one add() call, so one transaction commits many
 * events; each caller still waits for the commit of the batch holding its event, and a failed
 * commit fails every caller in it. At low load an event is committed at once (on the next turn
 * of the event loop); under load batches grow by themselves while the previous commit runs.
 */
import type { InboxAddResult, InboxStore, NewInboxEvent } from '../../ports/store.js';

export interface InboxBatcherOptions {
  /** Most events in one add() call. Default 100. */
  maxBatch?: number;
  /** add() calls running at once. Default 1 (PGlite runs one at a time anyway); 2–4 suit PostgreSQL. */
  maxConcurrent?: number;
  /** Wait this long after the first event reaches an idle batcher before committing. Default 0. */
  lingerMs?: number;
}

export interface InboxBatcher {
  /** Resolves when the event is committed ('added') or was already there ('duplicate'). */
  add(event: NewInboxEvent): Promise<InboxAddResult>;
}

interface Waiter {
  event: NewInboxEvent;
  resolve(result: InboxAddResult): void;
  reject(error: unknown): void;
}

export function createInboxBatcher(inbox: Pick<InboxStore, 'add'>, options: InboxBatcherOptions = {}): InboxBatcher {
  const maxBatch = Math.max(1, options.maxBatch ?? 100);
  const maxConcurrent = Math.max(1, options.maxConcurrent ?? 1);
  const lingerMs = Math.max(0, options.lingerMs ?? 0);
  const queue: Waiter[] = [];
  let inFlight = 0;
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    while (inFlight < maxConcurrent && queue.length > 0) void commit(queue.splice(0, maxBatch));
  };

  const schedule = () => {
    if (scheduled || inFlight >= maxConcurrent) return;
    scheduled = true;
    if (lingerMs > 0) setTimeout(flush, lingerMs);
    else setImmediate(flush);
  };

  const commit = async (batch: Waiter[]) => {
    inFlight++;
    // The same MessageId twice in one batch is stored once; the later copies are duplicates of it.
    const first = new Map<string, number>();
    const events: NewInboxEvent[] = [];
    for (const { event } of batch) {
      if (!first.has(event.messageId)) {
        first.set(event.messageId, events.length);
        events.push(event);
      }
    }
    try {
      const results = await inbox.add(events);
      if (results.length !== events.length) throw new Error(`inbox.add returned ${results.length} results for ${events.length} events`);
      const answered = new Set<string>();
      for (const waiter of batch) {
        const id = waiter.event.messageId;
        waiter.resolve(answered.has(id) ? 'duplicate' : results[first.get(id)!]!);
        answered.add(id);
      }
    } catch (error) {
      for (const waiter of batch) waiter.reject(error);
    } finally {
      inFlight--;
      if (queue.length > 0) flush();
    }
  };

  return {
    add(event) {
      return new Promise<InboxAddResult>((resolve, reject) => {
        queue.push({ event, resolve, reject });
        schedule();
      });
    },
  };
}
