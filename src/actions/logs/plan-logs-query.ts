/**
 * Everything a "Show logs" click needs before it calls AWS, from the notification's variables:
 * the Region, the log groups, the window, the query, the console link and the copyable command.
 * Pure; throws a coded ChatOpsError when the alarm has no log group or no Region.
 *
 * An alarm whose groups need an AWS lookup (API Gateway, ECS) gets a plan with those lookups
 * pending, good for the Region and the audit line only: plan-with-lookups.ts resolves them with
 * the clicker's session and plans again with what they found (`resolved`), and only that plan
 * runs. Lookups that found nothing, with no other group, are LOGS_NO_LOG_GROUP, saying what was
 * looked for.
 */
import { ChatOpsError } from '../../core/errors.js';
import { consoleLink } from './console-link.js';
import { copyCommand } from './copy-command.js';
import { logGroupsFor, MAX_LOG_GROUPS, type ConfiguredLogGroups, type LogGroupLookup } from './log-groups.js';
import { lookupText, type LookupResult } from './resolve-lookups.js';
import { LOG_LINES_LIMIT, logsQuery } from './logs-query.js';
import { queryWindow, type QueryWindow } from './query-window.js';

export interface LogsQueryPlan {
  region: string;
  groups: string[];
  window: QueryWindow;
  errorsOnly: boolean;
  query: string;
  limit: number;
  consoleUrl: string;
  /** `@aws logs start-query …` that runs the same query. */
  command: string;
  /** The alarm's name, for the card's title. */
  alarmName?: string;
  /** Lookups not resolved yet (API Gateway, ECS): the plan can't run until they are (planWithLookups). */
  lookups: LogGroupLookup[];
  /** What resolved lookups did not find or left out, in words ("no REST API is named …"). */
  notes?: string[];
}

export interface PlanOptions {
  errorsOnly: boolean;
  /** `logGroups` of the configuration, by alarm name or namespace. */
  configured?: ConfiguredLogGroups;
  /** Used when the notification names no Region (the channel's default Region). */
  defaultRegion?: string;
  /** "Now", for an alarm without a state change time. */
  now?: Date;
  /** What the lookups found (resolveLookups): their groups join the query, after the known ones. */
  resolved?: readonly LookupResult[];
}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/** The notification's `region`, else the Region in its alarm ARN, else the default. */
export function alarmRegion(variables: Readonly<Record<string, string>>, defaultRegion?: string): string | undefined {
  const fromArn = variables.AlarmArn?.split(':')[3];
  return [variables.region, fromArn, defaultRegion].find((r): r is string => Boolean(r && REGION.test(r)));
}

export function planLogsQuery(variables: Readonly<Record<string, string>>, options: PlanOptions): LogsQueryPlan {
  const alarmName = variables.AlarmName;
  const found = logGroupsFor(variables, options.configured);
  const resolved = options.resolved;
  const groups = [...new Set([...found.groups, ...(resolved ?? []).flatMap((r) => r.groups)])].slice(0, MAX_LOG_GROUPS);
  const lookups = resolved ? [] : found.lookups;
  const notes = (resolved ?? []).flatMap((r) => r.notes.map((n) => `${lookupText(r.lookup)}: ${n}`));
  if (!groups.length && !lookups.length) {
    const looked = resolved?.length ? ` Looked for the logs of ${resolved.map((r) => `${lookupText(r.lookup)}: ${r.notes.join('; ') || 'none found'}`).join('. ')}.` : '';
    throw new ChatOpsError('LOGS_NO_LOG_GROUP', `No log group is known for ${alarmName ? `alarm "${alarmName}"` : 'this notification'}.${looked}`, {
      nextStep: 'Name its log groups in the configuration (logGroups, by alarm name or metric namespace), then try again on its next notification.',
    });
  }
  const region = alarmRegion(variables, options.defaultRegion);
  if (!region) {
    throw new ChatOpsError('LOGS_NO_REGION', `The notification${alarmName ? ` of alarm "${alarmName}"` : ''} does not say which Region its logs are in.`, {
      nextStep: 'Set a default Region for this channel, or run the query yourself with @aws logs start-query … --region <region>.',
    });
  }
  const window = queryWindow(variables, options.now);
  const query = logsQuery(options.errorsOnly);
  return {
    region,
    groups,
    window,
    errorsOnly: options.errorsOnly,
    query,
    limit: LOG_LINES_LIMIT,
    consoleUrl: consoleLink(region, groups, window, query),
    command: copyCommand(region, groups, window, query),
    ...(alarmName ? { alarmName } : {}),
    lookups,
    ...(notes.length ? { notes } : {}),
  };
}

/**
 * The command a click runs, for the audit: the copyable command with the limit; a lookup not
 * resolved yet stands in the log group list as `<what was looked for>`.
 */
export function planLine(plan: LogsQueryPlan): string {
  return copyCommand(plan.region, [...plan.groups, ...plan.lookups.map((l) => `<${lookupText(l)}>`)], plan.window, plan.query, plan.limit);
}
