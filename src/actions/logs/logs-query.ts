/**
 * The Logs Insights query behind "Show logs" and "Show error logs": the first 30 entries of the
 * window, oldest first ("the first 30 log entries from the start of the alarm evaluation
 * period"); the error variant keeps "log entries containing Error, Exception, or Fail terms"
 * (the reference), matched without case, since the reference does not say.
 */

/** How many entries the reference shows. */
export const LOG_LINES_LIMIT = 30;

const FIELDS = 'fields @timestamp, @message, @logStream';
const ERRORS = 'filter @message like /(?i)(Error|Exception|Fail)/';
const ORDER = `sort @timestamp asc | limit ${LOG_LINES_LIMIT}`;

export function logsQuery(errorsOnly: boolean): string {
  return [FIELDS, ...(errorsOnly ? [ERRORS] : []), ORDER].join(' | ');
}
