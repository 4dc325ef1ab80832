/**
 * The IAM service prefix of each CLI service in the command index (src/commands/schema/, built
 * into dist/command-index/_services.json). Most are the CLI name; the ones that differ are the
 * reason this table exists (s3api → s3, stepfunctions → states, elbv2 → elasticloadbalancing…).
 * A service that is not here has no known prefix: the pre-check then does not decide.
 */

export const IAM_PREFIXES: Readonly<Record<string, string>> = {
  apigateway: 'apigateway',
  autoscaling: 'autoscaling',
  backup: 'backup',
  'bedrock-agent-runtime': 'bedrock',
  budgets: 'budgets',
  ce: 'ce',
  cloudformation: 'cloudformation',
  cloudwatch: 'cloudwatch',
  codebuild: 'codebuild',
  codepipeline: 'codepipeline',
  configservice: 'config',
  deploy: 'codedeploy',
  dynamodb: 'dynamodb',
  ec2: 'ec2',
  ecr: 'ecr',
  ecs: 'ecs',
  eks: 'eks',
  elasticache: 'elasticache',
  elbv2: 'elasticloadbalancing',
  events: 'events',
  guardduty: 'guardduty',
  health: 'health',
  iam: 'iam',
  kinesis: 'kinesis',
  kms: 'kms',
  lambda: 'lambda',
  logs: 'logs',
  organizations: 'organizations',
  rds: 'rds',
  'resource-explorer-2': 'resource-explorer-2',
  route53: 'route53',
  s3api: 's3',
  securityhub: 'securityhub',
  sns: 'sns',
  sqs: 'sqs',
  ssm: 'ssm',
  stepfunctions: 'states',
  sts: 'sts',
  support: 'support',
  xray: 'xray',
};
