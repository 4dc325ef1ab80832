/**
 * The one place that reads environment variables. Secrets come only from here, never from the
 * YAML file. Empty values count as unset (docker-compose writes `FOO=` for "not set").
 */
import type { LogLevel } from '../ports/logger.js';
import { type ConfigProblem, describeValue, expectedGiven, HIDDEN } from './problems.js';

export type EnvSource = Readonly<Record<string, string | undefined>>;

/** Every variable chatops reads. */
export const ENV_NAMES = [
  'SLACK_SIGNING_SECRET',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_CLIENT_ID',
  'SLACK_CLIENT_SECRET',
  'SLACK_API_URL',
  'CLIENT_ID',
  'CLIENT_SECRET',
  'TENANT_ID',
  'DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS',
  'SERVICE_URL',
  'CHATOPS_ADMIN_TOKEN',
  'DATABASE_URL',
  'PORT',
  'SNS_CERTIFICATE_DIR',
  'CHATOPS_CONFIG',
  'LOG_LEVEL',
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'CHATOPS_COMMAND_TIMEOUT_SECONDS',
] as const;

export type EnvName = (typeof ENV_NAMES)[number];

/** Variables whose values are secrets: never logged, never shown in an error. */
export const SECRET_ENV_NAMES = [
  'SLACK_SIGNING_SECRET',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_CLIENT_SECRET',
  'CLIENT_SECRET',
  'CHATOPS_ADMIN_TOKEN',
  'DATABASE_URL',
] as const satisfies readonly EnvName[];

export const ADMIN_TOKEN_MIN_LENGTH = 16;
const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

export interface SlackEnv {
  signingSecret?: string;
  botToken?: string;
  /** Set: Socket Mode (no public URL needed). */
  appToken?: string;
  clientId?: string;
  clientSecret?: string;
  /** Base URL of the Slack Web API, e.g. a local fake in tests; default https://slack.com/api/. */
  apiUrl?: string;
}

export interface TeamsEnv {
  clientId?: string;
  clientSecret?: string;
  tenantId?: string;
  /** Skip JWT validation of incoming Teams requests. Local testing only. */
  dangerouslyAllowUnauthenticatedRequests: boolean;
  /**
   * The Bot Connector URL for proactive posts to a conversation with no stored reference
   * (SERVICE_URL; the agents playground's `/_connector` in local tests). Default: Teams' own.
   */
  serviceUrl?: string;
}

export interface ChatOpsEnv {
  slack: SlackEnv;
  teams: TeamsEnv;
  /** SLACK_BOT_TOKEN, or SLACK_CLIENT_ID + SLACK_CLIENT_SECRET (OAuth install), is set. */
  slackConfigured: boolean;
  /** 'socket' when SLACK_APP_TOKEN is set, else 'http'; undefined when Slack is not configured. */
  slackMode?: 'socket' | 'http';
  /** CLIENT_ID and CLIENT_SECRET are set. */
  teamsConfigured: boolean;
  adminToken?: string;
  databaseUrl?: string;
  port?: number;
  snsCertificateDir?: string;
  /** AWS_REGION (or AWS_DEFAULT_REGION): where a command without --region runs; default us-east-1. */
  awsRegion?: string;
  /** CHATOPS_COMMAND_TIMEOUT_SECONDS: how long an AWS call from chat may take; default 15. */
  commandTimeoutSeconds?: number;
  configPath?: string;
  logLevel: LogLevel;
}

export interface EnvReadResult {
  env: ChatOpsEnv;
  problems: ConfigProblem[];
  warnings: string[];
}

const isSecret = (name: string) => (SECRET_ENV_NAMES as readonly string[]).includes(name);

