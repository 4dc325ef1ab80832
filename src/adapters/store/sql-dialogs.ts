import type { Dialog, DialogStore } from '../../ports/dialogs.js';
import type { SqlClient, SqlQueryable } from './sql-client.js';
import { toNumber } from './sql-rows.js';
import { storableJson, storableParam } from './storable.js';

const OPEN = `phase IN ('asking', 'confirming')`;
const PLACE = 'platform = $1 AND workspace_id = $2 AND channel_id = $3 AND thread_id = $4';

/** The columns that place a dialog, '' standing for "none". */
function placeParams(d: Pick<Dialog, 'owner' | 'where'>): string[] {
  return [d.owner.platform, d.owner.workspaceId ?? '', d.where.channelId, d.where.threadId ?? ''].map((v) => storableParam(v) as string);
}

/**
 * Dialogs (migration 007): the dialog as one jsonb document plus the columns queries need.
 * `update` is a compare-and-set on `version`, so a double click on Run completes once, on any
 * replica. Dialog work is someone waiting in chat, so it runs on the client's urgent lane.
 */
export function createSqlDialogs(client: SqlClient): DialogStore {
  const db = client.urgent;
  const startOnce = (dialog: Dialog) =>
    db.transaction(async (tx: SqlQueryable) => {
      const place = placeParams(dialog);
      const ended = await tx.query<{ dialog: Dialog }>(
        `UPDATE dialogs SET phase = 'cancelled', version = version + 1,
           dialog = dialog || jsonb_build_object('phase', 'cancelled', 'version', version + 1, 'updatedAt', $6::text)
         WHERE ${PLACE} AND user_id = $5 AND ${OPEN} RETURNING dialog`,
        [...place, storableParam(dialog.owner.userId), dialog.createdAt],
      );
      await tx.query(
        `INSERT INTO dialogs (id, platform, workspace_id, channel_id, thread_id, user_id, phase, version, dialog, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8::jsonb, $9::timestamptz, $10::timestamptz)`,
        [storableParam(dialog.id), ...place, storableParam(dialog.owner.userId), dialog.phase, storableJson({ ...dialog, version: 1 }), dialog.createdAt, dialog.expiresAt],
      );
      return { replaced: ended.map((row) => row.dialog) };
    });

  return {
    async start(dialog) {
      try {
        return await startOnce(dialog);
      } catch (e) {
        // The same owner started another dialog in the same place at the same moment: the later one wins.
        if (!isUniqueViolation(e)) throw e;
        return startOnce(dialog);
      }
    },
    async get(id) {
      const rows = await db.query<{ dialog: Dialog }>('SELECT dialog FROM dialogs WHERE id = $1', [storableParam(id)]);
      return rows[0]?.dialog;
    },
    async findOpen(owner, where) {
      const rows = await db.query<{ dialog: Dialog }>(`SELECT dialog FROM dialogs WHERE ${PLACE} AND user_id = $5 AND ${OPEN}`, [
        ...placeParams({ owner, where }),
        storableParam(owner.userId),
      ]);
      return rows[0]?.dialog;
    },
    async listOpen(platform, workspaceId, where) {
      const rows = await db.query<{ dialog: Dialog }>(`SELECT dialog FROM dialogs WHERE ${PLACE} AND ${OPEN} ORDER BY created_at, id`, [
        ...placeParams({ owner: { platform, workspaceId, userId: '' }, where }),
      ]);
      return rows.map((row) => row.dialog);
    },
    async update(next, expectedVersion) {
      const rows = await db.query<{ dialog: Dialog }>(
        `UPDATE dialogs SET phase = $3, version = version + 1, expires_at = $4::timestamptz,
           dialog = $5::jsonb || jsonb_build_object('id', id, 'kind', dialog->'kind', 'owner', dialog->'owner', 'where', dialog->'where',
                                                    'createdAt', dialog->'createdAt', 'version', version + 1)
         WHERE id = $1 AND version = $2 RETURNING dialog`,
        [storableParam(next.id), expectedVersion, next.phase, next.expiresAt, storableJson(next)],
      );
      return rows[0]?.dialog;
    },
    async prune(before) {
      const rows = await db.query<{ removed: number | string }>(
        'WITH gone AS (DELETE FROM dialogs WHERE expires_at < $1::timestamptz RETURNING 1) SELECT count(*) AS removed FROM gone',
        [before],
      );
      return toNumber(rows[0]?.removed ?? 0);
    },
  };
}

function isUniqueViolation(e: unknown): boolean {
  const codeOf = (x: unknown) => (x as { code?: unknown } | null)?.code;
  return codeOf(e) === '23505' || codeOf((e as { cause?: unknown } | null)?.cause) === '23505';
}
