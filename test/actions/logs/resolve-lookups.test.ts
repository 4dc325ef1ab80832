import assert from 'node:assert/strict';
import type { LogGroupLookup } from '../../../src/actions/logs/log-groups.js';
import { logGroupOfArn, lookupActions, lookupText, resolveLookups, type LookupCall, type LookupService } from '../../../src/actions/logs/resolve-lookups.js';
import { AwsCallError } from '../../../src/adapters/aws/aws-error.js';

// Answers written from the API Gateway and ECS API references (synthetic: no real sample in the fixtures);
// the names follow the ECS task fixture (cluster FargateCluster, task definition sample-fargate:1).
const REGION = 'us-west-2';
const ACCOUNT = '111122223333';
const taskDefinitionArn = (name: string) => `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/${name}`;
const awslogs = (group: string, region = REGION) => ({ logDriver: 'awslogs', options: { 'awslogs-group': group, 'awslogs-region': region, 'awslogs-stream-prefix': 'ecs' } });
const notFound = (message: string) => new AwsCallError('AWS_NOT_FOUND', `AWS said NotFoundException (HTTP 404): ${message}`, { code: 'NotFoundException', httpStatus: 404 }, {});

type Answer = (params: Record<string, unknown>) => Record<string, unknown>;

/** A fake AWS: answers per `service.Operation`, records every call. */
function fakeAws(answers: Record<string, Answer>): { call: LookupCall; calls: { service: LookupService; operation: string; params: Record<string, unknown> }[] } {
  const calls: { service: LookupService; operation: string; params: Record<string, unknown> }[] = [];
  return {
    calls,
    call: async (service, operation, params) => {
      calls.push({ service, operation, params });
      const answer = answers[`${service}.${operation}`];
      if (!answer) throw new Error(`the fake AWS has no answer for ${service}.${operation}`);
      return answer(params);
    },
  };
}

const api = (stage?: string): LogGroupLookup => ({ kind: 'api-gateway', apiName: 'orders-api', ...(stage ? { stage } : {}), region: REGION });
const ecs: LogGroupLookup = { kind: 'ecs-service', cluster: 'FargateCluster', service: 'sample-fargate', region: REGION };
const loggingStage = (stageName: string, extra: Record<string, unknown> = {}) => ({ stageName, deploymentId: 'abc123', methodSettings: { '*/*': { loggingLevel: 'INFO', metricsEnabled: true } }, ...extra });

