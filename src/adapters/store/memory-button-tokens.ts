/** The button-token store (ports/custom-actions.ts) in memory, for tests and the sandbox; passes the same contract. */
import type { ButtonToken, ButtonTokenStore } from '../../ports/custom-actions.js';
import { duplicateIdError } from './duplicate-id-error.js';
import type { MemoryContext } from './memory-context.js';
import { memoryTimestamp } from './memory-timestamp.js';
import { storableCopy } from './storable.js';

/** One token per id, as the SQL primary key; a put with a clash stores none of its tokens. */
export function createMemoryButtonTokens(ctx: MemoryContext): ButtonTokenStore {
  const tokens = new Map<string, ButtonToken>();
  return {
    async put(batch) {
      ctx.assertOpen();
      const stored = batch.map((token): ButtonToken => {
        const t = storableCopy(token);
        return { ...t, createdAt: memoryTimestamp(t.createdAt), expiresAt: memoryTimestamp(t.expiresAt) };
      });
      const seen = new Set<string>();
      for (const t of stored) {
        if (tokens.has(t.token) || seen.has(t.token)) throw duplicateIdError('button token', t.token);
        seen.add(t.token);
      }
      for (const t of stored) tokens.set(t.token, t);
    },
    async get(token) {
      ctx.assertOpen();
      const found = tokens.get(storableCopy(token));
      return found && storableCopy(found);
    },
    async prune(before) {
      ctx.assertOpen();
      const cutoff = Date.parse(memoryTimestamp(before));
      let removed = 0;
      for (const [id, token] of tokens) {
        if (Date.parse(token.expiresAt) < cutoff) {
          tokens.delete(id);
          removed++;
        }
      }
      return removed;
    },
  };
}
