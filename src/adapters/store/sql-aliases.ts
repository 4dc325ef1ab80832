/** The alias store (ports/aliases.ts) over SQL: table command_aliases, migration 008. */
import { ChatOpsError } from '../../core/errors.js';
import type { AliasRecord, AliasStore } from '../../ports/aliases.js';
import type { SqlQueryable } from './sql-client.js';
import { toIso } from './sql-values.js';
import { storableParam } from './storable.js';

interface AliasRow {
  channel_key: string;
  name: string;
  command: string;
  created_by: string;
  created_at: Date | string;
}

const COLUMNS = 'channel_key, name, command, created_by, created_at';

/** Command aliases (migration 008): one row per channel and name. */
export function createSqlAliases(db: SqlQueryable): AliasStore {
  return {
    async get(channelKey, name) {
      const rows = await db.query<AliasRow>(`SELECT ${COLUMNS} FROM command_aliases WHERE channel_key = $1 AND name = $2`, [channelKey, name].map(storableParam));
      return rows[0] ? fromRow(rows[0]) : undefined;
    },
    async list(channelKey) {
      const rows = await db.query<AliasRow>(`SELECT ${COLUMNS} FROM command_aliases WHERE channel_key = $1 ORDER BY name COLLATE "C"`, [storableParam(channelKey)]);
      return rows.map(fromRow);
    },
    // One statement: the row goes in only when the name is free and the channel is under the limit.
    async create(alias, limit) {
      const params = [alias.channelKey, alias.name, alias.command, alias.createdBy].map(storableParam);
      const inserted = await db.query<AliasRow>(
        `INSERT INTO command_aliases (channel_key, name, command, created_by)
         SELECT $1, $2, $3, $4 WHERE (SELECT count(*) FROM command_aliases WHERE channel_key = $1) < $5
         ON CONFLICT (channel_key, name) DO NOTHING
         RETURNING ${COLUMNS}`,
        [...params, limit],
      );
      if (inserted[0]) return { status: 'created', alias: fromRow(inserted[0]) };
      const existing = await this.get(alias.channelKey, alias.name);
      if (existing) return { status: 'exists', alias: existing };
      const counted = await db.query<{ count: number | string }>('SELECT count(*) AS count FROM command_aliases WHERE channel_key = $1', [params[0]!]);
      if (!counted[0]) throw new ChatOpsError('STORE_QUERY_FAILED', `The aliases of ${alias.channelKey} could not be counted.`);
      return { status: 'full', count: Number(counted[0].count) };
    },
    async delete(channelKey, name) {
      const rows = await db.query<{ name: string }>('DELETE FROM command_aliases WHERE channel_key = $1 AND name = $2 RETURNING name', [channelKey, name].map(storableParam));
      return rows.length > 0;
    },
  };
}

function fromRow(row: AliasRow): AliasRecord {
  return { channelKey: row.channel_key, name: row.name, command: row.command, createdBy: row.created_by, createdAt: toIso(row.created_at) };
}
