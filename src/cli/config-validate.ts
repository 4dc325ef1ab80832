/**
 * `chatops config validate [--config FILE] [--json]`: loads the configuration exactly as `start`
 * does and reports the result. Exit code 0 when valid (warnings included), 1 when not.
 */
import { ConfigError } from '../config/problems.js';
import { OrgPolicyError } from '../permissions/org-policy/index.js';
import type { EnvSource } from '../config/env.js';
import { loadConfig } from '../config/load-config.js';
import type { LoadedConfig } from '../config/loaded-config.js';
import { PLATFORMS } from '../config/schema.js';
import { isChatOpsError } from '../core/errors.js';

export interface TextOut {
  write(text: string): unknown;
}

export interface ConfigValidateOptions {
  /** --config FILE; default CHATOPS_CONFIG, else ./chatops.yml, else the built-in default. */
  path?: string;
  env: EnvSource;
  cwd?: string;
  stdout: TextOut;
  stderr: TextOut;
  /** --json: one JSON object on stdout instead of text. */
  json?: boolean;
}

export const CONFIG_VALIDATE_USAGE = 'usage: chatops config validate [--config FILE] [--json]';

export function runConfigValidate(options: ConfigValidateOptions): number {
  const { stdout, stderr } = options;
  let config: LoadedConfig;
  try {
    config = loadConfig({ path: options.path, env: options.env, cwd: options.cwd });
  } catch (e) {
    if (!isChatOpsError(e)) throw e;
    if (options.json) {
      // An org chat policy's problems are lines of their own (`<json path>: expected …`), without a file position.
      const problems = e instanceof ConfigError ? e.problems : e instanceof OrgPolicyError ? e.problems.map((text) => ({ source: 'orgPolicyFile', path: '', text })) : [];
      stdout.write(`${JSON.stringify({ ok: false, code: e.code, message: e.userMessage.split('\n')[0], problems, nextStep: e.nextStep })}\n`);
    } else {
      stderr.write(`${e.userMessage}\n`);
      if (e.nextStep) stderr.write(`${e.nextStep}\n`);
    }
    return 1;
  }
  const counts = countByPlatform(config);
  const disabled = config.configurations.filter((c) => !c.enabled).length;
  if (options.json) {
    stdout.write(`${JSON.stringify({ ok: true, file: config.source.display, configurations: config.configurations.length, byPlatform: counts, disabled, warnings: config.warnings })}\n`);
    return 0;
  }
  const n = config.configurations.length;
  const breakdown = PLATFORMS.map((p) => `${p}: ${counts[p]}`).join(', ');
  const disabledText = disabled ? `; ${disabled} disabled` : '';
  stdout.write(`OK: ${config.source.display}: ${n} configuration${n === 1 ? '' : 's'} (${breakdown}${disabledText})\n`);
  for (const w of config.warnings) stderr.write(`warning: ${w}\n`);
  return 0;
}

function countByPlatform(config: LoadedConfig): Record<(typeof PLATFORMS)[number], number> {
  const counts = { slack: 0, teams: 0, sandbox: 0, webhook: 0 };
  for (const c of config.configurations) counts[c.platform]++;
  return counts;
}

/** Parses the arguments after `config validate` and runs it; exit code 2 for a usage error. */
export function runConfigValidateArgs(args: readonly string[], io: Omit<ConfigValidateOptions, 'path' | 'json'>): number {
  let path: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') json = true;
    else if ((arg === '--config' || arg === '-c') && args[i + 1] !== undefined) path = args[++i];
    else if (arg.startsWith('--config=')) path = arg.slice('--config='.length);
    else {
      io.stderr.write(`unexpected argument: ${arg}\n${CONFIG_VALIDATE_USAGE}\n`);
      return 2;
    }
  }
  return runConfigValidate({ ...io, path, json });
}
