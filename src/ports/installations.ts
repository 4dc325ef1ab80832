/**
 * Chat app installations kept in our store: one row per Slack workspace (or Enterprise Grid
 * organisation, for an org-wide install) that installed the app through the OAuth flow. The
 * tokens are secrets: they never reach a log line, an error or a chat message.
 */
export interface AppInstallation {
  platform: 'slack';
  /** The workspace (team) id, T…; absent for an org-wide install. */
  teamId?: string;
  /** The Enterprise Grid organisation id, E…, when there is one. */
  enterpriseId?: string;
  isEnterpriseInstall: boolean;
  /** The bot user's id (U…) in that workspace, and its token (xoxb-…). */
  botUserId?: string;
  botToken?: string;
  /** The whole installation as the platform SDK gave it (Bolt's `Installation`), secrets included. */
  body: unknown;
  installedAt: string;
  updatedAt: string;
}

/** Which installation: a workspace, or (for an org-wide install) an organisation. */
export interface InstallationKey {
  platform: 'slack';
  teamId?: string;
  enterpriseId?: string;
  isEnterpriseInstall?: boolean;
}

export interface InstallationStore {
  /** Inserts or replaces the installation with the same key. */
  save(installation: Omit<AppInstallation, 'installedAt' | 'updatedAt'>): Promise<AppInstallation>;
  /**
   * The installation for a workspace; for an org-wide install (`isEnterpriseInstall`) the
   * organisation's. A workspace inside an organisation falls back to the organisation's install.
   */
  find(key: InstallationKey): Promise<AppInstallation | undefined>;
  /** Removes the installation(s) of the key; true when something was removed. */
  remove(key: InstallationKey): Promise<boolean>;
  /** Every installation of the platform, oldest first. */
  list(platform: 'slack'): Promise<AppInstallation[]>;
}
