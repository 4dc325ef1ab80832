import type { InboxAddResult, InboxEvent, InboxKind, InboxStatus, InboxStore, NewInboxEvent } from '../../ports/store.js';
import { notFoundError } from './not-found-error.js';
import type { SqlClient, SqlQueryable } from './sql-client.js';
import { insertOutbox } from './sql-outbox.js';
import { chunks, msInterval, ROWS_PER_STATEMENT, toNumber, valuesList } from './sql-rows.js';
import { insertTrace } from './sql-trace.js';
import { storableJson, storableText } from './storable.js';
import { toIso } from './sql-values.js';

interface InboxRow {
  message_id: string;
  seq: number | string;
  kind: InboxKind;
  topic_arn: string | null;
  body: string;
  configuration: string | null;
  status: InboxStatus;
  attempts: number;
  event_ids: string[];
  last_error: string | null;
  received_at: Date | string;
  processed_at: Date | string | null;
}

const COLUMNS = 'message_id, seq, kind, topic_arn, body, configuration, status, attempts, event_ids, last_error, received_at, processed_at';

/**
 * Pending rows, and processing rows whose lease ran out, oldest first. SKIP LOCKED lets several
 * claimers run at once, each taking other rows; a row another claimer just took is re-checked
 * after its commit (it is processing with a live lease by then) and left out.
 */
const CLAIM = `
WITH picked AS (
  SELECT message_id FROM inbox
  WHERE status = 'pending' OR (status = 'processing' AND lease_until <= now())
  ORDER BY seq
  LIMIT $1
  FOR UPDATE SKIP LOCKED
)
UPDATE inbox i SET status = 'processing', owner = $2, lease_until = now() + ${msInterval(3)}, attempts = i.attempts + 1
FROM picked WHERE i.message_id = picked.message_id
RETURNING ${COLUMNS.split(', ').map((c) => `i.${c}`).join(', ')}`;

/** Rows are inserted sorted by message id, so that concurrent batches lock keys in one order and never deadlock. */
async function insertInbox(db: Pick<SqlQueryable, 'query'>, events: readonly NewInboxEvent[]): Promise<Set<string>> {
  const added = new Set<string>();
  for (const piece of chunks(events)) {
    const values = valuesList(
      piece.map((e) => [e.messageId, e.kind, e.topicArn ?? null, e.body, e.configuration ?? null]),
      [],
    );
    const rows = await db.query<{ message_id: string }>(
      `INSERT INTO inbox (message_id, kind, topic_arn, body, configuration) VALUES ${values.sql}
       ON CONFLICT (message_id) DO NOTHING RETURNING message_id`,
      values.params,
    );
    for (const row of rows) added.add(row.message_id);
  }
  return added;
}

/**
 * The inbox over SQL. `attempts` counts claims: a claim adds one, so an event whose worker died
 * (kill -9) still counts that try; release() does not add another, it only compares the count
 * with maxAttempts. A worker may thus treat a claimed event with attempts > maxAttempts as one
 * that keeps killing its workers, and release it as failed without processing it.
 */
