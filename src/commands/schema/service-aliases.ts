/**
 * Other spellings people use for a service, for "did you mean": the npm package suffix
 * (`cloudwatch-logs`, `codedeploy`, `sfn`, `s3`), the serviceId run together (`cloudwatchlogs`,
 * `elasticloadbalancingv2`) and a few well-known names (`elb2`, `config`, `cwl`, `stepfunction`).
 */
import type { ServiceDirectory } from './index-types.js';

/** Names people type that no rule derives: alias → CLI service name. */
const KNOWN: Readonly<Record<string, string>> = {
  config: 'configservice', alb: 'elbv2', nlb: 'elbv2', cwl: 'logs', cloudwatchlog: 'logs', cw: 'cloudwatch',
  eventbridge: 'events', 'cost-explorer': 'ce', asg: 'autoscaling', ddb: 'dynamodb', apigw: 'apigateway', cfn: 'cloudformation',
};

/** Every [spelling, CLI name] pair for the installed services, the CLI names included. */
export function serviceSpellings(services: ServiceDirectory['services']): [string, string][] {
  const out: [string, string][] = [];
  for (const [cli, info] of Object.entries(services)) {
    out.push([cli, cli]);
    out.push([info.package.replace(/^@aws-sdk\/client-/, ''), cli]);
    out.push([info.serviceId, cli]);
  }
  for (const [alias, cli] of Object.entries(KNOWN)) if (Object.hasOwn(services, cli)) out.push([alias, cli]);
  return out;
}
