// CLI service name -> @aws-sdk client package (the 40 services of issue #7)
export const PACKAGES = {
  ec2: 'ec2', s3api: 's3', lambda: 'lambda', cloudwatch: 'cloudwatch', logs: 'cloudwatch-logs',
  ecs: 'ecs', eks: 'eks', rds: 'rds', dynamodb: 'dynamodb', sqs: 'sqs', sns: 'sns',
  cloudformation: 'cloudformation', autoscaling: 'auto-scaling', elbv2: 'elastic-load-balancing-v2',
  route53: 'route-53', ssm: 'ssm', codepipeline: 'codepipeline', codebuild: 'codebuild',
  deploy: 'codedeploy', health: 'health', support: 'support', ce: 'cost-explorer', budgets: 'budgets',
  guardduty: 'guardduty', securityhub: 'securityhub', configservice: 'config-service', xray: 'xray',
  apigateway: 'api-gateway', stepfunctions: 'sfn', events: 'eventbridge', kinesis: 'kinesis',
  elasticache: 'elasticache', ecr: 'ecr', 'resource-explorer-2': 'resource-explorer-2',
  'bedrock-agent-runtime': 'bedrock-agent-runtime', backup: 'backup', organizations: 'organizations',
  sts: 'sts', iam: 'iam', kms: 'kms',
};
