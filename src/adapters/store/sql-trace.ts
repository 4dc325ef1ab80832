import type { NewTraceEntry, TraceEntry, TraceStep, TraceStore } from '../../ports/store.js';
import type { SqlClient, SqlQueryable } from './sql-client.js';
import { storableJson } from './storable.js';
import { toIso } from './sql-values.js';
import { chunks, ROWS_PER_STATEMENT, toNumber, valuesList } from './sql-rows.js';

interface TraceRow {
  seq: number | string;
  message_id: string;
  event_id: string | null;
  step: TraceStep;
  configuration: string | null;
  detail: Record<string, unknown> | null;
  at: Date | string;
}

const CASTS = ['', '', '', '', '::jsonb'];

/** Inserts trace entries in the order given (one statement per thousand entries). */
export async function insertTrace(db: SqlQueryable, entries: readonly NewTraceEntry[]): Promise<void> {
  for (const piece of chunks(entries)) {
    const rows = piece.map((e) => [e.messageId, e.eventId ?? null, e.step, e.configuration ?? null, storableJson(e.detail)]);
    const values = valuesList(rows, CASTS);
    await db.query(`INSERT INTO delivery_trace (message_id, event_id, step, configuration, detail) VALUES ${values.sql}`, values.params);
  }
}

export function createSqlTrace(client: SqlClient): TraceStore {
  return {
    async add(entries) {
      if (entries.length === 0) return;
      // One statement is atomic by itself; more need a transaction.
      if (entries.length <= ROWS_PER_STATEMENT) return insertTrace(client, entries);
      await client.transaction((tx) => insertTrace(tx, entries));
    },
    async find(id) {
      const rows = await client.query<TraceRow>(
        `SELECT seq, message_id, event_id, step, configuration, detail, at FROM delivery_trace
         WHERE message_id = $1 OR event_id = $1 ORDER BY seq`,
        [id],
      );
      return rows.map(fromRow);
    },
  };
}

function fromRow(row: TraceRow): TraceEntry {
  const entry: TraceEntry = { messageId: row.message_id, step: row.step, at: toIso(row.at), seq: toNumber(row.seq) };
  if (row.event_id !== null) entry.eventId = row.event_id;
  if (row.configuration !== null) entry.configuration = row.configuration;
  if (row.detail !== null) entry.detail = row.detail;
  return entry;
}
