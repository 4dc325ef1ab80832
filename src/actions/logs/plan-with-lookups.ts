/**
 * A "Show logs" plan whose API Gateway and ECS lookups are resolved: planLogsQuery, then, when
 * lookups are pending, resolveLookups over the AwsPort in the alarm's Region with the clicker's
 * session (each call at most LOOKUP_TIME_LIMIT_MS), then planLogsQuery again with what they found.
 * A plan without lookups comes back as it is, without calling AWS.
 *
 * Each lookup's IAM actions (apigateway:GET; ecs:DescribeServices, ecs:DescribeTaskDefinition)
 * go through the permissions pre-check first, as logs:StartQuery does: an account without a role
 * has only the pre-check to hold its guardrails. A lookup that is refused or fails is an error
 * when the alarm has no other log group; otherwise the query runs over the others and the card
 * says what was not looked up, and why.
 */
import { isChatOpsError } from '../../core/errors.js';
import type { AwsCall, AwsPort, SessionCredentials } from '../../ports/aws.js';
import { planLogsQuery, type LogsQueryPlan, type PlanOptions } from './plan-logs-query.js';
import { lookupActions, resolveLookups, type LookupCall, type LookupResult, type LookupService } from './resolve-lookups.js';

/** Where the API Gateway (REST APIs) and ECS clients live, as the command index's services say. */
export const APIGATEWAY_CLIENT: AwsCall['service'] = { cli: 'apigateway', package: '@aws-sdk/client-api-gateway', clientClass: 'APIGatewayClient' };
export const ECS_CLIENT: AwsCall['service'] = { cli: 'ecs', package: '@aws-sdk/client-ecs', clientClass: 'ECSClient' };
export const LOOKUP_TIME_LIMIT_MS = 5_000;

const CLIENTS: Record<LookupService, AwsCall['service']> = { apigateway: APIGATEWAY_CLIENT, ecs: ECS_CLIENT };

export interface LookupDeps {
  aws: AwsPort;
  /** The clicker's session (permissions layer); absent: the service's own credentials. */
  credentials?: SessionCredentials;
  timeoutMs?: number;
  /** The permissions pre-check of one IAM action: throws (AccessRefusedError) when it is refused. */
  preCheck?: (action: string) => Promise<void>;
}

/** DescribeTaskDefinition → describe-task-definition. */
const cliName = (operation: string): string => operation.replace(/[a-z0-9](?=[A-Z])/g, '$&-').toLowerCase();

/** A LookupCall that runs over the AwsPort in `region`. */
export function awsLookupCall(region: string, deps: LookupDeps): LookupCall {
  return async (service, operation, params) =>
    (
      await deps.aws.run({
        service: CLIENTS[service],
        operation,
        operationCli: cliName(operation),
        params,
        region,
        timeoutMs: deps.timeoutMs ?? LOOKUP_TIME_LIMIT_MS,
        ...(deps.credentials ? { credentials: deps.credentials } : {}),
      })
    ).output;
}

export async function planWithLookups(variables: Readonly<Record<string, string>>, options: PlanOptions, deps: LookupDeps): Promise<LogsQueryPlan> {
  const plan = planLogsQuery(variables, options);
  if (!plan.lookups.length) return plan;
  const call = awsLookupCall(plan.region, deps);
  const resolved: LookupResult[] = [];
  for (const lookup of plan.lookups) {
    try {
      for (const action of lookupActions([lookup])) await deps.preCheck?.(action);
      resolved.push(...(await resolveLookups([lookup], plan.region, call)));
    } catch (e) {
      if (!plan.groups.length || !isChatOpsError(e)) throw e;
      resolved.push({ lookup, groups: [], notes: [`not looked up (${e.userMessage.replace(/\.$/, '')})`] });
    }
  }
  return planLogsQuery(variables, { ...options, resolved });
}
