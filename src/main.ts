/**
 * Composition root: config → store → engine → chat adapters → pipelines → HTTP server.
 * Nothing else wires adapters together.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Platform } from './core/chat-event.js';
import type { LoadedConfig } from './config/index.js';
import { makeRedactor } from './config/index.js';
import { respondToAction, respondToChat } from './commands/respond.js';
import { createCommandDeps } from './commands/create-command-deps.js';
import { createAccess } from './start-access.js';
import { InboxWorker } from './notifications/pipeline/inbox-worker.js';
import { withActionButtons } from './notifications/pipeline/action-buttons.js';
import type { ChannelConfiguration } from './config/schema.js';
import type { Card } from './core/card.js';
import type { Notification } from './core/notification.js';
import { OutboxDeliverer } from './notifications/pipeline/outbox-deliverer.js';
import { cachedPreferences } from './notifications/pipeline/preference-cache.js';
import { NotificationEngine } from './notifications/engine.js';
import { SAMPLE_EVENTS } from './notifications/samples/sample-events.js';
import { sendTestNotification } from './notifications/send-test.js';
import type { AwsPort } from './ports/aws.js';
import type { ChatPort } from './ports/chat.js';
import type { Clock } from './ports/clock.js';
import { systemClock } from './ports/clock.js';
import type { Logger } from './ports/logger.js';
import type { Metrics } from './ports/metrics.js';
import { noMetrics } from './ports/metrics.js';
import type { Store } from './ports/store.js';
import { createPinoLogger } from './adapters/log/pino-logger.js';
import { createHttpServer } from './adapters/http/server.js';
import { readinessFrom } from './adapters/http/health-routes.js';
import { mountAudit } from './adapters/http/audit-route.js';
import { mountTrace } from './adapters/http/trace-route.js';
import { mountMetrics } from './adapters/metrics/metrics-route.js';
import { PrometheusMetrics } from './adapters/metrics/prometheus-metrics.js';
import { startQueueDepthSampler } from './adapters/metrics/queue-depth-sampler.js';
import { forConfiguration } from './support/configuration-logger.js';
import type { CertificateSource, SubscriptionConfirmer } from './ports/sns.js';
import { createCertificateSource } from './adapters/sns/create-certificate-source.js';
import { createHttpsSubscriptionConfirmer } from './adapters/sns/https-subscription-confirmer.js';
import { createSnsIntakeHandlers } from './adapters/sns/sns-route.js';
import type { ListeningHttpServer } from './adapters/http/server.js';
import { mountTestNotifications } from './adapters/http/test-notifications-route.js';
import { SandboxChat } from './adapters/sandbox/sandbox-chat.js';
import { WebhookChat } from './adapters/webhook/webhook-chat.js';
import { mountSandbox } from './adapters/sandbox/sandbox-routes.js';
import { openStore } from './adapters/store/open-store.js';
import type { SlackApp } from './adapters/slack/slack-app.js';
import type { TeamsApp } from './adapters/teams/teams-app.js';

/** How long an inbound receipt (a Slack event id already handled) is kept. */
const RECEIPT_DAYS = 1;
/** How long the card of a Teams message is remembered for its in-place refresh on a click. */
const TEAMS_CARD_DAYS = 30;

export interface StartOptions {
  config: LoadedConfig;
  logger?: Logger;
  clock?: Clock;
  /** An already opened store (tests); otherwise opened from the configuration. */
  store?: Store;
  metrics?: Metrics;
  /** Where SNS signing certificates come from (tests give fixed ones); default: directory, then HTTPS. */
  certificates?: CertificateSource;
  /** How SNS subscriptions are confirmed (tests record them); default: HTTPS GET of the SubscribeURL. */
  confirmer?: SubscriptionConfirmer;
  /** How AWS is called (tests: a local endpoint or a fake); default: the SDK v3 clients. */
  aws?: AwsPort;
  /** Override chat ports per platform (tests: a fake chat that fails for a while). */
  chats?: Partial<Record<Platform, ChatPort>>;
  /** Pipeline tuning for tests and benchmarks. */
  pipeline?: { pollMs?: number; coalesceAbove?: number; sleep?: (ms: number) => Promise<void>; limits?: Partial<Record<Platform, { limit: number; windowMs: number }[]>> };
}

