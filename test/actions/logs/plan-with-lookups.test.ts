import assert from 'node:assert/strict';
import { planLine, planLogsQuery } from '../../../src/actions/logs/plan-logs-query.js';
import { APIGATEWAY_CLIENT, ECS_CLIENT, planWithLookups, type LookupDeps } from '../../../src/actions/logs/plan-with-lookups.js';
import { runLogsQuery } from '../../../src/actions/logs/run-logs-query.js';
import { sdkAws } from '../../../src/adapters/aws/aws-port.js';
import { closeAwsClients } from '../../../src/adapters/aws/run-operation.js';
import { CommandIndex } from '../../../src/commands/schema/command-index.js';
import { AccessRefusedError } from '../../../src/permissions/access-errors.js';
import type { AwsReply, AwsRequest } from '../../support/aws-endpoint/aws-endpoint.js';
import { jsonReply, restJsonError, restJsonReply } from '../../support/aws-endpoint/replies.js';
import { useAwsEndpoint } from '../../support/aws-endpoint/use-aws-endpoint.js';
import { variablesOf } from './alarm-variables.js';

// The real EC2 alarm of the fixtures (us-east-1, ServerCpuTooHigh) as if it watched an API Gateway stage or an ECS service.
const SERVER_CPU = 'cloudwatch/eventbridge-alarm-state-change-metric-alarm.json';
const apiAlarm = () => ({ ...variablesOf(SERVER_CPU), Namespace: 'AWS/ApiGateway', ApiName: 'orders-api', Stage: 'prod' });
const ecsAlarm = () => ({ ...variablesOf(SERVER_CPU), Namespace: 'AWS/ECS', ClusterName: 'FargateCluster', ServiceName: 'sample-fargate' });
const TASK_DEFINITION = 'arn:aws:ecs:us-east-1:111122223333:task-definition/sample-fargate:1';
const CLICKER = { accessKeyId: 'ASIACLICKERSESSION', secretAccessKey: 's', sessionToken: 't' };

// API Gateway speaks REST-JSON (lists on the wire as "item"); ECS speaks JSON 1.1. Synthetic, from the API references.
const restApisPage = (apis: { id: string; name: string }[], position?: string) => restJsonReply(JSON.stringify({ item: apis, ...(position ? { position } : {}) }));
const prodStage = restJsonReply(
  JSON.stringify({
    stageName: 'prod',
    deploymentId: 'abc123',
    methodSettings: { '*/*': { loggingLevel: 'ERROR', metricsEnabled: true, dataTraceEnabled: false } },
    accessLogSettings: { format: '{"requestId":"$context.requestId"}', destinationArn: 'arn:aws:logs:us-east-1:111122223333:log-group:orders-api-access' },
  }),
);

