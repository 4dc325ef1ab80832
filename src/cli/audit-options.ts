/**
 * The options of `chatops audit`, read and checked before anything is opened: a bad flag is a
 * usage error (exit 2) with one coded line, never a half-done listing.
 */
import { parseArgs } from 'node:util';
import { ChatOpsError } from '../core/errors.js';
import type { AuditQuery } from '../ports/permissions.js';

export interface AuditOptions {
  query: AuditQuery;
  json: boolean;
  /** --config FILE, as for `chatops start`. */
  config?: string;
  /** --data-dir DIR, as for `chatops start`. */
  dataDir?: string;
  /** --url URL: the running service to ask (as for `chatops trace`); then the store is never opened. */
  url?: string;
}

export const AUDIT_USAGE = 'usage: chatops audit [--since TIME|DURATION] [--user ID|NAME] [--limit N] [--json] [--url URL] [--config FILE] [--data-dir DIR]';

const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** Reads the arguments after `audit`; throws CLI_BAD_OPTION. `now` turns a duration into a time. */
export function readAuditOptions(args: readonly string[], now: Date): AuditOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: { since: { type: 'string' }, user: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' }, config: { type: 'string', short: 'c' }, 'data-dir': { type: 'string' }, url: { type: 'string' } },
    }));
  } catch (cause) {
    throw new ChatOpsError('CLI_BAD_OPTION', `${(cause as Error).message}.`, { cause, nextStep: AUDIT_USAGE });
  }
  const query: AuditQuery = {};
  if (values.since !== undefined) query.since = sinceTime(values.since, now);
  if (values.user !== undefined) {
    if (!values.user.trim()) throw new ChatOpsError('CLI_BAD_OPTION', '--user needs a user id or name.', { nextStep: AUDIT_USAGE });
    query.user = values.user.trim();
  }
  if (values.limit !== undefined) {
    if (!/^\d+$/.test(values.limit.trim()) || Number(values.limit) < 1) {
      throw new ChatOpsError('CLI_BAD_OPTION', `--limit must be a whole number of entries, 1 or more (got "${values.limit}").`, { nextStep: AUDIT_USAGE });
    }
    query.limit = Number(values.limit);
  }
  if (values.url !== undefined && !/^https?:\/\/[^\s/]+/i.test(values.url.trim())) {
    throw new ChatOpsError('CLI_BAD_OPTION', `--url must be the service's address, such as http://127.0.0.1:3978 (got "${values.url}").`, { nextStep: AUDIT_USAGE });
  }
  return { query, json: values.json ?? false, config: values.config, dataDir: values['data-dir'], url: values.url?.trim() };
}

/** `24h`, `7d`, `30m`, `90s`, `2w` before now, or an ISO time / date (`2026-12-06`, `2026-12-06T10:00:00Z`). */
function sinceTime(text: string, now: Date): string {
  const value = text.trim();
  const duration = /^(\d+)\s*([smhdw])$/i.exec(value);
  if (duration) return new Date(now.getTime() - Number(duration[1]) * UNIT_MS[duration[2]!.toLowerCase()]!).toISOString();
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/i.test(value) && !Number.isNaN(Date.parse(value))) return new Date(Date.parse(value)).toISOString();
  throw new ChatOpsError('CLI_BAD_OPTION', `--since takes an ISO time such as 2026-12-06T10:00:00Z or a duration such as 24h or 7d (got "${text}").`, { nextStep: AUDIT_USAGE });
}
