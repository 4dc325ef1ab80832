import type { AppInstallation, InstallationStore } from '../../ports/installations.js';
import { installationNotSaved } from './installation-errors.js';
import { installationRecord } from './installation-record.js';
import type { SqlQueryable } from './sql-client.js';
import { toIso } from './sql-values.js';
import { storableJson, storableParam } from './storable.js';

interface InstallationRow {
  platform: 'slack';
  team_id: string | null;
  enterprise_id: string | null;
  is_enterprise_install: boolean;
  bot_user_id: string | null;
  bot_token: string | null;
  body: unknown;
  installed_at: Date | string;
  updated_at: Date | string;
}

const COLUMNS = 'platform, team_id, enterprise_id, is_enterprise_install, bot_user_id, bot_token, body, installed_at, updated_at';

/**
 * App installations (migration 004). `install_key` is 'team:<team id>' for a workspace install and
 * 'enterprise:<enterprise id>' for an org-wide one; the database derives it, and every lookup and
 * the upsert go through it (the primary key).
 */
export function createSqlInstallations(db: SqlQueryable): InstallationStore {
  return {
    // One statement: two replicas saving the same workspace at once leave one row.
    async save(installation) {
      try {
        const rows = await db.query<InstallationRow>(
          `INSERT INTO app_installations (platform, team_id, enterprise_id, is_enterprise_install, bot_user_id, bot_token, body)
           VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)
           ON CONFLICT (platform, install_key) DO UPDATE SET
             team_id = EXCLUDED.team_id,
             enterprise_id = EXCLUDED.enterprise_id,
             bot_user_id = EXCLUDED.bot_user_id,
             bot_token = EXCLUDED.bot_token,
             body = EXCLUDED.body,
             updated_at = greatest(now(), app_installations.installed_at)
           RETURNING ${COLUMNS}`,
          [
            installation.platform,
            installation.teamId ?? null,
            installation.enterpriseId ?? null,
            installation.isEnterpriseInstall,
            installation.botUserId ?? null,
            installation.botToken ?? null,
            storableJson(installation.body) ?? 'null',
          ].map(storableParam),
        );
        if (!rows[0]) throw new Error('The saved row was not returned.');
        return fromRow(rows[0]);
      } catch (e) {
        throw installationNotSaved(installation, e);
      }
    },

    // The workspace's own install first (is_enterprise_install false sorts first), else its organisation's.
    async find(key) {
      const teamId = key.isEnterpriseInstall ? null : (key.teamId ?? null);
      const rows = await db.query<InstallationRow>(
        `SELECT ${COLUMNS} FROM app_installations
         WHERE platform = $1 AND install_key IN ('team:' || $2::text, 'enterprise:' || $3::text)
         ORDER BY is_enterprise_install LIMIT 1`,
        [key.platform, teamId, key.enterpriseId ?? null].map(storableParam),
      );
      return rows[0] ? fromRow(rows[0]) : undefined;
    },

    async remove(key) {
      const installKey = key.isEnterpriseInstall ? (key.enterpriseId != null ? `enterprise:${key.enterpriseId}` : null) : key.teamId != null ? `team:${key.teamId}` : null;
      if (installKey === null) return false;
      const rows = await db.query<{ install_key: string }>('DELETE FROM app_installations WHERE platform = $1 AND install_key = $2 RETURNING install_key', [
        storableParam(key.platform),
        storableParam(installKey),
      ]);
      return rows.length > 0;
    },

    async list(platform) {
      const rows = await db.query<InstallationRow>(`SELECT ${COLUMNS} FROM app_installations WHERE platform = $1 ORDER BY installed_at, seq`, [storableParam(platform)]);
      return rows.map(fromRow);
    },
  };
}

function fromRow(row: InstallationRow): AppInstallation {
  return installationRecord(
    {
      platform: row.platform,
      teamId: row.team_id,
      enterpriseId: row.enterprise_id,
      isEnterpriseInstall: row.is_enterprise_install,
      botUserId: row.bot_user_id,
      botToken: row.bot_token,
      body: row.body,
    },
    toIso(row.installed_at),
    toIso(row.updated_at),
  );
}
