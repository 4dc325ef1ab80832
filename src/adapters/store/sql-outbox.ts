import type { Card } from '../../core/card.js';
import type { Platform } from '../../core/chat-event.js';
import type { NewOutboxMessage, OutboxMessage, OutboxStatus, OutboxStore } from '../../ports/store.js';
import { notFoundError } from './not-found-error.js';
import type { SqlClient, SqlParam, SqlQueryable } from './sql-client.js';
import { chunks, msInterval, ROWS_PER_STATEMENT, toNumber, valuesList } from './sql-rows.js';
import { storableJson, storableParam } from './storable.js';
import { toIso } from './sql-values.js';

interface OutboxRow {
  id: string;
  seq: number | string;
  message_id: string;
  event_id: string;
  configuration: string;
  platform: Platform;
  channel_id: string;
  channel_key: string;
  thread_key: string | null;
  card: Card;
  summary: OutboxMessage['summary'];
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: Date | string;
  last_error: string | null;
  chat_message_id: string | null;
  chat_thread_id: string | null;
  digest_id: string | null;
  sending_since: Date | string | null;
  created_at: Date | string;
  updated_at: Date | string;
}

const COLUMNS =
  'id, seq, message_id, event_id, configuration, platform, channel_id, channel_key, thread_key, card, summary, status, ' +
  'attempts, next_attempt_at, last_error, chat_message_id, chat_thread_id, digest_id, sending_since, created_at, updated_at';
const CASTS = ['', '', '', '', '', '', '', '', '::jsonb', '::jsonb'];

/** Inserts outbox rows in the order given (that order becomes their seq); existing ids are skipped. */
export async function insertOutbox(db: SqlQueryable, messages: readonly NewOutboxMessage[]): Promise<void> {
  for (const piece of chunks(messages)) {
    const rows = piece.map((m) => [
      m.id,
      m.messageId,
      m.eventId,
      m.configuration,
      m.platform,
      m.channelId,
      m.channelKey,
      m.threadKey ?? null,
      storableJson(m.card),
      storableJson(m.summary),
    ]);
    const values = valuesList(rows, CASTS);
    await db.query(
      `INSERT INTO outbox (id, message_id, event_id, configuration, platform, channel_id, channel_key, thread_key, card, summary)
       VALUES ${values.sql} ON CONFLICT (id) DO NOTHING`,
      values.params,
    );
  }
}

/**
 * A channel is due when its first pending row (lowest seq) is due: a row waiting for its retry
 * holds back the rows behind it. `heads` walks the partial index one channel at a time (a loose
 * index scan), so a backlog of many rows in few channels costs a few look-ups, not a sort.
 * The lease is taken in the same statement; ON CONFLICT … WHERE re-checks a lease another owner
 * took meanwhile, so two owners never hold one channel.
 */
const LEASE_CHANNELS = `
WITH RECURSIVE heads AS (
  (SELECT channel_key, next_attempt_at, seq FROM outbox
   WHERE platform = $1 AND status = 'pending' ORDER BY channel_key, seq LIMIT 1)
  UNION ALL
  SELECT n.* FROM heads h, LATERAL (
    SELECT channel_key, next_attempt_at, seq FROM outbox
    WHERE platform = $1 AND status = 'pending' AND channel_key > h.channel_key ORDER BY channel_key, seq LIMIT 1
  ) n
), due AS (
  SELECT h.channel_key FROM heads h
  WHERE h.next_attempt_at <= now()
    AND NOT EXISTS (SELECT 1 FROM channel_leases l WHERE l.channel_key = h.channel_key AND l.owner <> $2 AND l.lease_until > now())
  ORDER BY h.next_attempt_at, h.seq
  LIMIT $3
)
INSERT INTO channel_leases AS l (channel_key, owner, lease_until)
SELECT channel_key, $2, now() + ${msInterval(4)} FROM due
ON CONFLICT (channel_key) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until
WHERE l.lease_until <= now() OR l.owner = excluded.owner
RETURNING l.channel_key`;

