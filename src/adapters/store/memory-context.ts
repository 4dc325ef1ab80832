import type { Clock } from '../../ports/clock.js';

/** What the parts of the memory store share: the clock and the closed check. */
export interface MemoryContext {
  clock: Clock;
  /** Throws STORE_CLOSED once the store is closed. */
  assertOpen(): void;
}

/** Values are copied in and out through JSON, as the SQL store's jsonb columns do. */
export function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