export interface RunningApp {
  url: string;
  port: number;
  config: LoadedConfig;
  store: Store;
  engine: NotificationEngine;
  worker: InboxWorker;
  deliverers: OutboxDeliverer[];
  sandbox?: SandboxChat;
  /** The Slack app, when Slack is configured (SLACK_BOT_TOKEN or SLACK_CLIENT_ID/SECRET). */
  slack?: SlackApp;
  /** The Teams app, when CLIENT_ID + CLIENT_SECRET are set or DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS is on. */
  teams?: TeamsApp;
  logger: Logger;
  close(): Promise<void>;
}

export function createLogger(config: LoadedConfig): Logger {
  return createPinoLogger({ level: config.env.logLevel, redact: makeRedactor(config) });
}

export async function startApp(options: StartOptions): Promise<RunningApp> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config);
  const clock = options.clock ?? systemClock;
  for (const w of config.warnings) logger.warn(w);

  // Configured templates are compiled before anything opens, so a broken one stops the start at once.
  const engine = new NotificationEngine({ templatesDir: config.templatesDir, logger });
  const store = options.store ?? (await openStore({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : `${config.server.dataDir}/pglite`, logger }));

  const chats: Partial<Record<Platform, ChatPort>> = {};
  let sandbox: SandboxChat | undefined;
  if (config.sandbox.enabled) {
    const channels = sandboxChannels(config);
    sandbox = new SandboxChat({ store: store.sandbox, channels, logger });
    chats.sandbox = sandbox;
  }

  const prometheus = options.metrics ? undefined : new PrometheusMetrics();
  const metrics: Metrics = options.metrics ?? prometheus ?? noMetrics;
  // One cache for the worker and `@aws preferences`: a change here applies to the next event; another replica's within 5 s.
  const preferences = cachedPreferences(store.preferences, { clock });
  // The command engine: the index is read on first use; AWS clients load on a service's first command.
  // Who may run what: accounts, roles, guardrails, the org chat policy, the audit log.
  const permissions = createAccess(config, store, clock, logger);
  const commands = createCommandDeps({
    store,
    clock,
    aws: options.aws ?? (await import('./adapters/aws/aws-port.js')).sdkAws(config.env.commandTimeoutSeconds ? { timeoutMs: config.env.commandTimeoutSeconds * 1000 } : {}),
    access: permissions.access,
    defaultRegion: config.env.awsRegion,
  });
  const slack = config.env.slackConfigured
    ? // Loaded only when Slack runs, as Teams below: Bolt and the Web API client take a while to load.
      (await import('./adapters/slack/slack-app.js')).createSlackApp({ commands, slack: config.env.slack, publicUrl: config.server.publicUrl, store, configurations: config.configurations, preferences, logger, clock, metrics })
    : undefined;
  if (slack) chats.slack = slack.chat;
  // Without credentials, DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS runs Teams for the agents playground.
  // Loaded only when it runs: the Teams SDK takes a few hundred milliseconds to load.
  const teams =
    config.env.teamsConfigured || config.env.teams.dangerouslyAllowUnauthenticatedRequests
      ? await (await import('./adapters/teams/teams-app.js')).createTeamsApp({ commands, teams: config.env.teams, store: store.teamsConversations, configurations: config.configurations, preferences, logger, clock, metrics })
      : undefined;
  if (teams) chats.teams = teams.chat;

  const webhooks = new Map(config.configurations.flatMap((c) => (c.platform === 'webhook' ? [[c.name, c.webhookUrl] as const] : [])));
  if (webhooks.size) chats.webhook = new WebhookChat({ urls: webhooks });
  const levels = new Map(config.configurations.map((c) => [c.name, c.loggingLevel]));
  const configurationLoggers = new Map<string, Logger>();
  const loggerFor = (name: string): Logger => {
    let l = configurationLoggers.get(name);
    if (!l) configurationLoggers.set(name, (l = forConfiguration(logger, levels.get(name) ?? 'ERROR', { configuration: name })));
    return l;
  };
  Object.assign(chats, options.chats ?? {});
  const owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const tuning = options.pipeline ?? {};
  const deliverers: OutboxDeliverer[] = (Object.entries(chats) as [Platform, ChatPort][]).map(
    ([platform, chat]) =>
      new OutboxDeliverer({ platform, chat, store, metrics, logger, loggerFor, clock, owner, pollMs: tuning.pollMs, coalesceAbove: tuning.coalesceAbove, sleep: tuning.sleep, limits: tuning.limits?.[platform] }),
  );
  // A channel with AWS accounts gets buttons on its notifications: custom actions, Show logs, Manage actions.
  const buttonDeps = { configurations: config.configurations, customActions: store.customActions, buttonTokens: store.buttonTokens, clock };
  const cardFor = (notification: Notification, card: Card, c: ChannelConfiguration): Promise<Card> => (c.platform === 'webhook' ? Promise.resolve(card) : withActionButtons(notification, card, c, buttonDeps));
  const worker = new InboxWorker({ store, engine, configurations: config.configurations, metrics, logger, loggerFor, owner, pollMs: tuning.pollMs, preferences, cardFor, onOutbox: () => deliverers.forEach((d) => d.wake()) });
  for (const c of config.configurations) {
    if (c.enabled && !chats[c.platform]) logger.warn(`"${c.name}" is a ${c.platform} configuration, but ${c.platform} is not running: its notifications are kept in the outbox until it is.`, { configuration: c.name });
  }
  const sendTest = (configuration: string, sample?: string) => sendTestNotification({ store, configurations: config.configurations, clock, onAccepted: () => worker.wake() }, configuration, sample);

  const readiness = readinessFrom(
    {
      store: () => store.ping(),
      workers: () => (worker.running && deliverers.every((d) => d.running) ? true : 'the notification workers are not running'),
    },
    { logger },
  );
  const http = createHttpServer({ logger, readiness });
  if (prometheus) http.mount((router) => mountMetrics(router, prometheus));
  http.mount((router) => mountTrace(router, { store, adminToken: config.env.adminToken }));
  http.mount((router) => mountAudit(router, { audit: store.audit, adminToken: config.env.adminToken }));
  const sampler = startQueueDepthSampler({ store, metrics, logger });
  const certificates = options.certificates ?? (await createCertificateSource({ certificateDir: config.sns.certificateDir, logger }));
  const sns = createSnsIntakeHandlers({
    config,
    store,
    certificates,
    confirmer: options.confirmer ?? createHttpsSubscriptionConfirmer(),
    metrics,
    logger,
    onAccepted: () => worker.wake(),
    batching: { maxConcurrent: store.kind === 'postgres' ? 4 : 1 },
  });
  http.fast(sns.fast);
  http.mount(sns.mount);
  http.mount((router) => mountTestNotifications(router, { sendTestNotification: sendTest, adminToken: config.env.adminToken, logger }));
  if (slack) http.mount((router) => slack.mount(router));
  if (teams) http.mount((router) => teams.mount(router));
  if (sandbox) {
    const chat = sandbox;
    const responder = { chat, preferences, configurations: config.configurations, commands };
    http.mount((router) =>
      mountSandbox(router, {
        chat,
        configurations: config.configurations.filter((c) => c.platform !== 'webhook').map((c) => ({ name: c.name, platform: c.platform, channelId: 'channelId' in c ? c.channelId : '' })),
        samples: SAMPLE_EVENTS.map(({ id, label }) => ({ id, label })),
        onChatMessage: (event) => respondToChat(event, responder),
        onAction: (event) => respondToAction(event, responder),
        logger,
      }),
    );
  }

  worker.start();
  for (const d of deliverers) d.start();
  // Slack redelivers an event for minutes, not days: receipts older than a day only take room.
  // Housekeeping: rows older than `days` go, every `everyMs`; a failure is logged and tried again next time.
  const pruning = (
    [
      { what: 'old inbound receipts', code: 'RECEIPTS_PRUNE_FAILED', days: RECEIPT_DAYS, everyMs: 3_600_000, prune: (before: string) => store.receipts.prune(before) },
      // A click on a Teams card older than this refreshes it with a small status card instead.
      { what: 'old remembered Teams cards', code: 'TEAMS_CARDS_PRUNE_FAILED', days: TEAMS_CARD_DAYS, everyMs: 86_400_000, prune: (before: string) => store.teamsConversations.pruneCards(before) },
      // Dialogs expire after 15 minutes; a day later they are only history.
      { what: 'expired dialogs', code: 'DIALOGS_PRUNE_FAILED', days: 1, everyMs: 86_400_000, prune: (before: string) => store.dialogs.prune(before) },
      // A default account is remembered 7 days (issue #8); the audit log is kept.
      { what: 'old default accounts', code: 'DEFAULT_ACCOUNTS_PRUNE_FAILED', days: 7, everyMs: 3_600_000, prune: (before: string) => store.defaultAccounts.prune(before) },
      // Button tokens refuse clicks once expired (issue #9); kept a day more so a late click reads as expired, not unknown.
      { what: 'expired button tokens', code: 'BUTTON_TOKENS_PRUNE_FAILED', days: 1, everyMs: 3_600_000, prune: (before: string) => store.buttonTokens.prune(before) },
    ] as const
  ).map(({ what, code, days, everyMs, prune }) => {
    const timer = setInterval(() => {
      prune(new Date(clock.now().getTime() - days * 86_400_000).toISOString()).catch((e: unknown) =>
        logger.warn(`${what} could not be removed`, { code, error: e instanceof Error ? e.message : String(e) }),
      );
    }, everyMs);
    timer.unref();
    return timer;
  });
  const stopWorkers = async () => {
    pruning.forEach(clearInterval);
    await teams?.stop();
    await slack?.stop().catch((e: unknown) => logger.warn('slack socket mode did not stop cleanly', { code: 'SLACK_STOP_FAILED', error: e instanceof Error ? e.message : String(e) }));
    await sampler.stop();
    await worker.stop();
    await Promise.all(deliverers.map((d) => d.stop()));
  };

  let listening: ListeningHttpServer;
  try {
    listening = await http.listen(config.server.port, config.server.host);
  } catch (e) {
    await stopWorkers();
    await store.close();
    throw e;
  }
  try {
    // Socket Mode connects once the rest serves: the first envelope may arrive at once.
    await slack?.start();
  } catch (e) {
    await listening.close();
    await stopWorkers();
    await store.close();
    throw e;
  }
  const shownHost = listening.host === '0.0.0.0' || listening.host === '::' ? 'localhost' : listening.host;
  const url = `http://${shownHost}:${listening.port}`;
  logger.info('aws-chatops is running', {
    url,
    store: store.kind,
    configurations: config.configurations.length,
    sandbox: sandbox ? `${url}/` : 'off',
    slack: slack ? (slack.mode === 'socket' ? 'socket mode' : `${url}/slack/events`) : 'off',
    teams: teams ? `${url}${teams.path}${teams.mode === 'unauthenticated' ? ' (unauthenticated: local testing only)' : ''}` : 'off',
    config: config.source.display,
  });

  let closed = false;
  return {
    url,
    port: listening.port,
    config,
    store,
    engine,
    worker,
    deliverers,
    sandbox,
    ...(slack ? { slack } : {}),
    ...(teams ? { teams } : {}),
    logger,
    async close() {
      if (closed) return;
      closed = true;
      await listening.close();
      await stopWorkers();
      permissions.close();
      await store.close();
    },
  };
}

/** Sandbox channels: one per distinct channel id of the sandbox configurations. */
function sandboxChannels(config: LoadedConfig): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const c of config.configurations) {
    if (c.platform === 'sandbox' && !seen.has(c.channelId)) seen.set(c.channelId, c.channelId);
  }
  if (seen.size === 0) seen.set('sandbox', 'sandbox');
  return [...seen].map(([id, name]) => ({ id, name }));
}
