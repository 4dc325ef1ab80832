/**
 * A "Show logs" plan whose API Gateway and ECS lookups are resolved: planLogsQuery, then, when
 * lookups are pending, resolveLookups over the AwsPort in the alarm's Region with the clicker's
 * session (each call at most LOOKUP_TIME_LIMIT_MS), then planLogsQuery again with what they found.
 * A plan without lookups comes back as it is, without calling AWS.
 */
import type { AwsCall, AwsPort, SessionCredentials } from '../../ports/aws.js';
import { planLogsQuery, type LogsQueryPlan, type PlanOptions } from './plan-logs-query.js';
import { resolveLookups, type LookupCall, type LookupService } from './resolve-lookups.js';

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
  const resolved = await resolveLookups(plan.lookups, plan.region, awsLookupCall(plan.region, deps));
  return planLogsQuery(variables, { ...options, resolved });
}
