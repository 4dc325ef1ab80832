/**
 * From the validated file to the running configuration: defaults that depend on the environment,
 * paths made absolute, the sandbox switch decided, and warnings for what will not deliver.
 * Precedence: overrides > file > environment > default, except SNS_CERTIFICATE_DIR, which wins
 * over the file. Relative paths written in the file are relative to the file's directory; others
 * are relative to the working directory.
 */
import { dirname, resolve } from 'node:path';
import type { ChatOpsEnv } from './env.js';
import type { ConfigOverrides, ConfigSource, LoadedConfig } from './loaded-config.js';
import { type Config, DEFAULTS } from './schema.js';

export interface ResolveInput {
  config: Config;
  env: ChatOpsEnv;
  source: ConfigSource;
  cwd: string;
  /** The file as parsed, before overrides: tells which values the file wrote. */
  fileRaw: unknown;
  overrides?: ConfigOverrides;
}

export function resolveConfig({ config, env, source, cwd, fileRaw, overrides }: ResolveInput): LoadedConfig {
  const fileDir = source.kind === 'file' ? dirname(source.path) : cwd;
  const written = (section: string | undefined, key: string): boolean => {
    const obj = section ? (fileRaw as Record<string, unknown> | undefined)?.[section] : fileRaw;
    return typeof obj === 'object' && obj !== null && key in obj;
  };
  const pathOf = (value: string, fromFile: boolean) => resolve(fromFile ? fileDir : cwd, value);

  const overriddenDataDir = overrides?.server?.dataDir !== undefined;
  const dataDir = pathOf(config.server.dataDir, !overriddenDataDir && written('server', 'dataDir'));
  const templatesDir =
    config.templatesDir === undefined ? undefined : pathOf(config.templatesDir, overrides?.templatesDir === undefined);

  let certificateDir: string | undefined;
  if (overrides?.sns?.certificateDir !== undefined) certificateDir = pathOf(overrides.sns.certificateDir, false);
  else if (env.snsCertificateDir !== undefined) certificateDir = pathOf(env.snsCertificateDir, false);
  else if (config.sns.certificateDir !== undefined) certificateDir = pathOf(config.sns.certificateDir, true);

  const setting = config.sandbox.enabled;
  const sandboxEnabled = setting === 'auto' ? !(env.slackConfigured || env.teamsConfigured) : setting;

  const loaded: LoadedConfig = {
    source,
    server: {
      port: config.server.port ?? env.port ?? DEFAULTS.port,
      host: config.server.host,
      dataDir,
      ...(config.server.publicUrl !== undefined ? { publicUrl: config.server.publicUrl } : {}),
    },
    ...(env.databaseUrl !== undefined ? { databaseUrl: env.databaseUrl } : {}),
    sns: { path: config.sns.path, ...(certificateDir !== undefined ? { certificateDir } : {}) },
    ...(templatesDir !== undefined ? { templatesDir } : {}),
    sandbox: { enabled: sandboxEnabled, setting },
    configurations: config.configurations,
    permissions: {
      ...(config.permissions.orgPolicyFile !== undefined ? { orgPolicyFile: pathOf(config.permissions.orgPolicyFile, true) } : {}),
      requireUserRolesInAccounts: config.permissions.requireUserRolesInAccounts,
    },
    env,
    slackConfigured: env.slackConfigured,
    teamsConfigured: env.teamsConfigured,
    warnings: [],
  };
  loaded.warnings.push(...deliveryWarnings(loaded));
  return loaded;
}

function deliveryWarnings(config: LoadedConfig): string[] {
  const warnings: string[] = [];
  if (config.configurations.length === 0) {
    warnings.push(`${config.source.display}: no channel configurations: notifications will not be delivered anywhere.`);
  }
  const missing: Record<string, string | undefined> = {
    slack: config.slackConfigured ? undefined : 'Slack is not configured (set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET)',
    // DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS runs Teams without credentials (the agents playground).
    teams: config.teamsConfigured || config.env.teams.dangerouslyAllowUnauthenticatedRequests ? undefined : 'Teams is not configured (set CLIENT_ID and CLIENT_SECRET)',
    // With `auto`, a sandbox configuration next to Slack or Teams is expected to fall silent.
    sandbox: config.sandbox.setting === false ? 'the sandbox is off (sandbox.enabled: false)' : undefined,
  };
  config.configurations.forEach((c, i) => {
    if (c.platform !== 'webhook' && c.accounts.length === 0 && (c.customActions.length > 0 || Object.keys(c.logGroups).length > 0)) {
      warnings.push(`${config.source.display}: configurations[${i}] "${c.name}" has customActions or logGroups but no accounts: its notifications get no buttons until it has an AWS account.`);
    }
    const why = missing[c.platform];
    if (c.enabled && why) {
      warnings.push(`${config.source.display}: configurations[${i}] "${c.name}" (${c.platform}) will not deliver: ${why}.`);
    }
  });
  return warnings;
}
