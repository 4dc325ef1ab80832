import type { AuthorizeResult, AuthorizeSourceData } from '@slack/bolt';
import type { Logger as SlackLogger } from '@slack/logger';
import { WebClient } from '@slack/web-api';
import { ChatSendError } from '../../ports/chat.js';
import type { AppInstallation, InstallationStore } from '../../ports/installations.js';
import { installationKey } from './slack-installation-store.js';

/** Resolves the bot token for a workspace (the agreed interface of src/adapters/slack/slack-chat.ts). */
export interface SlackTokens {
  botToken(workspaceId: string | undefined): Promise<string>;
}

export interface StoredSlackTokensOptions {
  installations: InstallationStore;
  /** SLACK_BOT_TOKEN: the one workspace's token (used when no installation matches). */
  singleBotToken?: string;
  /** False when there is no OAuth install flow (SLACK_BOT_TOKEN only): the store is not read. Default true. */
  useInstallations?: boolean;
  apiUrl?: string;
  /** For the Web API client's own lines (bolt-logger.ts). */
  logger?: SlackLogger;
}

/**
 * Tokens from OAuth installations in our store, else SLACK_BOT_TOKEN. Also Bolt's `authorize`:
 * for every incoming request, the bot token and bot user of the workspace it came from.
 */
export class StoredSlackTokens implements SlackTokens {
  readonly #o: StoredSlackTokensOptions;
  #single: Promise<AuthorizeResult> | undefined;

  constructor(options: StoredSlackTokensOptions) {
    this.#o = options;
  }

  async botToken(workspaceId: string | undefined): Promise<string> {
    const installed = await this.#installation(workspaceId);
    if (installed?.botToken) return installed.botToken;
    if (this.#o.singleBotToken) return this.#o.singleBotToken;
    throw new ChatSendError('permanent', 'SLACK_NOT_INSTALLED', workspaceId
      ? `the Slack app is not installed in workspace ${workspaceId}: install it at /slack/install`
      : 'the Slack app is installed in no workspace, or in several and the configuration names none: install it at /slack/install, or set workspaceId on the configuration');
  }

  /** Bolt's authorize function. */
  readonly authorize = async (source: AuthorizeSourceData<boolean>): Promise<AuthorizeResult> => {
    const key = installationKey({ teamId: source.teamId, enterpriseId: source.enterpriseId, isEnterpriseInstall: source.isEnterpriseInstall });
    const installed = this.#o.useInstallations === false ? undefined : await this.#o.installations.find(key);
    if (installed?.botToken) {
      const body = installed.body as { bot?: { id?: string } } | undefined;
      return { botToken: installed.botToken, ...(installed.botUserId ? { botUserId: installed.botUserId } : {}), ...(body?.bot?.id ? { botId: body.bot.id } : {}) };
    }
    if (this.#o.singleBotToken) return this.#singleAuthorization();
    throw new Error(`the Slack app is not installed in ${source.teamId ?? source.enterpriseId ?? 'this workspace'}`);
  };

  /**
   * auth.test once for SLACK_BOT_TOKEN (the bot user id, for mentions and ignoring our own
   * messages). When Slack can't be reached the token is used without it and asked again next time.
   */
  async #singleAuthorization(): Promise<AuthorizeResult> {
    const token = this.#o.singleBotToken!;
    this.#single ??= new WebClient(token, { ...(this.#o.apiUrl ? { slackApiUrl: this.#o.apiUrl } : {}), ...(this.#o.logger ? { logger: this.#o.logger } : {}), retryConfig: { retries: 1 } })
      .auth.test()
      .then((r) => ({ botToken: token, ...(r.user_id ? { botUserId: r.user_id } : {}), ...(r.bot_id ? { botId: r.bot_id } : {}) }));
    try {
      return await this.#single;
    } catch {
      this.#single = undefined;
      return { botToken: token };
    }
  }

  async #installation(workspaceId: string | undefined): Promise<AppInstallation | undefined> {
    const { installations } = this.#o;
    if (this.#o.useInstallations === false) return undefined;
    if (workspaceId) {
      const org = workspaceId.startsWith('E');
      return installations.find(installationKey(org ? { enterpriseId: workspaceId, isEnterpriseInstall: true } : { teamId: workspaceId }));
    }
    if (this.#o.singleBotToken) return undefined;
    const all = await installations.list('slack');
    return all.length === 1 ? all[0] : undefined;
  }
}