describe('looking up the log groups of an API Gateway REST API', () => {
  it('finds the API by name across pages and names its stage\'s execution and access log groups', async () => {
    const aws = fakeAws({
      'apigateway.GetRestApis': (p) => (p.position ? { items: [{ id: 'a1b2c3d4e5', name: 'orders-api' }] } : { items: [{ id: 'zz9yy8xx7w', name: 'billing-api' }], position: 'page-2' }),
      'apigateway.GetStage': () => loggingStage('prod', { accessLogSettings: { format: '$context.requestId', destinationArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:orders-api-access:*` } }),
    });
    const [result] = await resolveLookups([api('prod')], REGION, aws.call);
    assert.deepEqual(result?.groups, ['API-Gateway-Execution-Logs_a1b2c3d4e5/prod', 'orders-api-access']);
    assert.deepEqual(result?.notes, []);
    assert.deepEqual(aws.calls, [
      { service: 'apigateway', operation: 'GetRestApis', params: { limit: 500 } },
      { service: 'apigateway', operation: 'GetRestApis', params: { limit: 500, position: 'page-2' } },
      { service: 'apigateway', operation: 'GetStage', params: { restApiId: 'a1b2c3d4e5', stageName: 'prod' } },
    ]);
  });

  it('leaves out the execution log group of a stage that does not log (a missing group would fail the whole query)', async () => {
    const aws = fakeAws({
      'apigateway.GetRestApis': () => ({ items: [{ id: 'a1b2c3d4e5', name: 'orders-api' }] }),
      'apigateway.GetStage': () => ({ stageName: 'prod', methodSettings: { '*/*': { loggingLevel: 'OFF' } }, accessLogSettings: { destinationArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:orders-api-access` } }),
    });
    assert.deepEqual((await resolveLookups([api('prod')], REGION, aws.call))[0]?.groups, ['orders-api-access']);
  });

  it('says so when no REST API has the name', async () => {
    const aws = fakeAws({ 'apigateway.GetRestApis': () => ({ items: [{ id: 'zz9yy8xx7w', name: 'billing-api' }] }) });
    const [result] = await resolveLookups([api('prod')], REGION, aws.call);
    assert.deepEqual(result, { lookup: api('prod'), groups: [], notes: [`no REST API is named "orders-api" in ${REGION}`] });
  });

  it('tries every REST API with the name and says which has no such stage', async () => {
    const aws = fakeAws({
      'apigateway.GetRestApis': () => ({ items: [{ id: 'old0000000', name: 'orders-api' }, { id: 'a1b2c3d4e5', name: 'orders-api' }] }),
      'apigateway.GetStage': (p) => {
        if (p.restApiId === 'old0000000') throw notFound('Invalid stage identifier specified');
        return loggingStage('prod');
      },
    });
    const [result] = await resolveLookups([api('prod')], REGION, aws.call);
    assert.deepEqual(result?.groups, ['API-Gateway-Execution-Logs_a1b2c3d4e5/prod']);
    assert.deepEqual(result?.notes, ['REST API "orders-api" (old0000000) has no stage prod']);
  });

  it('reads every stage when the alarm names none', async () => {
    const aws = fakeAws({
      'apigateway.GetRestApis': () => ({ items: [{ id: 'a1b2c3d4e5', name: 'orders-api' }] }),
      'apigateway.GetStages': () => ({ item: [loggingStage('prod'), loggingStage('beta')] }),
    });
    assert.deepEqual((await resolveLookups([api()], REGION, aws.call))[0]?.groups, ['API-Gateway-Execution-Logs_a1b2c3d4e5/prod', 'API-Gateway-Execution-Logs_a1b2c3d4e5/beta']);
    assert.deepEqual(aws.calls.at(-1), { service: 'apigateway', operation: 'GetStages', params: { restApiId: 'a1b2c3d4e5' } });
  });

  it('says when the stage writes no logs to CloudWatch Logs (access logs to Firehose)', async () => {
    const aws = fakeAws({
      'apigateway.GetRestApis': () => ({ items: [{ id: 'a1b2c3d4e5', name: 'orders-api' }] }),
      'apigateway.GetStage': () => ({ stageName: 'prod', accessLogSettings: { destinationArn: `arn:aws:firehose:${REGION}:${ACCOUNT}:deliverystream/amazon-apigateway-orders` } }),
    });
    assert.deepEqual((await resolveLookups([api('prod')], REGION, aws.call))[0]?.notes, ['stage prod of REST API "orders-api" (a1b2c3d4e5) writes neither execution logs nor access logs to CloudWatch Logs']);
  });

  it('lets AWS failures other than "not found" through, as the AWS port worded them', async () => {
    const denied = new AwsCallError('AWS_ACCESS_DENIED', 'The channel role lacks permission for apigateway:GET.', { code: 'AccessDeniedException', httpStatus: 403 }, {});
    const aws = fakeAws({ 'apigateway.GetRestApis': () => { throw denied; } });
    await assert.rejects(resolveLookups([api('prod')], REGION, aws.call), (e) => e === denied);
  });
});

