import type { ReceiptStore } from '../../ports/receipts.js';
import type { SqlClient } from './sql-client.js';
import { toNumber } from './sql-rows.js';
import { storableParam } from './storable.js';

/**
 * Inbound deliveries already handled (migration 004). `firstTime` is one INSERT … ON CONFLICT DO
 * NOTHING: the primary key decides which of two concurrent callers (in any process) recorded the
 * key. The handling of an inbound event waits on it, so it goes ahead of queued background work
 * (on PGlite's one connection).
 */
export function createSqlReceipts(client: SqlClient): ReceiptStore {
  return {
    async firstTime(key) {
      const rows = await client.urgent.query<{ key: string }>('INSERT INTO inbound_receipts (key) VALUES ($1) ON CONFLICT (key) DO NOTHING RETURNING key', [
        storableParam(key),
      ]);
      return rows.length === 1;
    },

    async prune(before) {
      const rows = await client.query<{ removed: number | string }>(
        `WITH gone AS (DELETE FROM inbound_receipts WHERE seen_at < $1::timestamptz RETURNING 1)
         SELECT count(*) AS removed FROM gone`,
        [before],
      );
      return toNumber(rows[0]?.removed ?? 0);
    },
  };
}
