import { ChatOpsError } from '../../core/errors.js';
import type { ChannelPreferences, ChannelPreferencesRecord, ChannelPreferenceStore } from '../../ports/store.js';
import type { SqlQueryable } from './sql-client.js';
import { toIso } from './sql-values.js';
import { storableJson, storableParam } from './storable.js';

interface PreferenceRow {
  channel_key: string;
  threading: ChannelPreferences['threading'] | null;
  updated_by: string;
  updated_at: Date | string;
}

const COLUMNS = 'channel_key, threading, updated_by, updated_at';

/** Channel preferences (migration 003): one row per channel, one nullable column per preference. */
export function createSqlPreferences(db: SqlQueryable): ChannelPreferenceStore {
  return {
    async get(channelKey) {
      const rows = await db.query<PreferenceRow>(`SELECT ${COLUMNS} FROM channel_preferences WHERE channel_key = $1`, [storableParam(channelKey)]);
      return rows[0] ? fromRow(rows[0]) : undefined;
    },
    async getMany(channelKeys) {
      if (channelKeys.length === 0) return [];
      const rows = await db.query<PreferenceRow>(
        `SELECT ${COLUMNS} FROM channel_preferences WHERE channel_key IN (SELECT jsonb_array_elements_text($1::jsonb))`,
        [storableJson([...new Set(channelKeys)])],
      );
      return rows.map(fromRow);
    },
    // One statement, so two people changing different preferences at once both keep theirs.
    async set(channelKey, change, by) {
      const rows = await db.query<PreferenceRow>(
        `INSERT INTO channel_preferences (channel_key, threading, updated_by) VALUES ($1, $3, $4)
         ON CONFLICT (channel_key) DO UPDATE SET
           threading = CASE WHEN $2::boolean THEN EXCLUDED.threading ELSE channel_preferences.threading END,
           updated_by = EXCLUDED.updated_by,
           updated_at = now()
         RETURNING ${COLUMNS}`,
        [channelKey, change.threading !== undefined, change.threading ?? null, by].map(storableParam),
      );
      if (!rows[0]) throw new ChatOpsError('STORE_QUERY_FAILED', `The preferences of ${channelKey} were not returned after they were written.`);
      return fromRow(rows[0]);
    },
  };
}

function fromRow(row: PreferenceRow): ChannelPreferencesRecord {
  const preferences: ChannelPreferences = {};
  if (row.threading !== null && row.threading !== undefined) preferences.threading = row.threading;
  return { channelKey: row.channel_key, preferences, updatedBy: row.updated_by, updatedAt: toIso(row.updated_at) };
}
