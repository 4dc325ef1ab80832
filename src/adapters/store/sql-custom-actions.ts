/** The custom-action store (ports/custom-actions.ts) over SQL: table custom_actions, migration 010. */
import type { ActionCriterion, ActionTarget, CustomActionRecord, CustomActionStore } from '../../ports/custom-actions.js';
import { actionNameKey } from './custom-action-name.js';
import type { SqlClient, SqlQueryable } from './sql-client.js';
import { toNumber } from './sql-rows.js';
import { toIso } from './sql-values.js';
import { storableJson, storableParam } from './storable.js';

interface CustomActionRow {
  channel_key: string;
  name: string;
  button_text: string;
  target: ActionTarget;
  criteria: ActionCriterion[];
  created_by: string;
  created_at: Date | string;
  updated_at: Date | string;
}

const COLUMNS = 'channel_key, name, button_text, target, criteria, created_by, created_at, updated_at';

/**
 * Custom actions (migration 010): one row per channel and lower-case name. `put` runs in one
 * transaction holding a per-channel advisory lock, so the limit check and the write can't
 * interleave with another put on any replica: at the limit, of two new actions one gets in.
 * Edits and clicks are someone waiting in chat (urgent lane); `list` runs for every notification
 * and waits its turn.
 */
export function createSqlCustomActions(client: SqlClient): CustomActionStore {
  const db = client.urgent;
  return {
    async get(channelKey, name) {
      const rows = await db.query<CustomActionRow>(`SELECT ${COLUMNS} FROM custom_actions WHERE channel_key = $1 AND name_key = $2`, [
        storableParam(channelKey),
        actionNameKey(name),
      ]);
      return rows[0] && fromRow(rows[0]);
    },
    async list(channelKey) {
      const rows = await client.query<CustomActionRow>(`SELECT ${COLUMNS} FROM custom_actions WHERE channel_key = $1 ORDER BY name_key COLLATE "C", name COLLATE "C"`, [
        storableParam(channelKey),
      ]);
      return rows.map(fromRow);
    },
    put: (action, limit) =>
      db.transaction(async (tx: SqlQueryable) => {
        const channelKey = storableParam(action.channelKey) as string;
        const nameKey = actionNameKey(action.name);
        await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`custom_actions ${channelKey}`]);
        const existing = await tx.query<{ name: string }>('SELECT name FROM custom_actions WHERE channel_key = $1 AND name_key = $2', [channelKey, nameKey]);
        if (!existing[0]) {
          const counted = await tx.query<{ count: number | string }>('SELECT count(*) AS count FROM custom_actions WHERE channel_key = $1', [channelKey]);
          const count = toNumber(counted[0]?.count ?? 0);
          if (count >= limit) return { status: 'full', count } as const;
        }
        const rows = await tx.query<CustomActionRow>(
          `INSERT INTO custom_actions (channel_key, name_key, name, button_text, target, criteria, created_by)
           VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)
           ON CONFLICT (channel_key, name_key) DO UPDATE SET name = excluded.name, button_text = excluded.button_text, target = excluded.target,
             criteria = excluded.criteria, created_by = excluded.created_by, updated_at = greatest(now(), custom_actions.created_at)
           RETURNING ${COLUMNS}`,
          [channelKey, nameKey, storableParam(action.name), storableParam(action.buttonText), storableJson(action.target), storableJson(action.criteria), storableParam(action.createdBy)],
        );
        return { status: existing[0] ? 'replaced' : 'created', action: fromRow(rows[0]!) } as const;
      }),
    async delete(channelKey, name) {
      const rows = await db.query<{ name: string }>('DELETE FROM custom_actions WHERE channel_key = $1 AND name_key = $2 RETURNING name', [
        storableParam(channelKey),
        actionNameKey(name),
      ]);
      return rows.length > 0;
    },
  };
}

function fromRow(row: CustomActionRow): CustomActionRecord {
  return {
    channelKey: row.channel_key,
    name: row.name,
    buttonText: row.button_text,
    target: row.target,
    criteria: row.criteria,
    createdBy: row.created_by,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}
