/**
 * GET /api/audit?since=&user=&limit= → 200 application/x-ndjson: one AuditEntry per line, oldest
 * first (the lines `chatops audit --json` prints). It lets `chatops audit` read the log from the
 * running service, which holds the embedded database's lock. Same access rule as
 * GET /api/trace/:id (admin-only.ts); coded JSON errors: 400 AUDIT_BAD_REQUEST for a bad filter,
 * 503 AUDIT_UNAVAILABLE when the store fails.
 */
import type { IRouter, Request } from 'express';
import { ChatOpsError } from '../../core/errors.js';
import type { AuditQuery, AuditStore } from '../../ports/permissions.js';
import { adminOnly } from './admin-only.js';

export interface AuditRouteDeps {
  /** The store's audit log (a Store's `audit` fits). */
  audit: Pick<AuditStore, 'list'>;
  /** CHATOPS_ADMIN_TOKEN. Without it, only callers on this machine (loopback) are accepted. */
  adminToken?: string;
}

export const AUDIT_PATH = '/api/audit';
export const NDJSON = 'application/x-ndjson; charset=utf-8';

const PARAMETERS = ['since', 'user', 'limit'] as const;
const MAX_USER_LENGTH = 512;
const USAGE = `Filters: since=ISO time (e.g. 2026-12-06T10:00:00Z), user=id or name, limit=1 or more; each at most once.`;

export function mountAudit(router: IRouter, deps: AuditRouteDeps): void {
  router.get(AUDIT_PATH, adminOnly(deps.adminToken), async (req, res) => {
    const query = readAuditQuery(req);
    const entries = await deps.audit.list(query).catch((cause: unknown) => {
      throw new ChatOpsError('AUDIT_UNAVAILABLE', 'The audit log could not be read from the store.', { cause, nextStep: 'Try again; if it keeps failing, check /readyz and the server log.' });
    });
    res.setHeader('Cache-Control', 'no-store');
    res.type(NDJSON).send(entries.map((e) => JSON.stringify(e) + '\n').join(''));
  });
}

/** The query string, checked: an unknown or repeated filter is refused rather than ignored (it would list more than was asked). */
function readAuditQuery(req: Request): AuditQuery {
  const params = new URL(req.originalUrl, 'http://local').searchParams;
  const query: AuditQuery = {};
  for (const name of new Set(params.keys())) {
    if (!(PARAMETERS as readonly string[]).includes(name)) bad(`Unknown filter "${name.slice(0, 40)}".`);
    if (params.getAll(name).length > 1) bad(`Give "${name}" once.`);
  }
  const since = params.get('since');
  if (since !== null) {
    const time = since.trim();
    if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/i.test(time) || Number.isNaN(Date.parse(time))) bad(`"since" must be an ISO time (got "${since.slice(0, 40)}").`);
    query.since = new Date(Date.parse(time)).toISOString();
  }
  const user = params.get('user');
  if (user !== null) {
    if (!user.trim() || user.length > MAX_USER_LENGTH) bad(`"user" must be a user id or name of 1–${MAX_USER_LENGTH} characters.`);
    query.user = user.trim();
  }
  const limit = params.get('limit');
  if (limit !== null) {
    if (!/^\d{1,9}$/.test(limit.trim()) || Number(limit) < 1) bad(`"limit" must be a whole number of entries, 1 or more (got "${limit.slice(0, 40)}").`);
    query.limit = Number(limit);
  }
  return query;
}

function bad(message: string): never {
  throw new ChatOpsError('AUDIT_BAD_REQUEST', message, { nextStep: USAGE });
}
