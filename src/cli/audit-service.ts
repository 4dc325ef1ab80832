/**
 * How `chatops audit` asks the running service for the audit log (GET /api/audit, JSON lines).
 * The service is found as `chatops trace` finds it: --url, else http://127.0.0.1:$PORT (3978),
 * with `Authorization: Bearer $CHATOPS_ADMIN_TOKEN` when set. "Nobody there" (connection refused,
 * or a service too old to have the endpoint) is an answer, not an error: the caller then opens
 * the store itself. Anything else the service says is a coded error.
 */
import { z } from 'zod';
import { ChatOpsError } from '../core/errors.js';
import type { AuditEntry, AuditQuery } from '../ports/permissions.js';
import { AUDIT_KINDS } from '../ports/permissions.js';

export type ServiceAnswer = { entries: AuditEntry[] } | { absent: string };

const TIMEOUT_MS = 30_000;

/** The address of the service to ask, as `chatops trace` picks it. */
export function serviceBase(url: string | undefined, env: NodeJS.ProcessEnv): string {
  return (url ?? `http://127.0.0.1:${env.PORT ?? 3978}`).replace(/\/+$/, '');
}

/** The audit entries the service at `base` lists for `query`, or why nobody there could answer. */
export async function askService(base: string, query: AuditQuery, env: NodeJS.ProcessEnv): Promise<ServiceAnswer> {
  const params = new URLSearchParams();
  if (query.since !== undefined) params.set('since', query.since);
  if (query.user !== undefined) params.set('user', query.user);
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  const headers: Record<string, string> = { accept: 'application/x-ndjson, application/json' };
  if (env.CHATOPS_ADMIN_TOKEN) headers.authorization = `Bearer ${env.CHATOPS_ADMIN_TOKEN}`;
  const search = params.size ? `?${params.toString()}` : '';
  let res: Response;
  let text: string;
  try {
    res = await fetch(`${base}/api/audit${search}`, { headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
    text = await res.text();
  } catch (cause) {
    if (isConnectionRefused(cause)) return { absent: `No aws-chatops service answers at ${base}` };
    const timedOut = (cause as { name?: string }).name === 'TimeoutError';
    throw new ChatOpsError('AUDIT_UNREACHABLE', timedOut ? `The service at ${base} did not answer within ${TIMEOUT_MS / 1000} s.` : `The service at ${base} could not be reached: ${describe(cause)}.`, {
      cause,
      nextStep: 'Check that the service runs and that --url (or PORT) gives its address; with --limit or --since the answer is smaller.',
    });
  }
  if (res.status === 200 && /^application\/x-ndjson\b/i.test(res.headers.get('content-type') ?? '')) return { entries: readLines(text, base) };
  const error = errorOf(text);
  // A service older than this CLI has no audit endpoint: like no service at all, the store may still be read.
  if (res.status === 404 && error?.code === 'HTTP_NOT_FOUND') return { absent: `The service at ${base} has no audit endpoint (it runs an older version)` };
  if (error) throw new ChatOpsError(error.code, error.message, { nextStep: error.nextStep });
  throw new ChatOpsError('AUDIT_FAILED', `The service at ${base} answered HTTP ${res.status}, not an audit listing.`, { nextStep: 'Check that --url (or PORT) is the address of aws-chatops.' });
}

const entrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  kind: z.enum(AUDIT_KINDS),
  platform: z.enum(['slack', 'teams', 'sandbox', 'webhook']),
  workspaceId: z.string().optional(),
  channelId: z.string(),
  userId: z.string(),
  userName: z.string().optional(),
  accountId: z.string().optional(),
  roleArn: z.string().optional(),
  command: z.string().optional(),
  decision: z.string(),
  policy: z.string().optional(),
  resultCode: z.string().optional(),
  durationMs: z.number().optional(),
});

/** Each line checked, but kept as sent: --json prints the entries exactly as the store gave them. */
function readLines(text: string, base: string): AuditEntry[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        value = undefined;
      }
      if (!entrySchema.safeParse(value).success) {
        throw new ChatOpsError('AUDIT_FAILED', `The service at ${base} sent line ${i + 1} of the audit log in a shape this CLI does not read.`, {
          nextStep: 'Use the chatops CLI of the same version as the service.',
        });
      }
      return value as AuditEntry;
    });
}

const errorBodySchema = z.object({ error: z.object({ code: z.string().min(1), message: z.string(), nextStep: z.string().optional() }) });

function errorOf(text: string): z.infer<typeof errorBodySchema>['error'] | undefined {
  try {
    return errorBodySchema.parse(JSON.parse(text)).error;
  } catch {
    return undefined;
  }
}

/** fetch's "fetch failed" hides the reason in its cause (one error, or several when a name has many addresses). */
function isConnectionRefused(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string; errors?: { code?: string }[] } }).cause;
  if (cause?.code === 'ECONNREFUSED') return true;
  return Array.isArray(cause?.errors) && cause.errors.length > 0 && cause.errors.every((e) => e.code === 'ECONNREFUSED');
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}
