import type { Installation, InstallationQuery, InstallationStore as BoltInstallationStore } from '@slack/oauth';
import { ChatOpsError } from '../../core/errors.js';
import type { InstallationKey, InstallationStore } from '../../ports/installations.js';

/** The key of a Bolt installation query (or of an installation) in our store. */
export function installationKey(q: { teamId?: string; enterpriseId?: string; isEnterpriseInstall?: boolean }): InstallationKey {
  return {
    platform: 'slack',
    ...(q.isEnterpriseInstall ? {} : q.teamId ? { teamId: q.teamId } : {}),
    ...(q.enterpriseId ? { enterpriseId: q.enterpriseId } : {}),
    isEnterpriseInstall: q.isEnterpriseInstall ?? false,
  };
}

/**
 * Bolt's InstallationStore over our store port: the OAuth flow saves installations here, and
 * authorize / SlackTokens read them back. The installation body holds tokens: never logged.
 */
export class SlackInstallationStore implements BoltInstallationStore {
  constructor(private readonly installations: InstallationStore) {}

  async storeInstallation(installation: Installation): Promise<void> {
    const isEnterpriseInstall = installation.isEnterpriseInstall === true;
    await this.installations.save({
      platform: 'slack',
      ...(!isEnterpriseInstall && installation.team?.id ? { teamId: installation.team.id } : {}),
      ...(installation.enterprise?.id ? { enterpriseId: installation.enterprise.id } : {}),
      isEnterpriseInstall,
      ...(installation.bot ? { botUserId: installation.bot.userId, botToken: installation.bot.token } : {}),
      body: installation,
    });
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const found = await this.installations.find(installationKey({ teamId: query.teamId, enterpriseId: query.enterpriseId, isEnterpriseInstall: query.isEnterpriseInstall }));
    if (!found) {
      throw new ChatOpsError('SLACK_NOT_INSTALLED', `The Slack app is not installed in ${query.isEnterpriseInstall ? `organisation ${query.enterpriseId}` : `workspace ${query.teamId}`}.`, {
        nextStep: 'Install it from /slack/install.',
      });
    }
    return found.body as Installation;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    await this.installations.remove(installationKey({ teamId: query.teamId, enterpriseId: query.enterpriseId, isEnterpriseInstall: query.isEnterpriseInstall }));
  }
}
