/**
 * Services whose resources can't carry a resource-based policy. Only for these is "no statement
 * of the role (or guardrail) allows it" the end of the story: elsewhere a bucket policy, a queue
 * policy, a key policy, a function policy… in the same account may allow the call on its own
 * (AWS adds a resource policy's grant to the identity's, and one naming the session even after
 * the session policies), so an implicit denial is not certain there and the pre-check lets AWS
 * decide. From the "AWS services that work with IAM" table (column "Resource-based policies: No").
 * A service not listed here is treated as one that may have resource policies: never a false denial.
 */

const WITHOUT_RESOURCE_POLICIES = new Set([
  'autoscaling', 'budgets', 'ce', 'cloudformation', 'cloudwatch', 'codedeploy', 'codepipeline', 'config', 'ec2', 'ecs',
  'eks', 'elasticache', 'elasticloadbalancing', 'guardduty', 'health', 'iam', 'rds', 'resource-explorer-2', 'route53',
  'securityhub', 'states', 'support',
]);

/** Whether an implicit denial of this action can be undone by a resource-based policy. */
export function mayBeGrantedByResourcePolicy(action: string): boolean {
  const prefix = action.slice(0, action.indexOf(':')).toLowerCase();
  return !WITHOUT_RESOURCE_POLICIES.has(prefix);
}
