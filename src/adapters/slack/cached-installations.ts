import type { AppInstallation, InstallationKey, InstallationStore } from '../../ports/installations.js';

/**
 * Installations as the Slack app reads them on every request (Bolt's `authorize`, before the
 * ack) and every post: found ones are kept for `ttlMs`, so a click is not acked behind a store
 * read. A miss is never kept, so a fresh install answers at once; this process's own saves and
 * removals (OAuth callback, app_uninstalled) clear the cache. Another replica's uninstall shows
 * here within `ttlMs`; until then Slack refuses the revoked token (token_revoked).
 */
export function cachedInstallations(store: InstallationStore, options: { ttlMs?: number; now?: () => number } = {}): InstallationStore {
  const ttlMs = options.ttlMs ?? 60_000;
  const now = options.now ?? Date.now;
  const found = new Map<string, { until: number; installation: AppInstallation }>();
  const keyOf = (k: InstallationKey) => `${k.platform}|${k.teamId ?? ''}|${k.enterpriseId ?? ''}|${k.isEnterpriseInstall ? 1 : 0}`;

  return {
    async find(key) {
      const id = keyOf(key);
      const hit = found.get(id);
      if (hit && hit.until > now()) return hit.installation;
      const installation = await store.find(key);
      if (installation) found.set(id, { until: now() + ttlMs, installation });
      else found.delete(id);
      return installation;
    },
    async save(installation) {
      found.clear();
      return store.save(installation);
    },
    async remove(key) {
      found.clear();
      return store.remove(key);
    },
    list: (platform) => store.list(platform),
  };
}
