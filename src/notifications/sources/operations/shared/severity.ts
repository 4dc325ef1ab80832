import { SEVERITIES, type Severity } from '../../../../core/card.js';
import { statusToken } from './values.js';

/** Severity → the status tokens (see statusToken) that have it. */
export type SeverityTable = Partial<Record<Severity, readonly string[]>>;

/** Looks a status up in a table; statuses it doesn't list get `otherwise`. */
export function severityOf(status: string | undefined, table: SeverityTable, otherwise: Severity = 'info'): Severity {
  const token = statusToken(status);
  if (!token) return otherwise;
  for (const severity of SEVERITIES) {
    if (table[severity]?.some((w) => statusToken(w) === token)) return severity;
  }
  return otherwise;
}

/** The usual reading of a job/execution status: failures high, success green, the rest info. */
export const RUN_STATUS: SeverityTable = {
  high: ['FAILED', 'FAILURE', 'TIMED_OUT', 'TIMEDOUT', 'TIMEOUT', 'CANCELLED', 'CANCELED', 'ABORTED', 'ERROR', 'FAULT', 'EXECUTION_TIMED_OUT', 'DELIVERY_TIMED_OUT', 'UNDELIVERABLE', 'TERMINATED', 'COMPLETED_WITH_FAILURE', 'REJECTED'],
  medium: ['STOPPED', 'STOP', 'INCOMPLETE', 'COMPLETED_WITH_ERROR', 'PENDING_APPROVAL', 'WAITING', 'SKIPPED_OVERLAPPING'],
  success: ['SUCCESS', 'SUCCEEDED', 'COMPLETED', 'COMPLETED_WITH_SUCCESS', 'PASSED'],
};
