/** The user-role store (ports/permissions.ts) over SQL: table user_roles, migration 009. */
import type { UserRoleKey, UserRoleRecord, UserRoleStore } from '../../ports/permissions.js';
import type { SqlClient } from './sql-client.js';
import { toIso } from './sql-values.js';
import { storableParam } from './storable.js';

interface UserRoleRow {
  platform: UserRoleRecord['platform'];
  workspace_id: string;
  user_id: string;
  configuration: string;
  account_id: string;
  role_arn: string;
  set_at: Date | string;
}

const KEY = 'platform = $1 AND workspace_id = $2 AND user_id = $3 AND configuration = $4 AND account_id = $5';
const keyParams = (k: UserRoleKey) => [k.platform, k.workspaceId, k.userId, k.configuration, k.accountId].map(storableParam);

/**
 * One role per (platform, workspace, user, configuration, account). A user waits in chat on each
 * of these, so they run on the client's urgent lane.
 */
export function createSqlUserRoles(client: SqlClient): UserRoleStore {
  const db = client.urgent;
  return {
    async get(key) {
      const rows = await db.query<UserRoleRow>(`SELECT * FROM user_roles WHERE ${KEY}`, keyParams(key));
      return rows[0] && fromRow(rows[0]);
    },
    async set(record) {
      await db.query(
        `INSERT INTO user_roles (platform, workspace_id, user_id, configuration, account_id, role_arn, set_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz)
         ON CONFLICT (platform, workspace_id, user_id, configuration, account_id) DO UPDATE SET role_arn = excluded.role_arn, set_at = excluded.set_at`,
        [...keyParams(record), storableParam(record.roleArn), record.setAt],
      );
    },
    async forget(key) {
      const rows = await db.query<{ user_id: string }>(`DELETE FROM user_roles WHERE ${KEY} RETURNING user_id`, keyParams(key));
      return rows.length > 0;
    },
  };
}

function fromRow(row: UserRoleRow): UserRoleRecord {
  return {
    platform: row.platform,
    workspaceId: row.workspace_id,
    userId: row.user_id,
    configuration: row.configuration,
    accountId: row.account_id,
    roleArn: row.role_arn,
    setAt: toIso(row.set_at),
  };
}
