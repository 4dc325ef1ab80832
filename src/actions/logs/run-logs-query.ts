/**
 * Runs a planned Logs Insights query over the AwsPort: StartQuery (limit 30), then
 * GetQueryResults about every second until the query is Complete (or Failed, Cancelled,
 * Timeout), for at most 15 s; past that, StopQuery, and the person gets the console link instead
 * ("Queries time out cleanly"). The credentials are the clicker's, from the permissions layer.
 * Failures are ChatOpsErrors with words and a next step.
 */
import { ChatOpsError, isChatOpsError } from '../../core/errors.js';
import type { AwsCall, AwsPort, SessionCredentials } from '../../ports/aws.js';
import { systemClock, type Clock } from '../../ports/clock.js';
import type { LogsQueryPlan } from './plan-logs-query.js';

/** Where the CloudWatch Logs client lives (as the command index's `logs` service says). */
export const LOGS_CLIENT: AwsCall['service'] = { cli: 'logs', package: '@aws-sdk/client-cloudwatch-logs', clientClass: 'CloudWatchLogsClient' };
export const QUERY_TIME_LIMIT_MS = 15_000;
export const POLL_INTERVAL_MS = 1_000;

export interface RunLogsQueryDeps {
  aws: AwsPort;
  /** The clicker's session (permissions layer); absent: the service's own credentials. */
  credentials?: SessionCredentials;
  clock?: Clock;
  sleep?: (ms: number) => Promise<void>;
  timeLimitMs?: number;
  pollIntervalMs?: number;
  /** The logs client, when the command index says otherwise. */
  service?: AwsCall['service'];
}

export interface LogLine {
  /** As Logs Insights gives it: "2024-02-17 11:51:02.123" (UTC). */
  timestamp: string;
  message: string;
  stream?: string;
}

export interface LogsQueryResult {
  queryId: string;
  lines: LogLine[];
  /** How many entries matched in the window (may be more than the lines shown). */
  recordsMatched?: number;
}

const FINISHED_BADLY = new Set(['Failed', 'Cancelled', 'Timeout']);

export async function runLogsQuery(plan: LogsQueryPlan, deps: RunLogsQueryDeps): Promise<LogsQueryResult> {
  const clock = deps.clock ?? systemClock;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const limitMs = deps.timeLimitMs ?? QUERY_TIME_LIMIT_MS;
  const deadline = clock.now().getTime() + limitMs;
  const remaining = () => Math.max(deadline - clock.now().getTime(), 1_000);
  const call = async (operation: string, operationCli: string, params: Record<string, unknown>, timeoutMs = remaining()) =>
    (await deps.aws.run({ service: deps.service ?? LOGS_CLIENT, operation, operationCli, params, region: plan.region, timeoutMs, ...(deps.credentials ? { credentials: deps.credentials } : {}) })).output;

  if (!plan.groups.length) {
    // A plan with lookups pending (planWithLookups resolves them): never a query over no group.
    throw new ChatOpsError('LOGS_NO_LOG_GROUP', 'No log group is known for this query yet.', { nextStep: 'Click the button again; if it keeps failing, tell your administrator (the log has the details).' });
  }
  let queryId: string;
  try {
    const started = await call('StartQuery', 'start-query', { logGroupNames: plan.groups, startTime: plan.window.startTime, endTime: plan.window.endTime, queryString: plan.query, limit: plan.limit });
    queryId = String(started.queryId ?? '');
  } catch (e) {
    throw startFailure(e, plan);
  }
  if (!queryId) throw new ChatOpsError('LOGS_QUERY_FAILED', 'CloudWatch Logs did not start the query (no query id came back).', { nextStep: `Try again, or open it in the console: ${plan.consoleUrl}` });

  for (;;) {
    const answer = await call('GetQueryResults', 'get-query-results', { queryId });
    const status = String(answer.status ?? 'Unknown');
    if (status === 'Complete') return { queryId, lines: logLines(answer.results, plan.limit), ...matched(answer.statistics) };
    if (FINISHED_BADLY.has(status)) {
      throw new ChatOpsError('LOGS_QUERY_FAILED', `The Logs Insights query ended with status ${status}.`, { nextStep: `Try again, or open it in the console: ${plan.consoleUrl}` });
    }
    if (clock.now().getTime() + (deps.pollIntervalMs ?? POLL_INTERVAL_MS) > deadline) {
      let stopFailure: unknown;
      await call('StopQuery', 'stop-query', { queryId }, 5_000).catch((e: unknown) => (stopFailure = e));
      throw new ChatOpsError('LOGS_QUERY_TIMED_OUT', `Query still running after ${Math.round(limitMs / 1000)} s, so it was stopped.`, {
        nextStep: `Open it in the console: ${plan.consoleUrl}`,
        ...(stopFailure ? { cause: stopFailure } : {}),
      });
    }
    await sleep(deps.pollIntervalMs ?? POLL_INTERVAL_MS);
  }
}

/** StartQuery's failures worded for logs; others (access denied, throttling…) stay as the adapter worded them. */
function startFailure(e: unknown, plan: LogsQueryPlan): unknown {
  const code = isChatOpsError(e) ? (e as { aws?: { code?: string } }).aws?.code : undefined;
  const said = isChatOpsError(e) ? ` ${e.userMessage}` : '';
  if (code === 'ResourceNotFoundException') {
    return new ChatOpsError('LOGS_LOG_GROUP_NOT_FOUND', `CloudWatch Logs in ${plan.region} has no log group ${plan.groups.join(', ')} (or one of them is missing).${said}`, {
      cause: e,
      nextStep: 'A Lambda function\'s log group appears when it first logs; otherwise check the log group names in the configuration (logGroups).',
    });
  }
  if (code === 'MalformedQueryException' || code === 'InvalidParameterException') {
    return new ChatOpsError('LOGS_MALFORMED_QUERY', `CloudWatch Logs did not accept the query.${said}`, { cause: e, nextStep: `Edit it in the console: ${plan.consoleUrl}` });
  }
  if (code === 'LimitExceededException') {
    return new ChatOpsError('LOGS_TOO_MANY_QUERIES', `Too many Logs Insights queries are running in this account right now.${said}`, { cause: e, nextStep: 'Try again in a minute.' });
  }
  return e;
}

/** Logs Insights rows (`[{field, value}]`) → lines; `@ptr` and other fields dropped. */
export function logLines(results: unknown, limit: number): LogLine[] {
  if (!Array.isArray(results)) return [];
  return results.slice(0, limit).map((row) => {
    const fields = new Map<string, string>();
    if (Array.isArray(row)) for (const f of row as { field?: unknown; value?: unknown }[]) if (typeof f?.field === 'string') fields.set(f.field, String(f.value ?? ''));
    const stream = fields.get('@logStream');
    return { timestamp: fields.get('@timestamp') ?? '', message: (fields.get('@message') ?? '').replace(/\s+$/, ''), ...(stream ? { stream } : {}) };
  });
}

function matched(statistics: unknown): { recordsMatched?: number } {
  const n = (statistics as { recordsMatched?: unknown } | undefined)?.recordsMatched;
  return typeof n === 'number' ? { recordsMatched: n } : {};
}
