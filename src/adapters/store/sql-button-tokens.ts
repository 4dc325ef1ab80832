/** The button-token store (ports/custom-actions.ts) over SQL: table button_tokens, migration 010. */
import type { ButtonToken, ButtonTokenStore } from '../../ports/custom-actions.js';
import { duplicateIdError } from './duplicate-id-error.js';
import type { SqlClient, SqlQueryable } from './sql-client.js';
import { chunks, toNumber, valuesList } from './sql-rows.js';
import { toIso } from './sql-values.js';
import { storableJson, storableParam } from './storable.js';

interface ButtonTokenRow {
  token: string;
  platform: ButtonToken['platform'];
  channel_key: string;
  notification_id: string;
  action: ButtonToken['action'];
  variables: Record<string, string>;
  created_at: Date | string;
  expires_at: Date | string;
}

const COLUMNS = 'token, platform, channel_key, notification_id, action, variables, created_at, expires_at';
const CASTS = ['', '', '', '', '::jsonb', '::jsonb', '::timestamptz', '::timestamptz'];

/**
 * Button tokens (migration 010), one row per token. `put` stores a notification's tokens in one
 * transaction: a clash stores none of them. A click waits on `get` (urgent lane); making cards
 * and pruning are background work.
 */
export function createSqlButtonTokens(client: SqlClient): ButtonTokenStore {
  return {
    async put(tokens) {
      if (tokens.length === 0) return;
      await client.transaction(async (tx: SqlQueryable) => {
        for (const piece of chunks(tokens)) {
          const values = valuesList(
            piece.map((t) => [t.token, t.platform, t.channelKey, t.notificationId, storableJson(t.action), storableJson(t.variables), t.createdAt, t.expiresAt]),
            CASTS,
          );
          const rows = await tx.query<{ token: string }>(`INSERT INTO button_tokens (${COLUMNS}) VALUES ${values.sql} ON CONFLICT (token) DO NOTHING RETURNING token`, values.params);
          if (rows.length < piece.length) throw duplicateIdError('button token', firstClash(piece, rows));
        }
      });
    },
    async get(token) {
      const rows = await client.urgent.query<ButtonTokenRow>(`SELECT ${COLUMNS} FROM button_tokens WHERE token = $1`, [storableParam(token)]);
      return rows[0] && fromRow(rows[0]);
    },
    async prune(before) {
      const rows = await client.query<{ removed: number | string }>(
        'WITH gone AS (DELETE FROM button_tokens WHERE expires_at < $1::timestamptz RETURNING 1) SELECT count(*) AS removed FROM gone',
        [before],
      );
      return toNumber(rows[0]?.removed ?? 0);
    },
  };
}

/** The first token of `piece` that was not inserted: taken already, or twice in the piece. */
function firstClash(piece: readonly ButtonToken[], inserted: readonly { token: string }[]): string {
  const left = new Set(inserted.map((row) => row.token));
  const clash = piece.find((t) => !left.delete(storableParam(t.token) as string));
  return clash?.token ?? piece[0]!.token;
}

function fromRow(row: ButtonTokenRow): ButtonToken {
  return {
    token: row.token,
    platform: row.platform,
    channelKey: row.channel_key,
    notificationId: row.notification_id,
    action: row.action,
    variables: row.variables,
    createdAt: toIso(row.created_at),
    expiresAt: toIso(row.expires_at),
  };
}
