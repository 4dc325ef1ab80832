import { randomUUID } from 'node:crypto';
import type { Card } from '../../core/card.js';
import type { NewSandboxMessage, SandboxMessage, SandboxMessagePatch, SandboxMessageStore } from '../../ports/store.js';
import { duplicateIdError } from './duplicate-id-error.js';
import type { SqlParam, SqlQueryable } from './sql-client.js';
import { toIso, toJsonParam } from './sql-values.js';

interface SandboxRow {
  id: string;
  channel_id: string;
  thread_id: string | null;
  sender: string;
  text: string;
  card: Card | null;
  slack: unknown;
  teams: unknown;
  created_at: Date | string;
  updated_at: Date | string;
}

const COLUMNS = 'id, channel_id, thread_id, sender, text, card, slack, teams, created_at, updated_at';

/** Patch field → its column and how its value is bound. Only these names ever reach the SQL text. */
const PATCHABLE: Record<keyof SandboxMessagePatch, { column: string; json: boolean }> = {
  text: { column: 'text', json: false },
  card: { column: 'card', json: true },
  slack: { column: 'slack', json: true },
  teams: { column: 'teams', json: true },
};

export function createSqlSandboxMessages(db: SqlQueryable): SandboxMessageStore {
  async function get(id: string): Promise<SandboxMessage | undefined> {
    const rows = await db.query<SandboxRow>(`SELECT ${COLUMNS} FROM sandbox_messages WHERE id = $1`, [id]);
    return rows[0] ? fromRow(rows[0]) : undefined;
  }

  return {
    get,

    async append(message: NewSandboxMessage) {
      const id = message.id ?? randomUUID();
      const rows = await db.query<SandboxRow>(
        `INSERT INTO sandbox_messages (id, channel_id, thread_id, sender, text, card, slack, teams)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8::jsonb)
         ON CONFLICT (id) DO NOTHING
         RETURNING ${COLUMNS}`,
        [id, message.channelId, message.threadId, message.from, message.text, toJsonParam(message.card), toJsonParam(message.slack), toJsonParam(message.teams)],
      );
      const row = rows[0];
      if (!row) throw duplicateIdError('sandbox message', id);
      return fromRow(row);
    },

    async update(id: string, patch: SandboxMessagePatch) {
      const sets: string[] = [];
      const params: SqlParam[] = [id];
      for (const [field, target] of Object.entries(PATCHABLE) as [keyof SandboxMessagePatch, (typeof PATCHABLE)['text']][]) {
        if (!(field in patch) || patch[field] === undefined) continue;
        params.push(target.json ? toJsonParam(patch[field]) : (patch[field] as string));
        sets.push(`${target.column} = $${params.length}${target.json ? '::jsonb' : ''}`);
      }
      if (sets.length === 0) return get(id);
      const rows = await db.query<SandboxRow>(
        `UPDATE sandbox_messages SET ${sets.join(', ')}, updated_at = greatest(now(), created_at)
         WHERE id = $1 RETURNING ${COLUMNS}`,
        params,
      );
      return rows[0] ? fromRow(rows[0]) : undefined;
    },

    async list(channelId: string) {
      const rows = await db.query<SandboxRow>(`SELECT ${COLUMNS} FROM sandbox_messages WHERE channel_id = $1 ORDER BY seq`, [channelId]);
      return rows.map(fromRow);
    },
  };
}

function fromRow(row: SandboxRow): SandboxMessage {
  return {
    id: row.id,
    channelId: row.channel_id,
    threadId: row.thread_id,
    from: row.sender,
    text: row.text,
    card: row.card,
    slack: row.slack,
    teams: row.teams,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}
