import type { AppInstallation } from '../../ports/installations.js';

/** The columns of an installation as both stores keep them: absent means SQL NULL. */
export interface InstallationFields {
  platform: 'slack';
  teamId: string | null;
  enterpriseId: string | null;
  isEnterpriseInstall: boolean;
  botUserId: string | null;
  botToken: string | null;
  body: unknown;
}

/**
 * The installation both stores return: optional fields that are NULL are left out (not set to
 * undefined), so a memory record and a SQL row compare equal.
 */
export function installationRecord(fields: InstallationFields, installedAt: string, updatedAt: string): AppInstallation {
  const record: AppInstallation = { platform: fields.platform, isEnterpriseInstall: fields.isEnterpriseInstall, body: fields.body ?? null, installedAt, updatedAt };
  if (fields.teamId !== null) record.teamId = fields.teamId;
  if (fields.enterpriseId !== null) record.enterpriseId = fields.enterpriseId;
  if (fields.botUserId !== null) record.botUserId = fields.botUserId;
  if (fields.botToken !== null) record.botToken = fields.botToken;
  return record;
}
