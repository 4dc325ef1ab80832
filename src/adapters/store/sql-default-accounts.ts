/** The default-account store (ports/permissions.ts) over SQL: table default_accounts, migration 009. */
import type { DefaultAccountKey, DefaultAccountRecord, DefaultAccountStore } from '../../ports/permissions.js';
import type { SqlClient } from './sql-client.js';
import { toNumber } from './sql-rows.js';
import { toIso } from './sql-values.js';
import { storableParam } from './storable.js';

interface DefaultAccountRow {
  platform: DefaultAccountRecord['platform'];
  workspace_id: string;
  channel_id: string;
  user_id: string;
  account_id: string;
  chosen_at: Date | string;
}

const KEY = 'platform = $1 AND workspace_id = $2 AND channel_id = $3 AND user_id = $4';
const keyParams = (k: DefaultAccountKey) => [k.platform, k.workspaceId, k.channelId, k.userId].map(storableParam);

/**
 * One account per (platform, workspace, channel, user). Lookups run on the urgent lane (a user
 * waits in chat); `prune` is housekeeping and waits its turn.
 */
export function createSqlDefaultAccounts(client: SqlClient): DefaultAccountStore {
  const db = client.urgent;
  return {
    async get(key) {
      const rows = await db.query<DefaultAccountRow>(`SELECT * FROM default_accounts WHERE ${KEY}`, keyParams(key));
      return rows[0] && fromRow(rows[0]);
    },
    async set(record) {
      await db.query(
        `INSERT INTO default_accounts (platform, workspace_id, channel_id, user_id, account_id, chosen_at)
         VALUES ($1, $2, $3, $4, $5, $6::timestamptz)
         ON CONFLICT (platform, workspace_id, channel_id, user_id) DO UPDATE SET account_id = excluded.account_id, chosen_at = excluded.chosen_at`,
        [...keyParams(record), storableParam(record.accountId), record.chosenAt],
      );
    },
    async forget(key) {
      const rows = await db.query<{ user_id: string }>(`DELETE FROM default_accounts WHERE ${KEY} RETURNING user_id`, keyParams(key));
      return rows.length > 0;
    },
    async prune(before) {
      const rows = await client.query<{ removed: number | string }>(
        'WITH gone AS (DELETE FROM default_accounts WHERE chosen_at < $1::timestamptz RETURNING 1) SELECT count(*) AS removed FROM gone',
        [before],
      );
      return toNumber(rows[0]?.removed ?? 0);
    },
  };
}

function fromRow(row: DefaultAccountRow): DefaultAccountRecord {
  return {
    platform: row.platform,
    workspaceId: row.workspace_id,
    channelId: row.channel_id,
    userId: row.user_id,
    accountId: row.account_id,
    chosenAt: toIso(row.chosen_at),
  };
}
