/**
 * The Slack app: a Bolt App whose receiver is either our HTTP receiver (mounted on our Express
 * server at POST /slack/events) or Bolt's SocketModeReceiver (SLACK_APP_TOKEN set), plus the
 * OAuth routes when SLACK_CLIENT_ID/SECRET are set, and the SlackChat that posts for the
 * deliverer and the handlers. src/main.ts builds one with `createSlackApp`.
 */
import type { IRouter } from 'express';
import { App, SocketModeReceiver } from '@slack/bolt';
import type { Receiver } from '@slack/bolt';
import type { SlackEnv } from '../../config/env.js';
import type { ChannelConfiguration } from '../../config/schema.js';
import { ChatOpsError, isChatOpsError } from '../../core/errors.js';
import type { Clock } from '../../ports/clock.js';
import type { Logger } from '../../ports/logger.js';
import type { ChannelPreferenceStore } from '../../ports/preferences.js';
import type { Store } from '../../ports/store.js';
import { boltLogger } from './bolt-logger.js';
import { SlackChat } from './slack-chat.js';
import type { SlackAnswerChat } from './slack-handlers.js';
import { slackHandlers } from './slack-handlers.js';
import { SlackHttpReceiver } from './slack-http-receiver.js';
import { slackInbound } from './slack-inbound.js';
import { SlackInstallationStore } from './slack-installation-store.js';
import { mountSlackOAuth } from './slack-oauth-routes.js';
import { SLACK_REDIRECT_PATH } from './slack-surface.js';
import { StoredSlackTokens } from './slack-tokens.js';
import type { Metrics } from '../../ports/metrics.js';
import type { CommandDeps } from '../../commands/command-deps.js';
import { cachedInstallations } from './cached-installations.js';

export interface SlackAppOptions {
  slack: SlackEnv;
  /** The command engine, dialogs and aliases. */
  commands?: CommandDeps;
  /** server.publicUrl: the OAuth redirect URL is built from it. */
  publicUrl?: string;
  store: Pick<Store, 'installations' | 'receipts'>;
  configurations: readonly ChannelConfiguration[];
  preferences: ChannelPreferenceStore;
  /** Ack latency (chatops_chat_ack_seconds). */
  metrics?: Metrics;
  logger: Logger;
  clock: Clock;
  /** Tests: answer through another chat than the real SlackChat. */
  chat?: SlackAnswerChat;
}

export interface SlackApp {
  readonly mode: 'http' | 'socket';
  /** What posts to Slack: the outbox deliverer's ChatPort for platform slack. */
  readonly chat: SlackAnswerChat;
  readonly tokens: StoredSlackTokens;
  readonly bolt: App;
  /** Adds POST /slack/events (HTTP mode) and /slack/install, /slack/oauth_redirect (OAuth). */
  mount(router: IRouter): void;
  /** Socket Mode: connects (apps.connections.open, then the WebSocket). HTTP mode: nothing. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createSlackApp(options: SlackAppOptions): SlackApp {
  const { slack, logger, store } = options;
  const mode = slack.appToken ? 'socket' : 'http';
  const apiUrl = slack.apiUrl;
  const clientOptions = { ...(apiUrl ? { slackApiUrl: apiUrl } : {}), logger: boltLogger(logger) };
  // With OAuth, installations are read on every request and post: through a cache. Without it
  // (SLACK_BOT_TOKEN only) there are none to read.
  const oauth = slack.clientId && slack.clientSecret ? { clientId: slack.clientId, clientSecret: slack.clientSecret } : undefined;
  const installations = cachedInstallations(store.installations);
  const tokens = new StoredSlackTokens({ installations, useInstallations: oauth !== undefined || !slack.botToken, logger: clientOptions.logger, ...(slack.botToken ? { singleBotToken: slack.botToken } : {}), ...(apiUrl ? { apiUrl } : {}) });
  const channelWorkspaces = new Map(options.configurations.flatMap((c) => (c.platform === 'slack' && c.workspaceId ? [[c.channelId, c.workspaceId] as const] : [])));
  const chat = options.chat ?? new SlackChat({ tokens, logger, channelWorkspaces, ...(apiUrl ? { apiUrl } : {}) });

  let http: SlackHttpReceiver | undefined;
  let receiver: Receiver;
  if (mode === 'socket') {
    receiver = new SocketModeReceiver({
      appToken: slack.appToken!,
      logger: boltLogger(logger),
      installerOptions: { clientOptions },
      customPropertiesExtractor: (args) => socketInbound(args.body),
    });
  } else {
    if (!slack.signingSecret) {
      throw new ChatOpsError('SLACK_CONFIG_INVALID', 'SLACK_SIGNING_SECRET is not set: Slack requests over HTTP can\'t be verified without it.', {
        nextStep: "Set SLACK_SIGNING_SECRET (Slack app settings → Basic Information), or SLACK_APP_TOKEN for Socket Mode.",
      });
    }
    receiver = http = new SlackHttpReceiver({ signingSecret: slack.signingSecret, logger, clock: options.clock, ...(options.metrics ? { metrics: options.metrics } : {}) });
  }
  const bolt = new App({ receiver, authorize: tokens.authorize, logger: boltLogger(logger), clientOptions, convoStore: false });
  bolt.use(slackHandlers({ chat, preferences: options.preferences, configurations: options.configurations, receipts: store.receipts, installations, logger, ...(options.commands ? { commands: options.commands } : {}) }));
  bolt.error(async (error) => {
    logger.warn('slack request not handled', { code: (error as { code?: string }).code ?? 'SLACK_HANDLER_FAILED', error: error.message });
  });

  return {
    mode,
    chat,
    tokens,
    bolt,
    mount(router) {
      http?.mount(router);
      if (oauth) {
        mountSlackOAuth(router, {
          ...oauth,
          installationStore: new SlackInstallationStore(installations),
          ...(options.publicUrl ? { redirectUri: new URL(SLACK_REDIRECT_PATH, options.publicUrl).toString() } : {}),
          ...(apiUrl ? { apiUrl } : {}),
          logger,
        });
      }
    },
    async start() {
      if (mode === 'socket') await bolt.start();
    },
    async stop() {
      if (mode === 'socket') await bolt.stop();
    },
  };
}

/** Socket Mode envelopes are parsed like HTTP bodies; a malformed one is logged by the handlers. */
function socketInbound(body: unknown): Record<string, unknown> {
  try {
    return { chatops: slackInbound(body as Record<string, unknown>) };
  } catch (e) {
    return { chatopsError: isChatOpsError(e) ? e.toLine() : String(e) };
  }
}
