import type { AppInstallation, InstallationKey, InstallationStore } from '../../ports/installations.js';
import { installationNotSaved } from './installation-errors.js';
import type { InstallationFields } from './installation-record.js';
import { installationRecord } from './installation-record.js';
import type { MemoryContext } from './memory-context.js';
import { storableCopy, storableText } from './storable.js';

const text = (value: string | undefined | null): string | null => (value === undefined || value === null ? null : storableText(value));

/** The SQL table's `install_key`: 'team:<id>' or 'enterprise:<id>', null when the id is missing. */
function installKey(key: Pick<InstallationKey, 'teamId' | 'enterpriseId' | 'isEnterpriseInstall'>): string | null {
  if (key.isEnterpriseInstall) return key.enterpriseId === undefined || key.enterpriseId === null ? null : `enterprise:${storableText(key.enterpriseId)}`;
  return key.teamId === undefined || key.teamId === null ? null : `team:${storableText(key.teamId)}`;
}

/** App installations in memory, with the SQL table's key, upsert and lookup rules. */
export function createMemoryInstallations(ctx: MemoryContext): InstallationStore {
  // platform -> install key -> installation; a Map iterates in insertion order (oldest first).
  const rows = new Map<string, Map<string, AppInstallation>>();
  const ofPlatform = (platform: string) => rows.get(platform) ?? rows.set(platform, new Map()).get(platform)!;
  const found = (platform: string, key: string | null) => (key === null ? undefined : rows.get(platform)?.get(key));

  return {
    async save(installation) {
      ctx.assertOpen();
      const key = installKey(installation);
      if (key === null) {
        const column = new Error('null value in column "install_key" of relation "app_installations" violates not-null constraint');
        throw installationNotSaved(installation, Object.assign(column, { code: '23502' }));
      }
      const fields: InstallationFields = {
        platform: installation.platform,
        teamId: text(installation.teamId),
        enterpriseId: text(installation.enterpriseId),
        isEnterpriseInstall: installation.isEnterpriseInstall,
        botUserId: text(installation.botUserId),
        botToken: text(installation.botToken),
        body: storableCopy(installation.body ?? null),
      };
      const table = ofPlatform(installation.platform);
      const now = ctx.clock.now().toISOString();
      const installedAt = table.get(key)?.installedAt ?? now;
      const record = installationRecord(fields, installedAt, now > installedAt ? now : installedAt);
      table.set(key, record);
      return storableCopy(record);
    },

    async find(key) {
      ctx.assertOpen();
      const workspace = key.isEnterpriseInstall ? undefined : found(key.platform, installKey({ teamId: key.teamId }));
      const record = workspace ?? found(key.platform, installKey({ enterpriseId: key.enterpriseId, isEnterpriseInstall: true }));
      return record && storableCopy(record);
    },

    async remove(key) {
      ctx.assertOpen();
      const target = installKey(key);
      return target !== null && (rows.get(key.platform)?.delete(target) ?? false);
    },

    async list(platform) {
      ctx.assertOpen();
      return [...(rows.get(platform)?.values() ?? [])].map(storableCopy);
    },
  };
}