export function createSqlInbox(client: SqlClient): InboxStore {
  async function get(messageId: string): Promise<InboxEvent | undefined> {
    const rows = await client.query<InboxRow>(`SELECT ${COLUMNS} FROM inbox WHERE message_id = $1`, [messageId]);
    return rows[0] ? fromRow(rows[0]) : undefined;
  }

  return {
    get,

    async add(events) {
      if (events.length === 0) return [];
      const ids = events.map((event) => storableText(event.messageId));
      const first = new Map<string, NewInboxEvent>();
      events.forEach((event, i) => {
        if (!first.has(ids[i]!)) first.set(ids[i]!, event);
      });
      const unique = [...first.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, event]) => event);
      const added =
                // The intake answers SNS only after this commit: it goes ahead of background work.
        unique.length <= ROWS_PER_STATEMENT ? await insertInbox(client.urgent, unique) : await client.urgent.transaction((tx) => insertInbox(tx, unique));
      const seen = new Set<string>();
      return ids.map((id): InboxAddResult => {
        const isFirst = !seen.has(id);
        seen.add(id);
        return isFirst && added.has(id) ? 'added' : 'duplicate';
      });
    },

    async claim({ limit, leaseMs, owner }) {
      if (limit <= 0) return [];
      const rows = await client.query<InboxRow>(CLAIM, [Math.floor(limit), owner, leaseMs]);
      // RETURNING follows no particular order.
      return rows.sort((a, b) => toNumber(a.seq) - toNumber(b.seq)).map(fromRow);
    },

    async complete(messageId, result) {
      const eventIds = [...new Set(result.eventIds)];
      await client.transaction(async (tx) => {
        // The row lock taken here makes a second, concurrent completion wait, then find it done.
        const done = await tx.query(
          `UPDATE inbox SET status = 'done', processed_at = now(), owner = NULL, lease_until = NULL,
             event_ids = ARRAY(SELECT jsonb_array_elements_text($2::jsonb))
           WHERE message_id = $1 AND status <> 'done' RETURNING message_id`,
          [messageId, storableJson(eventIds)],
        );
        if (done.length === 0) {
          const exists = await tx.query('SELECT 1 FROM inbox WHERE message_id = $1', [messageId]);
          if (exists.length === 0) throw notFoundError('inbox event', messageId);
          return;
        }
        await insertOutbox(tx, result.outbox);
        await insertTrace(tx, result.trace);
      });
    },

    async completeMany(items) {
      if (items.length === 0) return;
      await client.transaction(async (tx) => {
        const values = items.map((i) => ({ id: i.messageId, ev: [...new Set(i.result.eventIds)] }));
        const done = await tx.query<{ message_id: string }>(
          `UPDATE inbox AS i SET status = 'done', processed_at = now(), owner = NULL, lease_until = NULL,
             event_ids = ARRAY(SELECT jsonb_array_elements_text(v.ev))
           FROM jsonb_to_recordset($1::jsonb) AS v(id text, ev jsonb)
           WHERE i.message_id = v.id AND i.status <> 'done' RETURNING i.message_id`,
          [storableJson(values)],
        );
        const completed = new Set(done.map((r) => r.message_id));
        if (completed.size < new Set(items.map((i) => i.messageId)).size) {
          const known = await tx.query<{ message_id: string }>(`SELECT message_id FROM inbox WHERE message_id IN (SELECT jsonb_array_elements_text($1::jsonb))`, [storableJson(items.map((i) => i.messageId))]);
          const knownIds = new Set(known.map((r) => r.message_id));
          const missing = items.find((i) => !knownIds.has(i.messageId));
          if (missing) throw notFoundError('inbox event', missing.messageId);
        }
        const mine = items.filter((i) => completed.has(i.messageId));
        await insertOutbox(tx, mine.flatMap((i) => i.result.outbox));
        await insertTrace(tx, mine.flatMap((i) => i.result.trace));
      });
    },

    async release(messageId, error, { maxAttempts }) {
      const rows = await client.query<{ status: InboxStatus }>(
        `UPDATE inbox SET status = CASE WHEN attempts >= $3 THEN 'failed' ELSE 'pending' END,
           last_error = $2, owner = NULL, lease_until = NULL
         WHERE message_id = $1 AND status IN ('pending', 'processing') RETURNING status`,
        [messageId, storableText(error), maxAttempts],
      );
      if (rows[0]) return rows[0].status;
      const current = await get(messageId);
      if (!current) throw notFoundError('inbox event', messageId);
      return current.status;
    },

    async find(id) {
      const rows = await client.query<InboxRow>(
        `SELECT ${COLUMNS} FROM inbox WHERE message_id = $1 OR event_ids @> ARRAY[$1::text]
         ORDER BY (message_id = $1) DESC, seq LIMIT 1`,
        [id],
      );
      return rows[0] ? fromRow(rows[0]) : undefined;
    },

    async depth() {
      const rows = await client.query<{ status: InboxStatus; n: number }>('SELECT status, count(*)::int AS n FROM inbox GROUP BY status');
      const depth: Record<InboxStatus, number> = { pending: 0, processing: 0, done: 0, failed: 0 };
      for (const row of rows) depth[row.status] = row.n;
      return depth;
    },
  };
}

function fromRow(row: InboxRow): InboxEvent {
  const event: InboxEvent = {
    messageId: row.message_id,
    kind: row.kind,
    body: row.body,
    status: row.status,
    attempts: row.attempts,
    eventIds: row.event_ids,
    receivedAt: toIso(row.received_at),
  };
  if (row.topic_arn !== null) event.topicArn = row.topic_arn;
  if (row.configuration !== null) event.configuration = row.configuration;
  if (row.processed_at !== null) event.processedAt = toIso(row.processed_at);
  if (row.last_error !== null) event.lastError = row.last_error;
  return event;
}
