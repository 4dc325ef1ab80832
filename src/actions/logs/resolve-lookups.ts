/**
 * Names the log groups an alarm's metric leads to only through AWS (log-groups.ts gives them as
 * lookups), with whatever `call` runs: at click time, the clicker's session (plan-with-lookups.ts).
 *
 * - API Gateway REST API (`ApiName`, `Stage`): GetRestApis, paged with `position`, finds the ids
 *   with that name (names are not unique: each is tried); GetStage (GetStages without a Stage)
 *   gives the execution log group `API-Gateway-Execution-Logs_<restApiId>/<stage>` when a method
 *   setting logs INFO or ERROR (otherwise API Gateway writes none, and a missing group would fail
 *   the whole query), and the access log group of `accessLogSettings.destinationArn`.
 * - ECS service (`ClusterName`, `ServiceName`): DescribeServices gives the task definitions in use
 *   (the service's, its deployments', its task sets'); DescribeTaskDefinition gives each
 *   container's `awslogs-group` (log driver awslogs) in the alarm's Region.
 *
 * A lookup that finds nothing says why, in words. AWS failures (access denied, throttling…) are
 * thrown as `call` worded them; only "not found" answers become words.
 */
import { isLogGroupName, MAX_LOG_GROUPS, type LogGroupLookup } from './log-groups.js';

export type LookupService = 'apigateway' | 'ecs';
/** Runs one AWS operation (API name) and returns its output; the caller binds Region and credentials. */
export type LookupCall = (service: LookupService, operation: string, params: Record<string, unknown>) => Promise<Record<string, unknown>>;

export interface LookupResult {
  lookup: LogGroupLookup;
  /** Log group names found, without duplicates. */
  groups: string[];
  /** What was not found or left out, and why, in words. */
  notes: string[];
}

/** GetRestApis pages read at most (500 APIs a page; the default quota is 600 REST APIs a Region). */
export const MAX_API_PAGES = 10;
/** Task definitions read at most for one service (its current one, then deployments and task sets). */
export const MAX_TASK_DEFINITIONS = 5;

/** The lookup in words: what was looked for. */
export function lookupText(lookup: LogGroupLookup): string {
  return lookup.kind === 'api-gateway'
    ? `API Gateway REST API "${lookup.apiName}"${lookup.stage ? ` stage ${lookup.stage}` : ''}`
    : `ECS service ${lookup.service} in cluster ${lookup.cluster}`;
}

/** The IAM actions the lookups need (for the permissions pre-check). */
export function lookupActions(lookups: readonly LogGroupLookup[]): string[] {
  const actions = lookups.flatMap((l) => (l.kind === 'api-gateway' ? ['apigateway:GET'] : ['ecs:DescribeServices', 'ecs:DescribeTaskDefinition']));
  return [...new Set(actions)];
}

export async function resolveLookups(lookups: readonly LogGroupLookup[], region: string, call: LookupCall): Promise<LookupResult[]> {
  const results: LookupResult[] = [];
  for (const lookup of lookups) results.push(lookup.kind === 'api-gateway' ? await apiGatewayGroups(lookup, region, call) : await ecsServiceGroups(lookup, region, call));
  return results;
}

type ApiLookup = Extract<LogGroupLookup, { kind: 'api-gateway' }>;
type EcsLookup = Extract<LogGroupLookup, { kind: 'ecs-service' }>;
type Found = { groups: string[]; notes: string[] };

const records = (x: unknown): Record<string, unknown>[] => (Array.isArray(x) ? x.filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null) : []);
const text = (x: unknown): string | undefined => (typeof x === 'string' && x ? x : undefined);
const record = (x: unknown): Record<string, unknown> => (typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Record<string, unknown>) : {});
/** An AWS "not found" answer (the AWS adapter keeps AWS's error code in `aws.code`). */
const isNotFound = (e: unknown): boolean => /NotFound/.test(String((e as { aws?: { code?: unknown } } | undefined)?.aws?.code ?? ''));

function adder(found: Found): (name: string | undefined) => void {
  return (name) => {
    if (name && isLogGroupName(name) && !found.groups.includes(name) && found.groups.length < MAX_LOG_GROUPS) found.groups.push(name);
  };
}