describe('looking up the log groups of an ECS service', () => {
  it('reads the task definitions in use and takes every container\'s awslogs group', async () => {
    const aws = fakeAws({
      'ecs.DescribeServices': () => ({
        services: [{ serviceName: 'sample-fargate', taskDefinition: taskDefinitionArn('sample-fargate:2'), deployments: [{ taskDefinition: taskDefinitionArn('sample-fargate:2') }, { taskDefinition: taskDefinitionArn('sample-fargate:1') }] }],
        failures: [],
      }),
      'ecs.DescribeTaskDefinition': (p) => ({
        taskDefinition: {
          taskDefinitionArn: p.taskDefinition,
          containerDefinitions: [
            { name: 'app', logConfiguration: awslogs(p.taskDefinition === taskDefinitionArn('sample-fargate:2') ? '/ecs/sample-fargate' : '/ecs/sample-fargate-v1') },
            { name: 'router', logConfiguration: { logDriver: 'awsfirelens', options: { Name: 'datadog' } } },
            { name: 'sidecar' },
          ],
        },
      }),
    });
    const [result] = await resolveLookups([ecs], REGION, aws.call);
    assert.deepEqual(result?.groups, ['/ecs/sample-fargate', '/ecs/sample-fargate-v1']);
    assert.deepEqual(result?.notes, []);
    assert.deepEqual(aws.calls.map((c) => [c.operation, c.params]), [
      ['DescribeServices', { cluster: 'FargateCluster', services: ['sample-fargate'] }],
      ['DescribeTaskDefinition', { taskDefinition: taskDefinitionArn('sample-fargate:2') }],
      ['DescribeTaskDefinition', { taskDefinition: taskDefinitionArn('sample-fargate:1') }],
    ]);
  });

  it('leaves out a container that logs to another Region, saying so', async () => {
    const aws = fakeAws({
      'ecs.DescribeServices': () => ({ services: [{ taskDefinition: taskDefinitionArn('sample-fargate:1') }] }),
      'ecs.DescribeTaskDefinition': () => ({ taskDefinition: { containerDefinitions: [{ name: 'app', logConfiguration: awslogs('/ecs/app') }, { name: 'audit', logConfiguration: awslogs('/ecs/audit', 'us-east-1') }] } }),
    });
    const [result] = await resolveLookups([ecs], REGION, aws.call);
    assert.deepEqual(result?.groups, ['/ecs/app']);
    assert.deepEqual(result?.notes, [`container audit of sample-fargate:1 logs to us-east-1, not ${REGION}`]);
  });

  it('says so when the cluster has no such service', async () => {
    const aws = fakeAws({ 'ecs.DescribeServices': () => ({ services: [], failures: [{ arn: `arn:aws:ecs:${REGION}:${ACCOUNT}:service/FargateCluster/sample-fargate`, reason: 'MISSING' }] }) });
    assert.deepEqual((await resolveLookups([ecs], REGION, aws.call))[0]?.notes, [`cluster FargateCluster in ${REGION} has no service sample-fargate (MISSING)`]);
  });

  it('says so when no container uses the awslogs driver', async () => {
    const aws = fakeAws({
      'ecs.DescribeServices': () => ({ services: [{ taskDefinition: taskDefinitionArn('sample-fargate:1') }] }),
      'ecs.DescribeTaskDefinition': () => ({ taskDefinition: { containerDefinitions: [{ name: 'app', logConfiguration: { logDriver: 'splunk', options: {} } }] } }),
    });
    const [result] = await resolveLookups([ecs], REGION, aws.call);
    assert.deepEqual(result?.groups, []);
    assert.deepEqual(result?.notes, [`no container of task definition sample-fargate:1 sends its logs to CloudWatch Logs in ${REGION} (log driver awslogs)`]);
  });
});

describe('what a lookup is, in words and IAM actions', () => {
  it('names what is looked for', () => {
    assert.equal(lookupText(api('prod')), 'API Gateway REST API "orders-api" stage prod');
    assert.equal(lookupText(ecs), 'ECS service sample-fargate in cluster FargateCluster');
  });

  it('lists the IAM actions the lookups need, each once', () => {
    assert.deepEqual(lookupActions([api('prod'), ecs, api('beta')]), ['apigateway:GET', 'ecs:DescribeServices', 'ecs:DescribeTaskDefinition']);
    assert.deepEqual(lookupActions([]), []);
  });

  it('reads a log group from a CloudWatch Logs ARN only', () => {
    assert.deepEqual(logGroupOfArn(`arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/api/access:*`), { name: '/api/access', region: REGION });
    assert.deepEqual(logGroupOfArn(`arn:aws-cn:logs:cn-north-1:${ACCOUNT}:log-group:access`), { name: 'access', region: 'cn-north-1' });
    assert.equal(logGroupOfArn(`arn:aws:firehose:${REGION}:${ACCOUNT}:deliverystream/amazon-apigateway-x`), undefined);
    assert.equal(logGroupOfArn(undefined), undefined);
  });
});
