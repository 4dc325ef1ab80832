/**
 * The shape of chatops.yml, as zod schemas. Every error message here is the "expected" half of a
 * problem line (`<path>: expected <message>; given <value>`), so it is worded as a noun phrase.
 * Cross-field rules run even when other fields already failed, so one run reports every problem.
 */
import { z } from 'zod';
import type { Platform } from '../core/chat-event.js';
import { checkChannelTarget, checkTags, checkTopicList, checkUniqueNames, normaliseChannelId } from './rules.js';
import { LIMITS } from './limits.js';
import { ANY_TOPIC, topicArnProblem } from './topic-arn.js';
import { customActionsSchema, type CustomActionConfig } from './actions-schema.js';
import { checkCommandAccess, COMMAND_ACCESS_DEFAULTS, commandAccessShape, type CommandAccess } from './permissions-schema.js';

export const PLATFORMS = ['slack', 'teams', 'sandbox', 'webhook'] as const satisfies readonly Platform[];
export const CHAT_PLATFORMS = ['slack', 'teams', 'sandbox'] as const satisfies readonly Platform[];
export const LOGGING_LEVELS = ['ERROR', 'INFO', 'NONE'] as const;
export const THREADING = ['on', 'off'] as const;

export type ChatPlatform = (typeof CHAT_PLATFORMS)[number];
export type LoggingLevel = (typeof LOGGING_LEVELS)[number];
export type Threading = (typeof THREADING)[number];

export { LIMITS };

export const DEFAULTS = {
  port: 3978,
  host: '127.0.0.1',
  dataDir: '.data',
  snsPath: '/sns',
  loggingLevel: 'ERROR',
  threading: 'on',
} as const satisfies Record<string, string | number>;

const ALWAYS = { when: () => true };
/** An empty section (`server:` with every line commented out) reads as YAML null: treat it as absent. */
const emptyAsMissing = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === null ? undefined : v), schema);

const NAME = /^[A-Za-z0-9_-]+$/;
const NAME_EXPECTED = `a configuration name of 1–${LIMITS.nameMax} letters, digits, - or _`;

const nameSchema = z
  .string({ error: NAME_EXPECTED })
  .min(1, { error: NAME_EXPECTED })
  .max(LIMITS.nameMax, { error: NAME_EXPECTED })
  .regex(NAME, { error: NAME_EXPECTED });

/** At least 24 URL-safe characters: the token is a path segment, compared as written. */
export const SNS_RAW_DELIVERY_TOKEN_MIN_LENGTH = 24;
const SNS_RAW_DELIVERY_TOKEN = /^[A-Za-z0-9._~-]{24,256}$/;
const SNS_RAW_DELIVERY_TOKEN_EXPECTED = `a token of ${SNS_RAW_DELIVERY_TOKEN_MIN_LENGTH}–256 letters, digits, ., _, ~ or - (for example from: openssl rand -hex 32)`;

/** A Slack workspace (team) id like T0123456789, or an Enterprise Grid organisation id E…. */
const SLACK_WORKSPACE_ID = /^[TE][A-Z0-9]{2,30}$/;
const SLACK_WORKSPACE_EXPECTED = 'a Slack workspace ID like T0123456789 (the team id; E… for an Enterprise Grid organisation)';

