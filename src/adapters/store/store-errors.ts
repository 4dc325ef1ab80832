import { ChatOpsError, isChatOpsError } from '../../core/errors.js';

/** Node socket errors and PostgreSQL SQLSTATEs that mean "the database is not reachable or not usable". */
const CONNECTION_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);
const CONNECTION_SQLSTATE = /^(08|28|3D|57P0[123]|53300)/;

function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function isConnectionError(e: unknown): boolean {
  const code = errorCode(e);
  if (code && (CONNECTION_ERRNOS.has(code) || CONNECTION_SQLSTATE.test(code))) return true;
  const message = e instanceof Error ? e.message : '';
  return /connection terminated|timeout exceeded when trying to connect|connection timeout/i.test(message);
}

/** The database can't be reached or opened. `where` must already be redacted. */
export function storeUnavailable(where: string, nextStep: string, cause: unknown): ChatOpsError {
  const reason = cause instanceof Error && cause.message ? ` (${cause.message})` : '';
  return new ChatOpsError('STORE_UNAVAILABLE', `Cannot use the database at ${where}${reason}.`, { nextStep, cause });
}

export function storeClosed(): ChatOpsError {
  return new ChatOpsError('STORE_CLOSED', 'The store is closed.', {
    nextStep: 'This is a bug in the caller: it used the store after shutting it down.',
  });
}

export function storeMigrationFailed(id: number, name: string, cause: unknown): ChatOpsError {
  const reason = cause instanceof Error ? ` (${cause.message})` : '';
  return new ChatOpsError('STORE_MIGRATION_FAILED', `Database migration ${id} (${name}) failed${reason}.`, {
    nextStep: 'Nothing of this migration was kept. Fix the cause named above and start again.',
    cause,
  });
}

/**
 * Turns a driver error into a coded one. Our own coded errors pass through unchanged, so a
 * transaction callback's error reaches the caller as it was thrown.
 */
export function toStoreError(e: unknown, where: string, nextStep: string): ChatOpsError {
  if (isChatOpsError(e)) return e;
  if (isConnectionError(e)) return storeUnavailable(where, nextStep, e);
  const code = errorCode(e);
  const message = e instanceof Error ? e.message : String(e);
  return new ChatOpsError('STORE_QUERY_FAILED', `The database refused a query${code ? ` (${code})` : ''}: ${message}.`, {
    nextStep: 'This is probably a bug; the log has the details.',
    cause: e,
  });
}
