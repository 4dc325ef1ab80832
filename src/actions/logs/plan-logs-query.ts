/**
 * Everything a "Show logs" click needs before it calls AWS, from the notification's variables:
 * the Region, the log groups, the window, the query, the console link and the copyable command.
 * Pure; throws a coded ChatOpsError when the alarm has no log group or no Region.
 */
import { ChatOpsError } from '../../core/errors.js';
import { consoleLink } from './console-link.js';
import { copyCommand } from './copy-command.js';
import { logGroupsFor, type ConfiguredLogGroups, type LogGroupLookup } from './log-groups.js';
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
  /** Groups that would need an AWS lookup (API Gateway, ECS), not part of this query. */
  lookups: LogGroupLookup[];
}

export interface PlanOptions {
  errorsOnly: boolean;
  /** `logGroups` of the configuration, by alarm name or namespace. */
  configured?: ConfiguredLogGroups;
  /** Used when the notification names no Region (the channel's default Region). */
  defaultRegion?: string;
  /** "Now", for an alarm without a state change time. */
  now?: Date;
}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/** The notification's `region`, else the Region in its alarm ARN, else the default. */
export function alarmRegion(variables: Readonly<Record<string, string>>, defaultRegion?: string): string | undefined {
  const fromArn = variables.AlarmArn?.split(':')[3];
  return [variables.region, fromArn, defaultRegion].find((r): r is string => Boolean(r && REGION.test(r)));
}

export function planLogsQuery(variables: Readonly<Record<string, string>>, options: PlanOptions): LogsQueryPlan {
  const alarmName = variables.AlarmName;
  const { groups, lookups } = logGroupsFor(variables, options.configured);
  if (!groups.length) {
    const pending = lookups.length ? ` Its ${lookups.map((l) => (l.kind === 'api-gateway' ? 'API Gateway stage' : 'ECS service')).join(' and ')} logs can't be found automatically yet.` : '';
    throw new ChatOpsError('LOGS_NO_LOG_GROUP', `No log group is known for ${alarmName ? `alarm "${alarmName}"` : 'this notification'}.${pending}`, {
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
  };
}