async function apiGatewayGroups(lookup: ApiLookup, region: string, call: LookupCall): Promise<LookupResult> {
  const found: Found = { groups: [], notes: [] };
  const ids: string[] = [];
  let position: string | undefined;
  for (let page = 0; page < MAX_API_PAGES; page++) {
    const out = await call('apigateway', 'GetRestApis', { limit: 500, ...(position ? { position } : {}) });
    for (const api of records(out.items)) if (api.name === lookup.apiName && text(api.id)) ids.push(String(api.id));
    position = text(out.position);
    if (!position) break;
  }
  if (!ids.length) found.notes.push(`no REST API is named "${lookup.apiName}" in ${region}${position ? ` (only the first ${MAX_API_PAGES * 500} REST APIs were read)` : ''}`);

  for (const id of ids) {
    const api = `REST API "${lookup.apiName}" (${id})`;
    let stages: Record<string, unknown>[];
    if (lookup.stage) {
      try {
        stages = [await call('apigateway', 'GetStage', { restApiId: id, stageName: lookup.stage })];
      } catch (e) {
        if (!isNotFound(e)) throw e;
        found.notes.push(`${api} has no stage ${lookup.stage}`);
        continue;
      }
    } else {
      stages = records((await call('apigateway', 'GetStages', { restApiId: id })).item);
      if (!stages.length) found.notes.push(`${api} has no stages`);
    }
    for (const stage of stages) stageGroups(id, stage, region, api, found);
  }
  return { lookup, ...found };
}

function stageGroups(restApiId: string, stage: Record<string, unknown>, region: string, api: string, found: Found): void {
  const name = text(stage.stageName) ?? '';
  const add = adder(found);
  const logging = Boolean(name) && Object.values(record(stage.methodSettings)).some((m) => ['INFO', 'ERROR'].includes(String(record(m).loggingLevel)));
  if (logging) add(`API-Gateway-Execution-Logs_${restApiId}/${name}`);
  const access = logGroupOfArn(text(record(stage.accessLogSettings).destinationArn));
  if (access && access.region !== region) found.notes.push(`stage ${name} of ${api} sends its access logs to ${access.region}, not ${region}`);
  else if (access) add(access.name);
  else if (!logging) found.notes.push(`stage ${name} of ${api} writes neither execution logs nor access logs to CloudWatch Logs`);
}

/** `arn:aws:logs:us-east-1:123456789012:log-group:NAME` (or `…:NAME:*`) → the group and its Region; other ARNs (Firehose) → undefined. */
export function logGroupOfArn(arn: string | undefined): { name: string; region: string } | undefined {
  const m = arn && /^arn:[\w-]+:logs:([\w-]+):\d*:log-group:(.+?)(:\*)?$/.exec(arn);
  return m ? { region: m[1]!, name: m[2]! } : undefined;
}

async function ecsServiceGroups(lookup: EcsLookup, region: string, call: LookupCall): Promise<LookupResult> {
  const found: Found = { groups: [], notes: [] };
  const out = await call('ecs', 'DescribeServices', { cluster: lookup.cluster, services: [lookup.service] });
  const service = records(out.services)[0];
  if (!service) {
    const reason = text(records(out.failures)[0]?.reason);
    found.notes.push(`cluster ${lookup.cluster} in ${region} has no service ${lookup.service}${reason ? ` (${reason})` : ''}`);
    return { lookup, ...found };
  }
  const definitions = [service.taskDefinition, ...records(service.deployments).map((d) => d.taskDefinition), ...records(service.taskSets).map((t) => t.taskDefinition)]
    .map(text)
    .filter((d, i, all): d is string => Boolean(d) && all.indexOf(d) === i)
    .slice(0, MAX_TASK_DEFINITIONS);
  if (!definitions.length) found.notes.push(`ECS service ${lookup.service} names no task definition`);
  const add = adder(found);
  for (const arn of definitions) {
    const definition = record((await call('ecs', 'DescribeTaskDefinition', { taskDefinition: arn })).taskDefinition);
    const shortName = arn.split('/').pop() ?? arn;
    let logging = 0;
    for (const container of records(definition.containerDefinitions)) {
      const config = record(container.logConfiguration);
      if (config.logDriver !== 'awslogs') continue;
      const options = record(config.options);
      const group = text(options['awslogs-group']);
      const logsRegion = text(options['awslogs-region']);
      if (group && logsRegion && logsRegion !== region) found.notes.push(`container ${String(container.name)} of ${shortName} logs to ${logsRegion}, not ${region}`);
      else if (group) {
        add(group);
        logging++;
      }
    }
    if (!logging) found.notes.push(`no container of task definition ${shortName} sends its logs to CloudWatch Logs in ${region} (log driver awslogs)`);
  }
  return { lookup, ...found };
}
