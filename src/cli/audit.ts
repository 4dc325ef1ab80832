/**
 * `chatops audit [--since TIME|DURATION] [--user ID|NAME] [--limit N] [--json] [--url URL]`: lists
 * the audit log (every command, click, dialog decision and denial), oldest first. It asks the
 * running service first (GET /api/audit, found as `chatops trace` finds it: --url, else
 * 127.0.0.1:$PORT, with CHATOPS_ADMIN_TOKEN), since the service holds the embedded database's
 * lock. When no service answers (and no --url was given), it opens the store the way
 * `chatops start` does: DATABASE_URL when set, else the embedded database under the data
 * directory (--data-dir, or server.dataDir of --config / CHATOPS_CONFIG / ./chatops.yml). Both
 * paths print the same: a table, or with --json one AuditEntry per line (JSON lines, for a SIEM).
 * Exit 0 when listed (even nothing), 1 when neither the service nor the store can be read, 2 for
 * a bad option.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../config/index.js';
import { ChatOpsError, isChatOpsError } from '../core/errors.js';
import type { Clock } from '../ports/clock.js';
import { systemClock } from '../ports/clock.js';
import type { AuditEntry } from '../ports/permissions.js';
import type { Store } from '../ports/store.js';
import { readAuditOptions, type AuditOptions } from './audit-options.js';
import { askService, serviceBase } from './audit-service.js';
import { formatAuditTable } from './audit-table.js';

export interface AuditIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
  /** For durations in --since; default the system clock. */
  clock?: Clock;
  cwd?: string;
}

export async function runAudit(args: readonly string[], io: AuditIo): Promise<number> {
  let options: AuditOptions;
  try {
    options = readAuditOptions(args, (io.clock ?? systemClock).now());
  } catch (e) {
    io.stderr((isChatOpsError(e) ? e.toLine() : `CLI_BAD_OPTION: ${(e as Error).message}`) + '\n');
    return 2;
  }
  try {
    const entries = await listAudit(options, io);
    io.stdout(options.json ? entries.map((e) => JSON.stringify(e) + '\n').join('') : formatAuditTable(entries));
    return 0;
  } catch (e) {
    if (e instanceof ConfigError) io.stderr(e.lines().join('\n') + '\n');
    else io.stderr((isChatOpsError(e) ? e.toLine() : `AUDIT_FAILED: ${(e as Error).message}`) + '\n');
    return 1;
  }
}

/** The running service's answer; the store's when no service answers. */
async function listAudit(options: AuditOptions, io: AuditIo): Promise<AuditEntry[]> {
  const base = serviceBase(options.url, io.env);
  const answer = await askService(base, options.query, io.env);
  if ('entries' in answer) return answer.entries;
  if (options.url) {
    throw new ChatOpsError('AUDIT_UNREACHABLE', `${answer.absent}.`, { nextStep: 'Start it with "npm start" (or "chatops start"), or give its address with --url.' });
  }
  let store: Store | undefined;
  try {
    store = await openAuditedStore(options, io);
    return await store.audit.list(options.query);
  } catch (e) {
    // The database is held by a process we could not reach: most likely the service, on another address.
    if (isChatOpsError(e) && e.code === 'STORE_LOCKED') {
      throw new ChatOpsError('AUDIT_UNREACHABLE', `${answer.absent}, and ${e.userMessage.charAt(0).toLowerCase()}${e.userMessage.slice(1)}`, {
        cause: e,
        nextStep: 'If that process is the service, give its address with --url URL (or set PORT to its port, and CHATOPS_ADMIN_TOKEN if it asks for one); otherwise stop it and run chatops audit again.',
      });
    }
    throw e;
  } finally {
    await store?.close().catch(() => undefined);
  }
}

/** The store `chatops start` would open with the same configuration, environment and --data-dir. */
async function openAuditedStore(options: AuditOptions, io: AuditIo): Promise<Store> {
  const config = loadConfig({ path: options.config, env: io.env, cwd: io.cwd, overrides: options.dataDir ? { server: { dataDir: options.dataDir } } : undefined });
  const { openStore } = await import('../adapters/store/open-store.js');
  if (config.databaseUrl) return openStore({ databaseUrl: config.databaseUrl });
  const dataDir = join(config.server.dataDir, 'pglite');
  // Opening an empty directory would make a new, empty database: say where we looked instead.
  if (!existsSync(dataDir)) {
    throw new ChatOpsError('AUDIT_NO_DATABASE', `There is no embedded database in ${dataDir}.`, {
      nextStep: 'Give the data directory the service uses (--data-dir DIR or --config FILE), or set DATABASE_URL.',
    });
  }
  return openStore({ dataDir });
}
