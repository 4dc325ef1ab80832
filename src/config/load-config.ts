/**
 * loadConfig(): the one way in to configuration. Synchronous: it runs once at start (and in
 * `chatops config validate`) and reads one small file. It either returns a fully validated
 * configuration or throws a ConfigError listing every problem, one line each, secrets hidden.
 */
import { loadOrgPolicy, orgPolicyProblems } from './org-policy-file.js';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { DEFAULT_CONFIG_FILE_NAME, defaultConfigInput } from './default-config.js';
import { type EnvSource, readEnv } from './env.js';
import type { ConfigOverrides, ConfigSource, LoadedConfig } from './loaded-config.js';
import { ConfigError, type ConfigProblem, expectedGiven, HIDDEN } from './problems.js';
import { redactSecrets, webhookSecrets } from './redact.js';
import { resolveConfig } from './resolve-config.js';
import { configFileSchema } from './schema.js';
import { hasEnvReference, substituteEnv } from './substitute-env.js';
import { parseYaml, type ParsedYaml } from './yaml-source.js';
import { expectedErrorMap, problemsFromZod } from './zod-problems.js';

export interface LoadConfigOptions {
  /** The file to read (like --config). Default: CHATOPS_CONFIG, else ./chatops.yml if it exists, else the built-in default. */
  path?: string;
  /** Default: process.env. */
  env?: EnvSource;
  /** Default: process.cwd(). */
  cwd?: string;
  overrides?: ConfigOverrides;
}

export interface ParseConfigOptions {
  /** The file the text came from: names it in messages and anchors relative paths. Default: <cwd>/chatops.yml. */
  file?: string;
  env?: EnvSource;
  cwd?: string;
  overrides?: ConfigOverrides;
}

export function loadConfig(options: LoadConfigOptions = {}): LoadedConfig {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const fromEnv = env.CHATOPS_CONFIG?.trim() ? env.CHATOPS_CONFIG.trim() : undefined;
  const explicit = options.path ?? fromEnv;
  const file = resolve(cwd, explicit ?? DEFAULT_CONFIG_FILE_NAME);
  const display = displayName(file, cwd);
  const text = readConfigFile(file, display, explicit === undefined ? undefined : options.path !== undefined ? '--config' : 'CHATOPS_CONFIG');
  if (text === undefined) {
    const loaded = build({ raw: defaultConfigInput(), source: { kind: 'default', display: '(built-in default)' }, env, cwd, overrides: options.overrides });
    if (existsSync(resolve(cwd, 'chatops.yaml'))) {
      loaded.warnings.unshift(`Found chatops.yaml but the default file name is ${DEFAULT_CONFIG_FILE_NAME}: using the built-in default. Rename it or pass --config chatops.yaml.`);
    }
    return loaded;
  }
  return parseConfigText(text, { file, env, cwd, overrides: options.overrides });
}

/** Validates YAML text as if it were read from `options.file` (handy in tests: no temporary files). */
export function parseConfigText(text: string, options: ParseConfigOptions = {}): LoadedConfig {
  const cwd = options.cwd ?? process.cwd();
  const file = resolve(cwd, options.file ?? DEFAULT_CONFIG_FILE_NAME);
  const display = displayName(file, cwd);
  const parsed = parseYaml(text, display);
  const source: ConfigSource = { kind: 'file', path: file, display };
  return build({ parsed, source, env: options.env ?? process.env, cwd, overrides: options.overrides });
}

interface BuildInput {
  parsed?: ParsedYaml;
  raw?: unknown;
  source: ConfigSource;
  env: EnvSource;
  cwd: string;
  overrides?: ConfigOverrides;
}

function build({ parsed, raw, source, env, cwd, overrides }: BuildInput): LoadedConfig {
  const envRead = readEnv(env);
  const fileRaw = parsed ? (parsed.value ?? {}) : raw;
  const secrets: string[] = [];
  const problems: ConfigProblem[] = [...(parsed?.problems ?? [])];
  let config;
  if (problems.length === 0) {
    const input = structuredClone(fileRaw);
    problems.push(...substituteWebhookUrls(input, env, source.display, parsed, secrets));
    problems.push(...substituteRawDeliveryTokens(input, env, source.display, parsed, secrets));
    const merged = applyOverrides(input, overrides);
    const result = configFileSchema.safeParse(merged, { error: expectedErrorMap });
    if (result.success) config = result.data;
    else problems.push(...problemsFromZod(result.error.issues, { raw: merged, source: source.display, locate: parsed?.locate }));
  }
  problems.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0));
  problems.push(...envRead.problems);
  if (problems.length > 0 || !config) {
    const safe = problems.map((p) => ({ ...p, text: redactSecrets(p.text, env, secrets), path: redactSecrets(p.path, env, secrets) }));
    throw new ConfigError('CONFIG_INVALID', safe, { file: source.display });
  }
  const loaded = resolveConfig({ config, env: envRead.env, source, cwd, fileRaw, overrides });
  loaded.warnings.unshift(...envRead.warnings);
  const contradictions = requiredRoleProblems(loaded);
  if (contradictions.length) throw new ConfigError('CONFIG_INVALID', contradictions, { file: source.display });
  if (loaded.permissions.orgPolicyFile) {
    const policy = loadOrgPolicy(loaded.permissions.orgPolicyFile, source.display);
    const refused = orgPolicyProblems(policy, loaded);
    if (refused.length) throw new ConfigError('CONFIG_INVALID', refused, { file: source.display, nextStep: 'Change the configurations above, or ask your organization administrator to change the chat policy.' });
    loaded.permissions.orgPolicy = policy;
  }
  return loaded;
}

