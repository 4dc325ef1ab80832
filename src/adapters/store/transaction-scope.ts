import { AsyncLocalStorage } from 'node:async_hooks';
import { ChatOpsError } from '../../core/errors.js';

/**
 * Knows which client's transaction the current async call chain runs in, so that a query sent to
 * the client itself from inside its own transaction fails loudly instead of deadlocking (PGlite)
 * or silently running outside the transaction (PostgreSQL).
 */
export interface TransactionScope {
  run<T>(fn: () => Promise<T>): Promise<T>;
  assertOutside(): void;
}

export function createTransactionScope(): TransactionScope {
  const inside = new AsyncLocalStorage<true>();
  return {
    run: (fn) => inside.run(true, fn),
    assertOutside() {
      if (inside.getStore()) {
        throw new ChatOpsError('STORE_NESTED_QUERY', 'A query was sent outside the transaction it runs in.', {
          nextStep: 'Inside transaction(fn), run queries on the `tx` argument, not on the client.',
        });
      }
    },
  };
}
