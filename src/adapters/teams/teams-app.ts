/**
 * The Microsoft Teams app: a Teams AI Library v2 `App` whose HTTP layer is mounted on our
 * Express server at POST /api/messages (teams-http-adapter.ts), and the TeamsChat that posts for
 * the deliverer and the handlers. The SDK checks the Bot Framework token of every activity
 * (issuer, audience = our app id, signing keys, serviceurl claim) and answers 401 itself; we
 * parse what passes (teams-inbound.ts) and act on it (teams-handlers.ts). src/main.ts builds
 * one with `createTeamsApp` when CLIENT_ID + CLIENT_SECRET are set, or when
 * DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS is on (the agents playground, no credentials).
 */
import type { IRouter } from 'express';
import { App } from '@microsoft/teams.apps';
import { Client, PUBLIC, withOverrides } from '@microsoft/teams.api';
import type { TeamsEnv } from '../../config/env.js';
import type { ChannelConfiguration } from '../../config/schema.js';
import { isChatOpsError } from '../../core/errors.js';
import type { ChatPort } from '../../ports/chat.js';
import type { Clock } from '../../ports/clock.js';
import type { Logger } from '../../ports/logger.js';
import type { Metrics } from '../../ports/metrics.js';
import type { CommandDeps } from '../../commands/command-deps.js';
import type { ChannelPreferenceStore } from '../../ports/preferences.js';
import type { TeamsConversationStore } from '../../ports/teams-conversations.js';
import { TeamsChat } from './teams-chat.js';
import { TeamsHandlers } from './teams-handlers.js';
import { TEAMS_MESSAGES_PATH, TeamsHttpAdapter } from './teams-http-adapter.js';
import { teamsInbound } from './teams-inbound.js';
import { teamsLogger } from './teams-logger.js';
import { TeamsReferences } from './teams-references.js';

/** Teams' public Bot Connector, for posts to a conversation with no stored reference. */
export const DEFAULT_SERVICE_URL = 'https://smba.trafficmanager.net/teams';

/** How long one Bot Connector call may take. */
const CONNECTOR_TIMEOUT_MS = 10_000;

export interface TeamsAppOptions {
  teams: TeamsEnv;
  /** The command engine, dialogs and aliases. */
  commands?: CommandDeps;
  store: TeamsConversationStore;
  configurations: readonly ChannelConfiguration[];
  preferences: ChannelPreferenceStore;
  logger: Logger;
  clock: Clock;
  /** Ack latency (chatops_chat_ack_seconds). */
  metrics?: Metrics;
  /** Tests: the Bot Framework OpenID metadata URL; its `/keys` sibling holds the signing keys. */
  openIdMetadataUrl?: string;
  /** Tests: the bot's outbound token, instead of MSAL asking login.microsoftonline.com for one. */
  token?: () => string | Promise<string>;
  /** The default service URL; wins over SERVICE_URL (teams.serviceUrl). */
  serviceUrl?: string;
  /** Tests: answer through another chat than the real TeamsChat. */
  chat?: ChatPort;
}

export interface TeamsApp {
  /** What posts to Teams: the outbox deliverer's ChatPort for platform teams. */
  readonly chat: ChatPort;
  /** 'unauthenticated' when DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS is on. */
  readonly mode: 'authenticated' | 'unauthenticated';
  readonly path: typeof TEAMS_MESSAGES_PATH;
  /** Adds POST /api/messages. */
  mount(router: IRouter): void;
  /** Resolves when the work started after earlier answers is done (tests). */
  idle(): Promise<void>;
  /** Waits for that work; the SDK itself holds nothing open. */
  stop(): Promise<void>;
}

export async function createTeamsApp(options: TeamsAppOptions): Promise<TeamsApp> {
  const { teams, logger } = options;
  const unauthenticated = teams.dangerouslyAllowUnauthenticatedRequests;
  // CLIENT_ID without a secret (or a token factory) would make the SDK use a managed identity
  // (a call to the Azure metadata service): never hand it one alone. Empty strings, not
  // undefined, so the SDK does not read CLIENT_ID & co. from the environment behind our back.
  const withCredentials = Boolean(teams.clientId && (teams.clientSecret || options.token));
  const adapter = new TeamsHttpAdapter({ logger, ...(options.metrics ? { metrics: options.metrics } : {}) });
  const configuredServiceUrl = options.serviceUrl ?? teams.serviceUrl;
  const serviceUrl = configuredServiceUrl ?? DEFAULT_SERVICE_URL;
  const app = new App({
    httpServerAdapter: adapter,
    logger: teamsLogger(logger),
    clientId: withCredentials ? teams.clientId! : '',
    clientSecret: withCredentials && !options.token ? (teams.clientSecret ?? '') : '',
    tenantId: teams.tenantId ?? '',
    ...(withCredentials && options.token ? { token: options.token } : {}),
    dangerouslyAllowUnauthenticatedRequests: unauthenticated,
    cloud: options.openIdMetadataUrl ? withOverrides(PUBLIC, { openIdMetadataUrl: options.openIdMetadataUrl }) : PUBLIC,
    serviceUrl,
  });
  // With credentials, the app's API client adds the bot's token to every call. Without (the
  // playground), its token function yields null and the SDK would send "Bearer null": use the
  // plain client instead, which sends no Authorization header.
  // The SDK's http client has no timeout of its own: a clone with one drops a hung request.
  const http = (withCredentials ? app.api.http : app.client).clone({ timeout: CONNECTOR_TIMEOUT_MS });
  const chat =
    options.chat ??
    new TeamsChat({
      conversations: options.store,
      clientFor: (url) => new Client(url, http),
      ...(configuredServiceUrl ? { defaultServiceUrl: configuredServiceUrl } : {}),
      // Without credentials (the playground) Teams' public connector can't be the answer.
      ...(withCredentials ? { publicServiceUrl: DEFAULT_SERVICE_URL } : {}),
      timeoutMs: CONNECTOR_TIMEOUT_MS,
      logger,
      clock: options.clock,
    });
  const handlers = new TeamsHandlers({
    chat,
    conversations: options.store,
    references: new TeamsReferences(options.store, options.clock),
    preferences: options.preferences,
    configurations: options.configurations,
    logger,
    ...(options.commands ? { commands: options.commands } : {}),
  });
  app.use(async (ctx) => {
    let inbound;
    try {
      inbound = teamsInbound(ctx.activity);
    } catch (e) {
      if (!isChatOpsError(e)) throw e;
      logger.warn('teams activity refused', { code: e.code, reason: e.userMessage, type: ctx.activity.type });
      return { status: 400, body: { error: { code: e.code, message: e.userMessage } } };
    }
    return handlers.handle(inbound);
  });
  await app.initialize();
  if (!withCredentials && !unauthenticated) {
    logger.warn('Teams has no credentials: every request to /api/messages will be refused (401).', { code: 'TEAMS_NO_CREDENTIALS' });
  }
  return {
    chat,
    mode: unauthenticated ? 'unauthenticated' : 'authenticated',
    path: TEAMS_MESSAGES_PATH,
    mount: (router) => adapter.mount(router),
    idle: () => handlers.idle(),
    stop: () => handlers.idle(),
  };
}