/** A configuration with user roles disabled in an account that requires them could never run a command. */
function requiredRoleProblems(loaded: LoadedConfig): ConfigProblem[] {
  const required = new Set(loaded.permissions.requireUserRolesInAccounts);
  return loaded.configurations.flatMap((c, i) =>
    c.platform !== 'webhook' && c.userRoles === 'disabled'
      ? c.accounts.flatMap((a, j) =>
          a.id && required.has(a.id)
            ? [{ source: loaded.source.display, path: `configurations[${i}].accounts[${j}]`, text: expectedGiven(`user roles allowed or required (permissions.requireUserRolesInAccounts requires them in account ${a.id})`, 'userRoles: disabled') }]
            : [],
        )
      : [],
  );
}

/** Replaces `${NAME}` in every configurations[i].webhookUrl, in place; returns the problems. */
function substituteWebhookUrls(input: unknown, env: EnvSource, source: string, parsed: ParsedYaml | undefined, secrets: string[]): ConfigProblem[] {
  const list = (input as { configurations?: unknown } | null)?.configurations;
  if (!Array.isArray(list)) return [];
  const problems: ConfigProblem[] = [];
  list.forEach((c: unknown, i) => {
    const item = c as { webhookUrl?: unknown } | null;
    if (typeof item?.webhookUrl !== 'string') return;
    const written = item.webhookUrl;
    const sub = substituteEnv(written, env);
    secrets.push(...(hasEnvReference(written) ? sub.used : webhookSecrets(written)));
    const path = ['configurations', i, 'webhookUrl'];
    const at = { source, ...parsed?.locate(path), path: `configurations[${i}].webhookUrl` };
    for (const name of sub.missing) {
      problems.push({ ...at, text: expectedGiven(`the environment variable ${name} to be set (webhookUrl refers to \${${name}})`, `${name} is not set`) });
    }
    if (sub.malformed) {
      problems.push({ ...at, text: expectedGiven('references written as ${NAME}, NAME made of letters, digits and _', 'a malformed reference') });
    }
    if (sub.value === undefined) {
      item.webhookUrl = 'https://unresolved.invalid/';
      return;
    }
    item.webhookUrl = sub.value;
    secrets.push(...webhookSecrets(sub.value));
  });
  return problems;
}

/**
 * Replaces `${NAME}` in every configurations[i].snsRawDeliveryToken, in place. The token is a
 * secret, so it must come from the environment: a value written in the file is a problem.
 */
function substituteRawDeliveryTokens(input: unknown, env: EnvSource, source: string, parsed: ParsedYaml | undefined, secrets: string[]): ConfigProblem[] {
  const list = (input as { configurations?: unknown } | null)?.configurations;
  if (!Array.isArray(list)) return [];
  const problems: ConfigProblem[] = [];
  list.forEach((c: unknown, i) => {
    const item = c as { snsRawDeliveryToken?: unknown } | null;
    if (typeof item?.snsRawDeliveryToken !== 'string') return;
    const written = item.snsRawDeliveryToken;
    const path = ['configurations', i, 'snsRawDeliveryToken'];
    const at = { source, ...parsed?.locate(path), path: `configurations[${i}].snsRawDeliveryToken` };
    if (!hasEnvReference(written)) {
      secrets.push(written);
      problems.push({ ...at, text: expectedGiven('a reference to an environment variable such as ${PROD_SNS_TOKEN} (the token is a secret and stays out of the file)', HIDDEN) });
      delete item.snsRawDeliveryToken;
      return;
    }
    const sub = substituteEnv(written, env);
    secrets.push(...sub.used);
    for (const name of sub.missing) {
      problems.push({ ...at, text: expectedGiven(`the environment variable ${name} to be set (snsRawDeliveryToken refers to \${${name}})`, `${name} is not set`) });
    }
    if (sub.malformed) {
      problems.push({ ...at, text: expectedGiven('references written as ${NAME}, NAME made of letters, digits and _', 'a malformed reference') });
    }
    if (sub.value === undefined) delete item.snsRawDeliveryToken;
    else {
      item.snsRawDeliveryToken = sub.value;
      secrets.push(sub.value);
    }
  });
  return problems;
}

function applyOverrides(input: unknown, overrides: ConfigOverrides | undefined): unknown {
  if (!overrides || typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const out = { ...(input as Record<string, unknown>) };
  const section = (key: 'server' | 'sns' | 'sandbox', values: object | undefined) => {
    if (!values) return;
    const current = out[key];
    if (current === undefined || (typeof current === 'object' && current !== null && !Array.isArray(current))) {
      out[key] = { ...(current as object | undefined), ...stripUndefined(values) };
    }
  };
  section('server', overrides.server);
  section('sns', overrides.sns);
  section('sandbox', overrides.sandbox);
  if (overrides.templatesDir !== undefined) out.templatesDir = overrides.templatesDir;
  return out;
}

const stripUndefined = (o: object) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** Reads the file; undefined when it does not exist and was not asked for. */
function readConfigFile(file: string, display: string, askedBy: string | undefined): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && askedBy === undefined) return undefined;
    if (code === 'ENOENT') {
      throw new ConfigError('CONFIG_NOT_FOUND', [{ source: display, path: '', text: `file not found (named by ${askedBy})` }], {
        file: display,
        headline: `Configuration file not found: ${display}`,
        nextStep: `Check the path given by ${askedBy}, or omit it to use ./${DEFAULT_CONFIG_FILE_NAME}.`,
      });
    }
    const why = code === 'EISDIR' ? 'it is a directory, not a file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? 'unknown error');
    throw new ConfigError('CONFIG_UNREADABLE', [{ source: display, path: '', text: `cannot read the file: ${why}` }], {
      file: display,
      headline: `Cannot read configuration file ${display}`,
      nextStep: 'Make the file readable by the user running chatops.',
      cause: e,
    });
  }
}

function displayName(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}
