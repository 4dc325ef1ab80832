import assert from 'node:assert/strict';
import { hasLogs, logGroupsFor, MAX_LOG_GROUPS, type AlarmLogGroups, type ConfiguredLogGroups } from '../../../src/actions/logs/log-groups.js';
import { variablesOf } from './alarm-variables.js';

const SERVER_CPU = 'cloudwatch/eventbridge-alarm-state-change-metric-alarm.json';
const LAMBDA_ALARM = 'cloudwatch/lambda-alarm-action-single-metric.json';
const DB_MIGRATION = 'cloudwatch/alarm-sns-message-metric-ok-dbmigrationrequired.json';
const CODEBUILD = 'eventbridge/codebuild-build-state-change.json';
const COMPOSITE = 'cloudwatch/eventbridge-alarm-state-change-composite-alarm.json';

interface Case {
  it: string;
  variables: () => Record<string, string>;
  configured?: ConfiguredLogGroups;
  expected: AlarmLogGroups;
}

const none: AlarmLogGroups = { groups: [], lookups: [] };

const cases: Case[] = [
  { it: 'uses the LogGroup variable as it is (CodeBuild)', variables: () => variablesOf(CODEBUILD), expected: { groups: ['/aws/codebuild/my-sample-project'], lookups: [] } },
  // The real Lambda alarm fixture watches a metric math expression with no dimensions; a per-function alarm adds FunctionName.
  { it: 'maps a Lambda alarm with a FunctionName dimension to /aws/lambda/<name>', variables: () => ({ ...variablesOf(LAMBDA_ALARM), FunctionName: 'order-handler' }), expected: { groups: ['/aws/lambda/order-handler'], lookups: [] } },
  { it: 'finds none for a Lambda alarm without a function (the real fixture)', variables: () => variablesOf(LAMBDA_ALARM), expected: none },
  { it: 'finds none for an EC2 alarm', variables: () => variablesOf(SERVER_CPU), expected: none },
  { it: 'finds none for a composite alarm', variables: () => variablesOf(COMPOSITE), expected: none },
  { it: 'uses groups configured for the alarm name', variables: () => variablesOf(SERVER_CPU), configured: { ServerCpuTooHigh: ['/app/web', '/app/worker'] }, expected: { groups: ['/app/web', '/app/worker'], lookups: [] } },
  { it: 'uses groups configured for the namespace', variables: () => variablesOf(DB_MIGRATION), configured: { LogMetrics: ['/app/migrations'] }, expected: { groups: ['/app/migrations'], lookups: [] } },
  {
    it: 'puts the derived group first, then the alarm\'s, then the namespace\'s, each once',
    variables: () => ({ ...variablesOf(LAMBDA_ALARM), FunctionName: 'order-handler' }),
    configured: { 'Test alert': ['/aws/lambda/order-handler', '/app/orders'], 'AWS/Lambda': ['/app/shared'] },
    expected: { groups: ['/aws/lambda/order-handler', '/app/orders', '/app/shared'], lookups: [] },
  },
  { it: 'ignores configured entries that are not log group names', variables: () => variablesOf(SERVER_CPU), configured: { ServerCpuTooHigh: ['/app/web', 'not a group!', ''] }, expected: { groups: ['/app/web'], lookups: [] } },
  { it: 'does not read inherited keys as configuration', variables: () => ({ ...variablesOf(SERVER_CPU), AlarmName: 'constructor' }), expected: none },
  {
    it: 'asks for a lookup for an API Gateway stage (its log group is named by the REST API id)',
    variables: () => ({ ...variablesOf(SERVER_CPU), Namespace: 'AWS/ApiGateway', ApiName: 'orders-api', Stage: 'prod' }),
    expected: { groups: [], lookups: [{ kind: 'api-gateway', apiName: 'orders-api', stage: 'prod', region: 'us-east-1' }] },
  },
  {
    it: 'asks for a lookup for an ECS service (its log group is in the task definition)',
    variables: () => ({ ...variablesOf(SERVER_CPU), Namespace: 'AWS/ECS', ClusterName: 'FargateCluster', ServiceName: 'web' }),
    expected: { groups: [], lookups: [{ kind: 'ecs-service', cluster: 'FargateCluster', service: 'web', region: 'us-east-1' }] },
  },
];

describe('log groups of an alarm', () => {
  for (const c of cases) {
    it(c.it, () => {
      assert.deepEqual(logGroupsFor(c.variables(), c.configured), c.expected);
    });
  }

  it('keeps at most 50 groups, the most a Logs Insights query takes', () => {
    const many = Array.from({ length: 60 }, (_, i) => `/app/g${i}`);
    assert.equal(logGroupsFor(variablesOf(SERVER_CPU), { ServerCpuTooHigh: many }).groups.length, MAX_LOG_GROUPS);
  });

  it('shows the buttons when a group is known or a lookup may name one at click time', () => {
    assert.equal(hasLogs({ groups: ['/aws/lambda/x'], lookups: [] }), true);
    assert.equal(hasLogs({ groups: [], lookups: [{ kind: 'ecs-service', cluster: 'c', service: 's' }] }), true);
    assert.equal(hasLogs(none), false);
  });
});