export function createSqlOutbox(client: SqlClient): OutboxStore {
  /** Runs an UPDATE on pending row(s); throws when an id names no row at all. */
  async function markPending(ids: readonly string[], set: string, params: readonly SqlParam[]): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    const n = params.length + 1;
    const rows = await client.query<{ id: string }>(
      `WITH wanted AS (SELECT jsonb_array_elements_text($${n}::jsonb) AS id),
            changed AS (UPDATE outbox SET ${set}, updated_at = now() WHERE id IN (SELECT id FROM wanted) AND status = 'pending' RETURNING id)
       SELECT w.id FROM wanted w WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.id = w.id)`,
      [...params.map(storableParam), storableJson(unique)],
    );
    if (rows[0]) throw notFoundError('outbox message', rows[0].id);
  }

  return {
    async add(messages) {
      if (messages.length === 0) return;
      if (messages.length <= ROWS_PER_STATEMENT) return insertOutbox(client, messages);
      await client.transaction((tx) => insertOutbox(tx, messages));
    },

    async leaseChannels(platform, { limit, leaseMs, owner }) {
      if (limit <= 0) return [];
      const rows = await client.query<{ channel_key: string }>(LEASE_CHANNELS, [platform, owner, Math.floor(limit), leaseMs]);
      return rows.map((r) => r.channel_key);
    },

    async renewChannel(channelKey, owner, leaseMs) {
      const rows = await client.query(
        `UPDATE channel_leases SET lease_until = now() + ${msInterval(3)} WHERE channel_key = $1 AND owner = $2 RETURNING channel_key`,
        [channelKey, owner, leaseMs],
      );
      return rows.length > 0;
    },

    async releaseChannel(channelKey, owner) {
      await client.query('DELETE FROM channel_leases WHERE channel_key = $1 AND owner = $2', [channelKey, owner]);
    },

    async pending(channelKey, limit) {
      if (limit <= 0) return [];
      const rows = await client.query<OutboxRow>(
        `SELECT ${COLUMNS} FROM outbox WHERE channel_key = $1 AND status = 'pending' ORDER BY seq LIMIT $2`,
        [channelKey, Math.floor(limit)],
      );
      return rows.map(fromRow);
    },

    async countPending(channelKey) {
      const rows = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE channel_key = $1 AND status = 'pending'`, [channelKey]);
      return rows[0]?.n ?? 0;
    },

    markSending: (id) => markPending([id], 'sending_since = now()', []),

    markSent: (id, chat) =>
      markPending([id], `status = 'sent', attempts = attempts + 1, sending_since = NULL, chat_message_id = $1, chat_thread_id = $2`, [chat.chatMessageId, chat.chatThreadId]),

    markRetry: (id, error, nextAttemptAt) =>
      markPending([id], `attempts = attempts + 1, sending_since = NULL, last_error = $1, next_attempt_at = $2::timestamptz`, [error, nextAttemptAt.toISOString()]),

    markDead: (id, error) => markPending([id], `status = 'dead', attempts = attempts + 1, sending_since = NULL, last_error = $1`, [error]),

    markCoalesced: (ids, digestId) => markPending(ids, `status = 'coalesced', sending_since = NULL, digest_id = $1`, [digestId]),

    async coalesce(ids, digest) {
      const unique = [...new Set(ids)];
      if (unique.length === 0) return [];
      const coalesced = await client.transaction(async (tx) => {
        const rows = await tx.query<{ id: string }>(
          `UPDATE outbox SET status = 'coalesced', digest_id = $1, sending_since = NULL, updated_at = now()
           WHERE id IN (SELECT jsonb_array_elements_text($2::jsonb)) AND status = 'pending' RETURNING id`,
          [storableParam(digest.id), storableJson(unique)],
        );
        // A digest of nothing would only show again what was already shown.
        if (rows.length > 0) await insertOutbox(tx, [digest]);
        return new Set(rows.map((row) => row.id));
      });
      return unique.filter((id) => coalesced.has(id));
    },

    async get(id) {
      const rows = await client.query<OutboxRow>(`SELECT ${COLUMNS} FROM outbox WHERE id = $1`, [id]);
      return rows[0] ? fromRow(rows[0]) : undefined;
    },

    async forMessage(messageId) {
      const rows = await client.query<OutboxRow>(`SELECT ${COLUMNS} FROM outbox WHERE message_id = $1 ORDER BY seq`, [messageId]);
      return rows.map(fromRow);
    },

    async depth() {
      const rows = await client.query<{ status: OutboxStatus; n: number }>('SELECT status, count(*)::int AS n FROM outbox GROUP BY status');
      const depth: Record<OutboxStatus, number> = { pending: 0, sent: 0, dead: 0, coalesced: 0 };
      for (const row of rows) depth[row.status] = row.n;
      return depth;
    },
  };
}

function fromRow(row: OutboxRow): OutboxMessage {
  const message: OutboxMessage = {
    id: row.id,
    messageId: row.message_id,
    eventId: row.event_id,
    configuration: row.configuration,
    platform: row.platform,
    channelId: row.channel_id,
    channelKey: row.channel_key,
    card: row.card,
    summary: row.summary,
    seq: toNumber(row.seq),
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: toIso(row.next_attempt_at),
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
  if (row.thread_key !== null) message.threadKey = row.thread_key;
  if (row.last_error !== null) message.lastError = row.last_error;
  if (row.chat_message_id !== null) message.chatMessageId = row.chat_message_id;
  if (row.chat_thread_id !== null) message.chatThreadId = row.chat_thread_id;
  if (row.digest_id !== null) message.digestId = row.digest_id;
  if (row.sending_since !== null) message.sendingSince = toIso(row.sending_since);
  return message;
}
