import { ChatOpsError } from '../../core/errors.js';

/**
 * An ISO time as a timestamptz column gives it back (`toISOString()`), or the error the SQL store
 * raises for text that is no time, so the memory store accepts and refuses what the SQL store does.
 */
export function memoryTimestamp(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) {
    throw new ChatOpsError('STORE_QUERY_FAILED', `The database refused a query: invalid input syntax for type timestamp with time zone: ${JSON.stringify(iso)}.`, {
      nextStep: 'This is probably a bug; the log has the details.',
    });
  }
  return new Date(ms).toISOString();
}
