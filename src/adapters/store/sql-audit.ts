/** The audit store (ports/permissions.ts) over SQL: table audit_log, migration 009. */
import type { AuditEntry, AuditStore } from '../../ports/permissions.js';
import { AUDIT_OPTIONAL, auditEntry, auditLimit } from './audit-columns.js';
import type { SqlClient, SqlParam } from './sql-client.js';
import { toNumber } from './sql-rows.js';
import { toIso } from './sql-values.js';
import { storableParam } from './storable.js';

type AuditRow = Record<string, unknown> & { id: number | string; at: Date | string };

const COLUMNS = ['at', 'kind', 'platform', 'channel_id', 'user_id', 'decision', ...AUDIT_OPTIONAL.map(([, column]) => column)];

/**
 * The audit log: ids from the table's sequence, so they increase on every replica. An entry is
 * written while a user waits in chat, so `append` runs on the urgent lane; `list` (the CLI)
 * waits its turn. A user matches by id, or by name in any case.
 */
export function createSqlAudit(client: SqlClient): AuditStore {
  return {
    async append(entry) {
      const params: SqlParam[] = [entry.at, entry.kind, entry.platform, entry.channelId, entry.userId, entry.decision];
      for (const [field] of AUDIT_OPTIONAL) {
        const value = entry[field];
        params.push(value === undefined || value === null ? null : field === 'durationMs' ? Math.round(value as number) : (value as string));
      }
      const slots = COLUMNS.map((_, i) => `$${i + 1}${i === 0 ? '::timestamptz' : ''}`);
      const rows = await client.urgent.query<AuditRow>(`INSERT INTO audit_log (${COLUMNS.join(', ')}) VALUES (${slots.join(', ')}) RETURNING *`, params.map(storableParam));
      return fromRow(rows[0]!);
    },
    async list(query = {}) {
      const where: string[] = [];
      const params: SqlParam[] = [];
      if (query.since !== undefined) {
        params.push(query.since);
        where.push(`at >= $${params.length}::timestamptz`);
      }
      if (query.user !== undefined) {
        params.push(storableParam(query.user));
        where.push(`(user_id = $${params.length} OR lower(user_name) = lower($${params.length}))`);
      }
      const limit = auditLimit(query);
      if (limit !== undefined) params.push(limit);
      const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const sql =
        limit === undefined
          ? `SELECT * FROM audit_log ${filter} ORDER BY id`
          : `SELECT * FROM (SELECT * FROM audit_log ${filter} ORDER BY id DESC LIMIT $${params.length}) newest ORDER BY id`;
      return (await client.query<AuditRow>(sql, params)).map(fromRow);
    },
  };
}

function fromRow(row: AuditRow): AuditEntry {
  const fields: Record<string, unknown> = {
    at: toIso(row.at),
    kind: row.kind,
    platform: row.platform,
    channelId: row.channel_id,
    userId: row.user_id,
    decision: row.decision,
  };
  for (const [field, column] of AUDIT_OPTIONAL) fields[field] = row[column] ?? undefined;
  return auditEntry(toNumber(row.id), fields as Omit<AuditEntry, 'id'>);
}
