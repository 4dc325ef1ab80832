/**
 * Which log groups belong to an alarm, read from the notification's variables (the "Show logs"
 * buttons appear when there is at least one, or a lookup that may name some). The reference says only "logs … associated
 * with the CloudWatch alarm" and names Lambda and API Gateway; the rules here are ours:
 *
 * - a `LogGroup` variable (CodeBuild, or one the normaliser derived) is used as it is;
 * - `AWS/Lambda` with a `FunctionName` dimension → `/aws/lambda/<FunctionName>`;
 * - groups named in the configuration, by alarm name, then by namespace;
 * - `AWS/ApiGateway` (`ApiName`, `Stage`) and `AWS/ECS` (`ClusterName`, `ServiceName`) need an
 *   AWS lookup (the REST API's id; the task definition's `awslogs-group`): they come back as
 *   lookups, never guessed, resolved at click time (resolve-lookups.ts).
 */

/** Logs Insights takes at most 50 log groups per query. */
export const MAX_LOG_GROUPS = 50;

/** A log group that can only be named after asking AWS. */
export type LogGroupLookup =
  | { kind: 'api-gateway'; apiName: string; stage?: string; region?: string }
  | { kind: 'ecs-service'; cluster: string; service: string; region?: string };

export interface AlarmLogGroups {
  /** Log group names, without duplicates, at most MAX_LOG_GROUPS. */
  groups: string[];
  /** Groups to resolve with AWS first (API Gateway execution logs, ECS task logs). */
  lookups: LogGroupLookup[];
}

/** Log groups configured per alarm name or per metric namespace (`logGroups` in the configuration). */
export type ConfiguredLogGroups = Readonly<Record<string, readonly string[]>>;

/** A log group name as CloudWatch Logs accepts it: 1–512 of [.\-_/#A-Za-z0-9]. */
const LOG_GROUP_NAME = /^[.\-_/#A-Za-z0-9]{1,512}$/;

export function isLogGroupName(name: string): boolean {
  return LOG_GROUP_NAME.test(name);
}

export function logGroupsFor(variables: Readonly<Record<string, string>>, configured: ConfiguredLogGroups = {}): AlarmLogGroups {
  const v = (name: string): string | undefined => {
    const value = variables[name]?.trim();
    return value ? value : undefined;
  };
  const found: string[] = [];
  const add = (name: string | undefined) => {
    if (name && isLogGroupName(name) && !found.includes(name)) found.push(name);
  };
  const namespace = v('Namespace');
  const region = v('region');

  add(v('LogGroup'));
  const fn = v('FunctionName');
  if (namespace === 'AWS/Lambda' && fn) add(`/aws/lambda/${fn}`);
  const alarm = v('AlarmName');
  if (alarm && Object.hasOwn(configured, alarm)) configured[alarm]!.forEach(add);
  if (namespace && Object.hasOwn(configured, namespace)) configured[namespace]!.forEach(add);

  const lookups: LogGroupLookup[] = [];
  const apiName = v('ApiName');
  if (namespace === 'AWS/ApiGateway' && apiName) {
    const stage = v('Stage');
    lookups.push({ kind: 'api-gateway', apiName, ...(stage ? { stage } : {}), ...(region ? { region } : {}) });
  }
  const cluster = v('ClusterName');
  const service = v('ServiceName');
  if (namespace === 'AWS/ECS' && cluster && service) lookups.push({ kind: 'ecs-service', cluster, service, ...(region ? { region } : {}) });

  return { groups: found.slice(0, MAX_LOG_GROUPS), lookups };
}

/**
 * True when the alarm has log groups to query, or lookups that may name some: the buttons go on
 * the card. A lookup is resolved only when someone clicks (with the clicker's session), so a
 * lookup that finds nothing then says so (LOGS_NO_LOG_GROUP, naming what was looked for).
 */
export function hasLogs(found: AlarmLogGroups): boolean {
  return found.groups.length > 0 || found.lookups.length > 0;
}
