/**
 * Keeps secrets out of output. `redactSecrets` replaces every known secret value in a text;
 * `redactConfig` gives a copy of the configuration that is safe to print.
 */
import { type EnvSource, SECRET_ENV_NAMES } from './env.js';
import type { LoadedConfig } from './loaded-config.js';

export const REDACTED = '[redacted]';

/** Slack tokens look like this wherever they come from. */
const SLACK_TOKEN = /\bx(?:ox[abposre]|app)-[A-Za-z0-9-]{6,}/g;

interface Secret {
  label: string;
  value: string;
}

function secretsOf(env: EnvSource, extra: readonly string[]): Secret[] {
  const secrets: Secret[] = [];
  for (const name of SECRET_ENV_NAMES) {
    const value = env[name];
    if (value) secrets.push({ label: name, value });
  }
  const password = env.DATABASE_URL ? passwordOf(env.DATABASE_URL) : undefined;
  if (password) secrets.push({ label: 'DATABASE_URL', value: password });
  for (const value of extra) if (value) secrets.push({ label: 'secret', value });
  const variants = secrets.flatMap((s) => {
    const encoded = encodeURIComponent(s.value);
    return encoded !== s.value ? [s, { label: s.label, value: encoded }] : [s];
  });
  return variants.sort((a, b) => b.value.length - a.value.length);
}

function passwordOf(url: string): string | undefined {
  try {
    const password = new URL(url).password;
    return password ? decodeURIComponent(password) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Replaces the values of secret environment variables (and `extra` values, such as webhook URLs)
 * with `[redacted:NAME]`, and anything shaped like a Slack token with `[redacted:slack-token]`.
 */
export function redactSecrets(text: string, env: EnvSource, extra: readonly string[] = []): string {
  let out = text;
  for (const { label, value } of secretsOf(env, extra)) out = out.split(value).join(`[redacted:${label}]`);
  return out.replace(SLACK_TOKEN, '[redacted:slack-token]');
}

/** The secret values a running service must never print: env secrets and webhook URLs. */
export function collectSecrets(config: LoadedConfig): string[] {
  const { slack, teams, adminToken, databaseUrl } = config.env;
  const values = [slack.signingSecret, slack.botToken, slack.appToken, slack.clientSecret, teams.clientSecret, adminToken, databaseUrl];
  const password = databaseUrl ? passwordOf(databaseUrl) : undefined;
  const webhooks = config.configurations.flatMap((c) => (c.platform === 'webhook' ? webhookSecrets(c.webhookUrl) : []));
  const tokens = config.configurations.map((c) => c.snsRawDeliveryToken);
  return [...values, password, ...webhooks, ...tokens].filter((v): v is string => Boolean(v));
}

/** A webhook URL and its path-and-query, which is where the token lives. */
export function webhookSecrets(url: string): string[] {
  try {
    const { pathname, search } = new URL(url);
    const tail = pathname + search;
    return tail.length >= 8 ? [url, tail] : [url];
  } catch {
    return [url];
  }
}

/** A text-to-text function that removes every secret of a loaded configuration (for loggers). */
export function makeRedactor(config: LoadedConfig): (text: string) => string {
  const secrets = collectSecrets(config);
  return (text) => redactSecrets(text, {}, secrets);
}

/** A webhook URL with only its origin kept: https://hooks.example.com/[redacted]. */
export function redactUrl(url: string): string {
  try {
    return `${new URL(url).origin}/${REDACTED}`;
  } catch {
    return REDACTED;
  }
}

function redactDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    const credentials = u.username || u.password ? `${REDACTED}@` : '';
    return `${u.protocol}//${credentials}${u.host}${u.pathname}`;
  } catch {
    return REDACTED;
  }
}

const mark = (value: string | undefined) => (value ? '[set]' : undefined);

/** The effective configuration with every secret replaced, ready for JSON.stringify. */
export function redactConfig(config: LoadedConfig): Record<string, unknown> {
  const { env } = config;
  return {
    source: config.source,
    server: config.server,
    databaseUrl: config.databaseUrl ? redactDatabaseUrl(config.databaseUrl) : undefined,
    sns: config.sns,
    templatesDir: config.templatesDir,
    sandbox: config.sandbox,
    configurations: config.configurations.map((c) => {
      const shown = c.snsRawDeliveryToken === undefined ? c : { ...c, snsRawDeliveryToken: REDACTED };
      return shown.platform === 'webhook' ? { ...shown, webhookUrl: redactUrl(shown.webhookUrl) } : shown;
    }),
    env: {
      slack: {
        signingSecret: mark(env.slack.signingSecret),
        botToken: mark(env.slack.botToken),
        appToken: mark(env.slack.appToken),
        clientId: env.slack.clientId,
        clientSecret: mark(env.slack.clientSecret),
        apiUrl: env.slack.apiUrl,
      },
      teams: { ...env.teams, clientSecret: mark(env.teams.clientSecret) },
      slackConfigured: env.slackConfigured,
      slackMode: env.slackMode,
      teamsConfigured: env.teamsConfigured,
      adminToken: mark(env.adminToken),
      databaseUrl: mark(env.databaseUrl),
      port: env.port,
      snsCertificateDir: env.snsCertificateDir,
      configPath: env.configPath,
      logLevel: env.logLevel,
    },
    warnings: config.warnings,
  };
}