describe('finding an alarm\'s API Gateway and ECS log groups at click time', () => {
  let answer: (req: AwsRequest) => AwsReply = () => ({ status: 500 });
  const aws = useAwsEndpoint((req) => answer(req));
  let first = 0;
  beforeEach(() => (first = aws.endpoint.requests.length));
  after(() => closeAwsClients());

  const sent = () => aws.endpoint.requests.slice(first);
  const deps = (): LookupDeps => ({ aws: sdkAws(), credentials: CLICKER });

  it('finds the REST API by name (page after page) and queries its stage\'s execution and access logs', async () => {
    answer = (req) => {
      const url = new URL(req.path, 'http://local');
      if (url.pathname === '/restapis') return url.searchParams.get('position') ? restApisPage([{ id: 'a1b2c3d4e5', name: 'orders-api' }]) : restApisPage([{ id: 'zz9yy8xx7w', name: 'billing-api' }], 'page-2');
      if (url.pathname === '/restapis/a1b2c3d4e5/stages/prod') return prodStage;
      return restJsonError('NotFoundException', 'Invalid resource', 404);
    };
    const plan = await planWithLookups(apiAlarm(), { errorsOnly: true }, deps());

    assert.deepEqual(plan.groups, ['API-Gateway-Execution-Logs_a1b2c3d4e5/prod', 'orders-api-access']);
    assert.deepEqual(plan.lookups, []);
    assert.match(plan.command, /--log-group-names API-Gateway-Execution-Logs_a1b2c3d4e5\/prod orders-api-access /);
    const requests = sent().map((r) => { const url = new URL(r.path, 'http://local'); return [r.method, url.pathname, Object.fromEntries(url.searchParams)]; });
    assert.deepEqual(requests, [
      ['GET', '/restapis', { limit: '500' }],
      ['GET', '/restapis', { limit: '500', position: 'page-2' }],
      ['GET', '/restapis/a1b2c3d4e5/stages/prod', {}],
    ]);
    for (const r of sent()) assert.match(String(r.headers.authorization), /Credential=ASIACLICKERSESSION\/\d+\/us-east-1\/apigateway\/aws4_request/);
  });

  it('says what it looked for when the stage is not there', async () => {
    answer = (req) => (req.path.startsWith('/restapis?') ? restApisPage([{ id: 'a1b2c3d4e5', name: 'orders-api' }]) : restJsonError('NotFoundException', 'Invalid stage identifier specified', 404));
    await assert.rejects(planWithLookups(apiAlarm(), { errorsOnly: false }, deps()), {
      code: 'LOGS_NO_LOG_GROUP',
      userMessage: 'No log group is known for alarm "ServerCpuTooHigh". Looked for the logs of API Gateway REST API "orders-api" stage prod: REST API "orders-api" (a1b2c3d4e5) has no stage prod.',
    });
  });

  it('reads the ECS service\'s task definition and queries its containers\' awslogs groups after the configured ones', async () => {
    answer = (req) => {
      if (req.operation === 'DescribeServices') return jsonReply({ services: [{ serviceName: 'sample-fargate', clusterArn: 'arn:aws:ecs:us-east-1:111122223333:cluster/FargateCluster', taskDefinition: TASK_DEFINITION, deployments: [{ taskDefinition: TASK_DEFINITION, status: 'PRIMARY' }] }], failures: [] });
      if (req.operation === 'DescribeTaskDefinition') {
        return jsonReply({ taskDefinition: { taskDefinitionArn: TASK_DEFINITION, family: 'sample-fargate', revision: 1, containerDefinitions: [{ name: 'web', logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/sample-fargate', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'ecs' } } }] } });
      }
      return { status: 500 };
    };
    const plan = await planWithLookups(ecsAlarm(), { errorsOnly: false, configured: { ServerCpuTooHigh: ['/app/web'] } }, deps());

    assert.deepEqual(plan.groups, ['/app/web', '/ecs/sample-fargate']);
    assert.deepEqual(sent().map((r) => [r.operation, JSON.parse(r.body)]), [
      ['DescribeServices', { cluster: 'FargateCluster', services: ['sample-fargate'] }],
      ['DescribeTaskDefinition', { taskDefinition: TASK_DEFINITION }],
    ]);
    for (const r of sent()) assert.match(String(r.headers.authorization), /\/us-east-1\/ecs\/aws4_request/);
  });

  it('pre-checks the lookup\'s IAM actions, and a refusal stops the click when the alarm has no other log group', async () => {
    const asked: string[] = [];
    const refusal = new AccessRefusedError('GUARDRAIL_DENIED', 'The guardrail CloudWatchReadOnlyAccess does not allow ecs:DescribeServices.', 'arn:aws:iam::aws:policy/CloudWatchReadOnlyAccess');
    const preCheck = async (action: string) => {
      asked.push(action);
      if (action.startsWith('ecs:')) throw refusal;
    };
    await assert.rejects(planWithLookups(ecsAlarm(), { errorsOnly: false }, { ...deps(), preCheck }), (e) => e === refusal);
    assert.deepEqual(asked, ['ecs:DescribeServices']);
    assert.deepEqual(sent(), [], 'nothing is asked of AWS');
  });

  it('runs over the other log groups when a lookup is refused, and says what was not looked up', async () => {
    const preCheck = async (action: string) => {
      throw new AccessRefusedError('GUARDRAIL_DENIED', `The guardrail CloudWatchReadOnlyAccess does not allow ${action}.`, 'arn:aws:iam::aws:policy/CloudWatchReadOnlyAccess');
    };
    const plan = await planWithLookups(ecsAlarm(), { errorsOnly: false, configured: { ServerCpuTooHigh: ['/app/web'] } }, { ...deps(), preCheck });
    assert.deepEqual(plan.groups, ['/app/web']);
    assert.deepEqual(plan.notes, ['ECS service sample-fargate in cluster FargateCluster: not looked up (The guardrail CloudWatchReadOnlyAccess does not allow ecs:DescribeServices)']);
    assert.deepEqual(sent(), []);
  });

  it('asks AWS nothing when the alarm needs no lookup', async () => {
    const plan = await planWithLookups({ ...variablesOf(SERVER_CPU) }, { errorsOnly: false, configured: { ServerCpuTooHigh: ['/app/web'] } }, deps());
    assert.deepEqual(plan.groups, ['/app/web']);
    assert.deepEqual(sent(), []);
  });

  it('never starts a query whose lookups are still pending', async () => {
    const pending = planLogsQuery(apiAlarm(), { errorsOnly: false });
    await assert.rejects(runLogsQuery(pending, { aws: sdkAws() }), { code: 'LOGS_NO_LOG_GROUP' });
    assert.deepEqual(sent(), []);
  });

  it('calls the API Gateway and ECS clients the command index names', () => {
    const index = new CommandIndex();
    for (const [cli, client] of [['apigateway', APIGATEWAY_CLIENT], ['ecs', ECS_CLIENT]] as const) {
      const s = index.service(cli);
      assert.deepEqual(client, { cli: s.cli, package: s.package, clientClass: s.clientClass });
    }
  });
});

describe('planning a logs query whose groups need a lookup', () => {
  it('keeps the lookup pending, and the audit line says what will be looked for', () => {
    const plan = planLogsQuery(apiAlarm(), { errorsOnly: false });
    assert.deepEqual(plan.groups, []);
    assert.deepEqual(plan.lookups, [{ kind: 'api-gateway', apiName: 'orders-api', stage: 'prod', region: 'us-east-1' }]);
    assert.match(planLine(plan), /^@aws logs start-query --log-group-names "<API Gateway REST API \\"orders-api\\" stage prod>" --start-time /);
  });

  it('puts what the lookups found after the known groups, and keeps what they left out', () => {
    const lookup = { kind: 'ecs-service' as const, cluster: 'FargateCluster', service: 'sample-fargate', region: 'us-east-1' };
    const plan = planLogsQuery(ecsAlarm(), {
      errorsOnly: false,
      configured: { 'AWS/ECS': ['/app/shared'] },
      resolved: [{ lookup, groups: ['/ecs/sample-fargate', '/app/shared'], notes: ['container audit of sample-fargate:1 logs to eu-west-1, not us-east-1'] }],
    });
    assert.deepEqual(plan.groups, ['/app/shared', '/ecs/sample-fargate']);
    assert.deepEqual(plan.notes, ['ECS service sample-fargate in cluster FargateCluster: container audit of sample-fargate:1 logs to eu-west-1, not us-east-1']);
    assert.equal(planLine(plan), `${plan.command.replace(/ --region /, ' --limit 30 --region ')}`);
  });
});