export function readEnv(source: EnvSource): EnvReadResult {
  const problems: ConfigProblem[] = [];
  const warnings: string[] = [];
  const get = (name: EnvName): string | undefined => {
    const v = source[name];
    return v === undefined || v.trim() === '' ? undefined : v;
  };
  const problem = (name: EnvName, expected: string) =>
    problems.push({ source: 'environment', path: name, text: expectedGiven(expected, get(name) === undefined ? 'nothing (not set)' : isSecret(name) ? HIDDEN : describeValue(source[name])) });

  const port = parsePort(get('PORT'));
  const timeoutText = get('CHATOPS_COMMAND_TIMEOUT_SECONDS');
  const commandTimeoutSeconds = timeoutText === undefined ? undefined : Number(timeoutText);
  if (commandTimeoutSeconds !== undefined && !(Number.isFinite(commandTimeoutSeconds) && commandTimeoutSeconds >= 1 && commandTimeoutSeconds <= 300)) {
    problem('CHATOPS_COMMAND_TIMEOUT_SECONDS', 'a number of seconds from 1 to 300');
  }
  if (port === null) problem('PORT', 'a port number 0–65535');

  const logLevelText = get('LOG_LEVEL')?.toLowerCase() ?? 'info';
  const logLevel = LOG_LEVELS.find((l) => l === logLevelText);
  if (!logLevel) problem('LOG_LEVEL', 'one of debug, info, warn, error');

  const dangerous = parseBoolean(get('DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS'));
  if (dangerous === null) problem('DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS', 'true or false');

  const databaseUrl = get('DATABASE_URL');
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\/./.test(databaseUrl)) {
    problem('DATABASE_URL', 'a PostgreSQL URL such as postgres://user:password@host:5432/chatops');
  }
  const apiUrl = get('SLACK_API_URL');
  if (apiUrl !== undefined && !/^https?:\/\/[^/\s]+/.test(apiUrl)) {
    problem('SLACK_API_URL', 'an http(s) URL such as https://slack.com/api/');
  }
  const serviceUrl = get('SERVICE_URL');
  if (serviceUrl !== undefined && !/^https?:\/\/[^/\s]+/.test(serviceUrl)) {
    problem('SERVICE_URL', 'an http(s) URL such as https://smba.trafficmanager.net/teams/');
  }
  const adminToken = get('CHATOPS_ADMIN_TOKEN');
  if (adminToken !== undefined && adminToken.length < ADMIN_TOKEN_MIN_LENGTH) {
    problem('CHATOPS_ADMIN_TOKEN', `a token of at least ${ADMIN_TOKEN_MIN_LENGTH} characters (for example: openssl rand -hex 32)`);
  }

  const slack: SlackEnv = {
    signingSecret: get('SLACK_SIGNING_SECRET'),
    botToken: get('SLACK_BOT_TOKEN'),
    appToken: get('SLACK_APP_TOKEN'),
    clientId: get('SLACK_CLIENT_ID'),
    clientSecret: get('SLACK_CLIENT_SECRET'),
    apiUrl,
  };
  if (Boolean(slack.clientId) !== Boolean(slack.clientSecret)) {
    problem(slack.clientId ? 'SLACK_CLIENT_SECRET' : 'SLACK_CLIENT_ID', 'SLACK_CLIENT_ID and SLACK_CLIENT_SECRET set together (for OAuth installs), or neither');
  }
  const slackConfigured = Boolean(slack.botToken) || Boolean(slack.clientId && slack.clientSecret);
  const slackMode = slackConfigured ? (slack.appToken ? 'socket' : 'http') : undefined;
  if (slackMode === 'http' && !slack.signingSecret) {
    problem('SLACK_SIGNING_SECRET', "the Slack app's signing secret (needed to verify Slack requests over HTTP; or set SLACK_APP_TOKEN for Socket Mode)");
  }
  if (!slackConfigured && (slack.signingSecret || slack.appToken)) {
    warnings.push('Slack is not configured: SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set but neither SLACK_BOT_TOKEN nor SLACK_CLIENT_ID and SLACK_CLIENT_SECRET are.');
  }

  const teams: TeamsEnv = {
    clientId: get('CLIENT_ID'),
    clientSecret: get('CLIENT_SECRET'),
    tenantId: get('TENANT_ID'),
    dangerouslyAllowUnauthenticatedRequests: dangerous ?? false,
    ...(serviceUrl !== undefined ? { serviceUrl } : {}),
  };
  const teamsConfigured = Boolean(teams.clientId && teams.clientSecret);
  if (!teamsConfigured && (teams.clientId || teams.clientSecret)) {
    warnings.push(`Teams is not configured: ${teams.clientId ? 'CLIENT_ID' : 'CLIENT_SECRET'} is set but ${teams.clientId ? 'CLIENT_SECRET' : 'CLIENT_ID'} is not.`);
  }
  if (teams.dangerouslyAllowUnauthenticatedRequests) {
    warnings.push('DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS is on: incoming Teams requests are not authenticated. Use it for local testing only.');
  }

  const env: ChatOpsEnv = {
    slack,
    teams,
    slackConfigured,
    slackMode,
    teamsConfigured,
    adminToken,
    databaseUrl,
    port: port ?? undefined,
    snsCertificateDir: get('SNS_CERTIFICATE_DIR'),
    awsRegion: get('AWS_REGION') ?? get('AWS_DEFAULT_REGION'),
    ...(commandTimeoutSeconds !== undefined && Number.isFinite(commandTimeoutSeconds) ? { commandTimeoutSeconds } : {}),
    configPath: get('CHATOPS_CONFIG'),
    logLevel: logLevel ?? 'info',
  };
  return { env, problems, warnings };
}

/** undefined: unset; null: invalid. */
function parsePort(text: string | undefined): number | undefined | null {
  if (text === undefined) return undefined;
  if (!/^\d{1,5}$/.test(text.trim())) return null;
  const n = Number(text.trim());
  return n <= 65535 ? n : null;
}

/** undefined: unset; null: invalid. */
function parseBoolean(text: string | undefined): boolean | undefined | null {
  if (text === undefined) return undefined;
  const t = text.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(t)) return true;
  if (['false', '0', 'no', 'off'].includes(t)) return false;
  return null;
}