const topicArnSchema = z.string({ error: 'an SNS topic ARN (text)' }).superRefine((arn, ctx) => {
  if (arn === ANY_TOPIC) return;
  const problem = topicArnProblem(arn);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const tagsSchema = z
  .record(z.string(), z.string({ error: 'a tag value in text (put numbers and true/false in quotes)' }), {
    error: 'a mapping of tag keys to values',
  })
  .superRefine(checkTags, ALWAYS);

const threadingSchema = z.preprocess(
  (v) => (v === true ? 'on' : v === false ? 'off' : v),
  z.enum(THREADING, { error: 'on or off' }),
);

interface ConfigurationCommon {
  name: string;
  enabled: boolean;
  snsTopicArns: string[];
  loggingLevel: LoggingLevel;
  tags: Record<string, string>;
  threading: Threading;
  /**
   * The secret in this configuration's raw-delivery SNS path (/sns/<name>/<token>); present only
   * when set. Raw message delivery carries no signature, so it is accepted nowhere else.
   */
  snsRawDeliveryToken?: string;
}

/**
 * A Slack, Teams or sandbox channel: notifications are posted with the bot's credentials;
 * commands run in its accounts with the roles and guardrails of CommandAccess.
 */
export interface ChatChannelConfiguration extends ConfigurationCommon, CommandAccess {
  /** Buttons on this channel's notifications (issue #9), declared here. */
  customActions: CustomActionConfig[];
  /** Log groups for "Show logs" on alarms, by alarm name or metric namespace. */
  logGroups: Record<string, string[]>;
  platform: ChatPlatform;
  channelId: string;
  /**
   * Slack only: the workspace (team id T…, or Enterprise Grid organisation id E…) the channel is
   * in, when the app is installed in several workspaces through OAuth. Present only when set.
   */
  workspaceId?: string;
}

/** A generic incoming webhook: notifications are POSTed to the URL, which is a secret. */
export interface WebhookChannelConfiguration extends ConfigurationCommon {
  platform: 'webhook';
  webhookUrl: string;
}

export type ChannelConfiguration = ChatChannelConfiguration | WebhookChannelConfiguration;

export const channelConfigurationShape = {
  name: nameSchema,
  enabled: z.boolean({ error: 'true or false' }).default(true),
  platform: z.enum(PLATFORMS, { error: 'one of slack, teams, sandbox, webhook' }),
  channelId: z.string({ error: 'a channel ID (text)' }).optional(),
  workspaceId: z.string({ error: SLACK_WORKSPACE_EXPECTED }).regex(SLACK_WORKSPACE_ID, { error: SLACK_WORKSPACE_EXPECTED }).optional(),
  webhookUrl: z.string({ error: 'an https URL (text)' }).optional(),
  snsTopicArns: z
    .array(topicArnSchema, { error: 'a list of SNS topic ARNs, or ["*"] for any topic' })
    .superRefine(checkTopicList, ALWAYS)
    .default([]),
  loggingLevel: z.enum(LOGGING_LEVELS, { error: 'one of ERROR, INFO, NONE' }).default(DEFAULTS.loggingLevel),
  tags: emptyAsMissing(tagsSchema.prefault({})),
  threading: threadingSchema.default(DEFAULTS.threading),
  snsRawDeliveryToken: z
    .string({ error: SNS_RAW_DELIVERY_TOKEN_EXPECTED })
    .regex(SNS_RAW_DELIVERY_TOKEN, { error: SNS_RAW_DELIVERY_TOKEN_EXPECTED })
    .optional(),
  ...commandAccessShape,
  customActions: customActionsSchema.optional(),
  logGroups: z.record(z.string(), z.array(z.string({ error: 'a log group name' }).min(1), { error: 'a list of log group names' }), { error: 'a mapping of alarm names or metric namespaces to log group names' }).optional(),
};

export const channelConfigurationSchema = z
  .strictObject(channelConfigurationShape, { error: 'a channel configuration (a mapping with name, platform, ...)' })
  .superRefine(checkChannelTarget, ALWAYS)
  .superRefine((value, ctx) => {
    if (typeof value === 'object' && value !== null) checkCommandAccess(value as Record<string, unknown>, (path, message) => ctx.addIssue({ code: 'custom', path, message }));
  }, ALWAYS)
  .transform((c): ChannelConfiguration => {
    const common: ConfigurationCommon = {
      name: c.name,
      enabled: c.enabled,
      snsTopicArns: c.snsTopicArns,
      loggingLevel: c.loggingLevel,
      tags: c.tags,
      threading: c.threading,
      ...(c.snsRawDeliveryToken !== undefined ? { snsRawDeliveryToken: c.snsRawDeliveryToken } : {}),
    };
    if (c.platform === 'webhook') return { ...common, platform: 'webhook', webhookUrl: c.webhookUrl ?? '' };
    return {
      ...common,
      platform: c.platform,
      channelId: normaliseChannelId(c.platform, c.channelId ?? '') ?? '',
      ...(c.platform === 'slack' && c.workspaceId !== undefined ? { workspaceId: c.workspaceId } : {}),
      accounts: c.accounts ?? [],
      guardrailPolicyArns: c.guardrailPolicyArns ?? [],
      protectionPolicy: c.protectionPolicy ?? COMMAND_ACCESS_DEFAULTS.protectionPolicy,
      userRoles: c.userRoles ?? COMMAND_ACCESS_DEFAULTS.userRoles,
      customActions: c.customActions ?? [],
      logGroups: c.logGroups ?? {},
      ...(c.channelType !== undefined ? { channelType: c.channelType } : {}),
      ...(c.platform === 'teams' && c.tenantId !== undefined ? { tenantId: c.tenantId } : {}),
      ...(c.platform === 'teams' && c.teamId !== undefined ? { teamId: c.teamId } : {}),
    };
  });

const pathText = (what: string) => z.string({ error: `${what} (text)` }).min(1, { error: `${what}, not empty` });

export const serverShape = {
  port: z.int({ error: 'a port number 0–65535' }).min(0, { error: 'a port number 0–65535' }).max(65535, { error: 'a port number 0–65535' }).optional(),
  host: z
    .string({ error: 'a host name or IP address to listen on, such as 127.0.0.1 or 0.0.0.0' })
    .regex(/^[A-Za-z0-9.:[\]-]+$/, { error: 'a host name or IP address to listen on, such as 127.0.0.1 or 0.0.0.0' })
    .default(DEFAULTS.host),
  dataDir: pathText('a directory path').default(DEFAULTS.dataDir),
  publicUrl: z
    .url({ protocol: /^https?$/, error: 'an http(s) URL such as https://chatops.example.com' })
    .optional(),
};

export const snsShape = {
  path: z
    .string({ error: 'a URL path such as /sns' })
    .regex(/^\/[A-Za-z0-9/_.-]*$/, { error: 'a URL path starting with / such as /sns' })
    .default(DEFAULTS.snsPath),
  certificateDir: pathText('a directory path').optional(),
};

export const sandboxShape = {
  enabled: z.union([z.literal('auto'), z.boolean()], { error: 'auto, true or false' }).default('auto'),
};

const ACCOUNT_ID_LIST = 'a list of 12-digit AWS account IDs in quotes';

export const permissionsShape = {
  /** The organization's chat policy (the reference's "Chatbot policy" JSON); checked at load and on every command. */
  orgPolicyFile: pathText('a file path').optional(),
  /** Accounts whose every channel requires user roles (the reference's account-level requirement). */
  requireUserRolesInAccounts: z.array(z.string({ error: ACCOUNT_ID_LIST }).regex(/^\d{12}$/, { error: ACCOUNT_ID_LIST }), { error: ACCOUNT_ID_LIST }).default([]),
};

export const configFileShape = {
  server: emptyAsMissing(z.strictObject(serverShape, { error: 'a mapping (port, host, dataDir, publicUrl)' }).prefault({})),
  sns: emptyAsMissing(z.strictObject(snsShape, { error: 'a mapping (path, certificateDir)' }).prefault({})),
  templatesDir: pathText('a directory path').optional(),
  sandbox: emptyAsMissing(z.strictObject(sandboxShape, { error: 'a mapping (enabled)' }).prefault({})),
  permissions: emptyAsMissing(z.strictObject(permissionsShape, { error: 'a mapping (orgPolicyFile, requireUserRolesInAccounts)' }).prefault({})),
  configurations: emptyAsMissing(
    z.array(channelConfigurationSchema, { error: 'a list of channel configurations' }).superRefine(checkUniqueNames, ALWAYS).default([]),
  ),
};

export const configFileSchema = z.strictObject(configFileShape, {
  error: 'a mapping with server, sns, templatesDir, sandbox, permissions and configurations',
});

/** chatops.yml after validation and defaults (paths not yet resolved, env not yet applied). */
export type Config = z.output<typeof configFileSchema>;
/** chatops.yml as written. */
export type ConfigInput = z.input<typeof configFileSchema>;

/** Known keys per place in the file, for "did you mean" hints on unknown keys. */
export const KNOWN_KEYS: Record<string, readonly string[]> = {
  '': Object.keys(configFileShape),
  server: Object.keys(serverShape),
  sns: Object.keys(snsShape),
  sandbox: Object.keys(sandboxShape),
  permissions: Object.keys(permissionsShape),
  'configurations[].accounts[]': ['id', 'name', 'channelRole', 'externalId', 'userRoles', 'region', 'serviceCredentials'],
  'configurations[].customActions[]': ['name', 'buttonText', 'command', 'lambda', 'criteria'],
  'configurations[].customActions[].lambda': ['functionName', 'region', 'payload'],
  'configurations[].customActions[].criteria[]': ['variable', 'operator', 'value'],
  'configurations[]': Object.keys(channelConfigurationShape),
};
