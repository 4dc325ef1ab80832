import { ChatOpsError } from '../../core/errors.js';
import type { ReceiptStore } from '../../ports/receipts.js';
import type { MemoryContext } from './memory-context.js';
import { storableText } from './storable.js';

/** Inbound receipts in memory: key -> when it was first seen (the context's clock). */
export function createMemoryReceipts(ctx: MemoryContext): ReceiptStore {
  const seen = new Map<string, number>();
  return {
    // Synchronous between the check and the set, so concurrent callers can't both win.
    async firstTime(key) {
      ctx.assertOpen();
      const stored = storableText(key);
      if (seen.has(stored)) return false;
      seen.set(stored, ctx.clock.now().getTime());
      return true;
    },

    async prune(before) {
      ctx.assertOpen();
      const cutoff = Date.parse(before);
      if (Number.isNaN(cutoff)) {
        throw new ChatOpsError('STORE_QUERY_FAILED', `The database refused a query: invalid input syntax for type timestamp with time zone: ${JSON.stringify(before)}.`, {
          nextStep: 'This is probably a bug; the log has the details.',
        });
      }
      let removed = 0;
      for (const [key, at] of seen) {
        if (at < cutoff) {
          seen.delete(key);
          removed++;
        }
      }
      return removed;
    },
  };
}
