/**
 * Reads a toolkit-style env file (env/.env.dev): KEY=VALUE lines, `#` comments, blank lines, an
 * optional `export ` prefix and optional surrounding single or double quotes. No interpolation.
 * (The CLI option is `--env`, not `--env-file`: Node 20 reads `--env-file` even after the script
 * name and exits 9 when the file is missing.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ChatOpsError } from '../core/errors.js';

export function parseEnvFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m || line.trimStart().startsWith('#')) continue;
    const raw = m[2]!;
    const quoted = /^(['"])(.*)\1$/.exec(raw);
    out[m[1]!] = quoted ? quoted[2]! : raw;
  }
  return out;
}

/** `--env dev` → env/.env.dev (what `atk provision --env dev` writes); a value with a slash is a path. */
export function envFilePath(value: string): string {
  return /[\\/]/.test(value) ? value : join('env', `.env.${value}`);
}

export function readEnvFile(path: string): Record<string, string> {
  try {
    return parseEnvFile(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new ChatOpsError('TEAMS_PACKAGE_ENV_FILE_UNREADABLE', `The env file ${path} could not be read (${(cause as NodeJS.ErrnoException).code ?? 'error'}).`, {
      cause,
      nextStep: 'Name an environment (--env dev reads env/.env.dev) or give the path of a KEY=VALUE file, or leave --env out to use the environment.',
    });
  }
}
