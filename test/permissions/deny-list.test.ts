import assert from 'node:assert/strict';
import { deniedReason, iamAction } from '../../src/permissions/deny-list.js';

describe('deny list', () => {
  const denied: [string, string, RegExp][] = [
    ['iam', 'ListUsers', /iam:ListUsers is never run from chat: IAM manages/],
    ['kms', 'Decrypt', /all kms commands/],
    ['sts', 'GetCallerIdentity', /STS hands out credentials/],
    ['secretsmanager', 'ListSecrets', /Secrets Manager/],
    ['sso', 'GetRoleCredentials', /sso:GetRoleCredentials/],
    ['sso-admin', 'ListInstances', /Identity Center/],
    ['sso-oidc', 'CreateToken', /Identity Center/],
    ['identitystore', 'ListUsers', /identity store/],
    ['cognito-idp', 'GetSigningCertificate', /Cognito user pools/],
    ['cognito-identity', 'GetCredentialsForIdentity', /Cognito identity pools/],
    ['chatbot', 'DescribeSlackChannelConfigurations', /chat configurations/],
    ['sdb', 'Select', /SimpleDB/],
    ['s3api', 'GetObject', /s3:GetObject is never run from chat: it would show the contents/],
    ['s3api', 'HeadObject', /s3:HeadObject/],
    ['s3api', 'PutObject', /s3:PutObject/],
    ['s3api', 'GetBucketPolicy', /bucket policy/],
    ['ec2', 'GetPasswordData', /administrator password/],
    ['ecr', 'GetAuthorizationToken', /registry login token/],
    ['dynamodb', 'GetItem', /table data/],
    ['dynamodb', 'BatchGetItem', /table data/],
    ['codecommit', 'GetFile', /source code/],
    ['appsync', 'ListApiKeys', /API keys/],
    ['connect', 'GetFederationToken', /credentials/],
    ['gamelift', 'GetInstanceAccess', /credentials/],
    ['lightsail', 'GetKeyPairs', /key pairs/],
    ['lightsail', 'UpdateRelationalDatabase', /master password/],
    ['redshift', 'GetClusterCredentials', /database credentials/],
    ['storagegateway', 'DescribeChapCredentials', /CHAP/],
    ['snowball', 'GetJobUnlockCode', /unlock code/],
    ['ec2', 'getpassworddata', /GetPasswordData|getpassworddata/],
  ];
  for (const [service, operation, reason] of denied) {
    it(`refuses ${service} ${operation}`, () => assert.match(deniedReason(service, operation) ?? '', reason));
  }

  const allowed: [string, string][] = [
    ['ec2', 'DescribeInstances'],
    ['s3api', 'ListBuckets'],
    ['s3api', 'GetBucketLocation'],
    ['dynamodb', 'Scan'],
    ['dynamodb', 'DescribeTable'],
    ['ecr', 'DescribeRepositories'],
    ['lambda', 'Invoke'],
    ['logs', 'DescribeLogGroups'],
    ['cloudwatch', 'DescribeAlarms'],
  ];
  for (const [service, operation] of allowed) {
    it(`lets ${service} ${operation} run`, () => assert.equal(deniedReason(service, operation), undefined));
  }

  it('names IAM actions by their IAM prefix, not the CLI name', () => {
    assert.equal(iamAction('s3api', 'ListBuckets'), 's3:ListBuckets');
    assert.equal(iamAction('elbv2', 'DescribeLoadBalancers'), 'elasticloadbalancing:DescribeLoadBalancers');
    assert.equal(iamAction('stepfunctions', 'ListStateMachines'), 'states:ListStateMachines');
  });
});
