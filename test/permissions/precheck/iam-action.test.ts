import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { iamActionFor } from '../../../src/permissions/precheck/iam-action.js';
import { IAM_PREFIXES } from '../../../src/permissions/precheck/iam-prefixes.js';
import operations from '../../../src/permissions/precheck/iam-operations.json' with { type: 'json' };

describe('permission pre-check: the IAM action of a command', () => {
  const table: [string, string, string | undefined][] = [
    ['ec2', 'DescribeInstances', 'ec2:DescribeInstances'],
    ['ec2', 'StopInstances', 'ec2:StopInstances'],
    ['s3api', 'ListObjectsV2', 's3:ListBucket'],
    ['s3api', 'ListBuckets', 's3:ListAllMyBuckets'],
    ['s3api', 'GetBucketEncryption', 's3:GetEncryptionConfiguration'],
    ['s3api', 'GetBucketAcl', 's3:GetBucketAcl'],
    ['s3api', 'GetObject', undefined], // s3:GetObjectVersion when a VersionId is given
    ['configservice', 'DescribeConfigRules', 'config:DescribeConfigRules'],
    ['stepfunctions', 'StartExecution', 'states:StartExecution'],
    ['elbv2', 'DescribeLoadBalancers', 'elasticloadbalancing:DescribeLoadBalancers'],
    ['deploy', 'ListApplications', 'codedeploy:ListApplications'],
    ['bedrock-agent-runtime', 'InvokeAgent', 'bedrock:InvokeAgent'],
    ['cloudwatch', 'DescribeAlarms', 'cloudwatch:DescribeAlarms'],
    ['logs', 'FilterLogEvents', 'logs:FilterLogEvents'],
    ['ce', 'GetCostAndUsage', 'ce:GetCostAndUsage'],
    ['resource-explorer-2', 'Search', 'resource-explorer-2:Search'],
    ['lambda', 'Invoke', 'lambda:InvokeFunction'],
    ['lambda', 'InvokeWithResponseStream', 'lambda:InvokeFunction'],
    ['sqs', 'SendMessageBatch', 'sqs:SendMessage'],
    ['sns', 'PublishBatch', 'sns:Publish'],
    ['budgets', 'DescribeBudgets', 'budgets:ViewBudget'],
    ['apigateway', 'GetRestApis', undefined], // authorized as apigateway:GET on a path
    ['sts', 'GetCallerIdentity', undefined], // needs no permission at all
    ['dynamodb', 'ExecuteStatement', undefined],
    ['ec2', 'NoSuchOperation', undefined],
    ['ec2', 'constructor', undefined],
    ['unknown-service', 'DescribeThings', undefined],
    ['toString', 'DescribeThings', undefined],
  ];
  for (const [service, operation, action] of table) {
    it(`${service} ${operation} → ${action ?? 'unknown'}`, () => assert.equal(iamActionFor(service, operation), action));
  }

  it('knows an IAM prefix for every service of the built command index', () => {
    const directory = JSON.parse(readFileSync(join(process.cwd(), 'dist/command-index/_services.json'), 'utf8')) as { services: Record<string, unknown> };
    assert.deepEqual(Object.keys(directory.services).filter((cli) => !Object.hasOwn(IAM_PREFIXES, cli)), []);
  });

  it('has checked operations for exactly the services it has prefixes for', () => {
    assert.deepEqual(Object.keys(operations.services).sort(), Object.keys(IAM_PREFIXES).sort());
  });
});
