import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandIndex, defaultIndexDir, resolveShape } from '../../../src/commands/schema/command-index.js';
import type { MemberShape, ServiceIndex, Shape } from '../../../src/commands/schema/index-types.js';
import { builtIndex } from './built-index.js';

/** The 40 services of the default install (issue #7) by CLI name, with their operation counts in the SDK (research §5). */
const DEFAULT_SERVICES: Record<string, number> = {
  ec2: 830, s3api: 112, lambda: 91, cloudwatch: 59, logs: 118, ecs: 88, eks: 70, rds: 168, dynamodb: 62, sqs: 23, sns: 42,
  cloudformation: 92, autoscaling: 68, elbv2: 51, route53: 83, ssm: 154, codepipeline: 44, codebuild: 59, deploy: 47, health: 14,
  support: 20, ce: 47, budgets: 26, guardduty: 103, securityhub: 117, configservice: 102, xray: 38, apigateway: 124,
  stepfunctions: 37, events: 57, kinesis: 45, elasticache: 75, ecr: 62, 'resource-explorer-2': 32, 'bedrock-agent-runtime': 35,
  backup: 109, organizations: 63, sts: 12, iam: 181, kms: 56,
};

function member(service: ServiceIndex, operation: string, name: string): MemberShape {
  const found = service.operations[operation]?.input?.members[name];
  assert.ok(found, `${service.cli} ${operation} has no member ${name}`);
  return found;
}

describe('command index built from the installed SDK clients', function () {
  this.timeout(120_000);
  let index: CommandIndex;
  before(() => {
    index = builtIndex().index;
  });

  it('prints one summary line with services and operations', () => {
    assert.match(builtIndex().summary, /^command index: \d+ services, \d+ operations.* in \d+ ms/);
  });

  it('has every service of the default install under its AWS CLI name, with about as many operations as the SDK model', () => {
    const services = index.loadServiceDirectory().services;
    for (const [cli, count] of Object.entries(DEFAULT_SERVICES)) {
      const entry = services[cli];
      assert.ok(entry, `missing ${cli}`);
      assert.ok(Math.abs(entry.operations.length - count) <= Math.max(3, count * 0.1), `${cli}: ${entry.operations.length} operations, expected about ${count}`);
    }
    assert.equal(services.sqs?.operations.length, 23);
    assert.equal(services.health?.operations.length, 14);
    assert.equal(services.deploy?.package, '@aws-sdk/client-codedeploy');
    assert.equal(services.logs?.serviceId, 'CloudWatch Logs');
  });

  it('names operations the way the CLI does and keeps the API name', () => {
    const rds = index.service('rds');
    assert.equal(rds.operations['describe-db-instances']?.name, 'DescribeDBInstances');
    assert.equal(index.service('s3api').clientClass, 'S3Client');
  });

  it('gives enum values (cloudwatch describe-alarms --state-value)', () => {
    const shape = member(index.service('cloudwatch'), 'describe-alarms', 'StateValue').shape;
    assert.equal((shape as Shape).type, 'enum');
    assert.deepEqual([...(shape as { values: string[] }).values].sort(), ['ALARM', 'INSUFFICIENT_DATA', 'OK']);
  });

  it('gives lists of enums (cloudwatch describe-alarms --alarm-types)', () => {
    const shape = member(index.service('cloudwatch'), 'describe-alarms', 'AlarmTypes').shape;
    assert.deepEqual(shape, { type: 'list', member: { type: 'enum', values: ['CompositeAlarm', 'LogAlarm', 'MetricAlarm'] } });
  });

  it('describes ec2 describe-instances --filters as a list of Name/Values structures', () => {
    const ec2 = index.service('ec2');
    const filters = resolveShape(ec2, member(ec2, 'describe-instances', 'Filters').shape);
    assert.equal(filters.type, 'list');
    const filter = resolveShape(ec2, (filters as { member: Shape }).member);
    assert.equal(filter.type, 'structure');
    const members = (filter as { members: Record<string, MemberShape> }).members;
    assert.deepEqual(Object.keys(members), ['Name', 'Values']);
    assert.deepEqual(members.Values?.shape, { type: 'list', member: { type: 'string' } });
  });

  it('marks required members (lambda invoke --function-name) and nothing else', () => {
    assert.deepEqual(index.service('lambda').operations.invoke?.input?.required, ['FunctionName']);
    assert.deepEqual(index.service('ec2').operations['describe-instances']?.input?.required, []);
  });

  it('writes a recursive shape once and refers to it (dynamodb put-item --item)', () => {
    const dynamodb = index.service('dynamodb');
    const item = resolveShape(dynamodb, member(dynamodb, 'put-item', 'Item').shape);
    assert.deepEqual(item, { type: 'map', key: { type: 'string' }, value: { ref: 'AttributeValue' } });
    const attributeValue = dynamodb.shapes.AttributeValue as { type: string; members: Record<string, MemberShape> };
    assert.equal(attributeValue.type, 'union');
    assert.deepEqual(attributeValue.members.L?.shape, { type: 'list', member: { ref: 'AttributeValue' } });
    assert.deepEqual(attributeValue.members.B?.shape, { type: 'blob' });
  });

  it('flags idempotency tokens and streaming members', () => {
    assert.equal(member(index.service('ec2'), 'run-instances', 'ClientToken').idempotencyToken, true);
    assert.equal(member(index.service('s3api'), 'put-object', 'Body').streaming, true);
  });

  it('gives timestamps, blobs, booleans and numbers', () => {
    const cloudwatch = index.service('cloudwatch');
    assert.deepEqual(member(cloudwatch, 'get-metric-statistics', 'StartTime').shape, { type: 'timestamp' });
    assert.deepEqual(member(cloudwatch, 'describe-alarms', 'MaxRecords').shape, { type: 'number' });
    assert.deepEqual(member(index.service('lambda'), 'invoke', 'Payload').shape, { type: 'blob' });
    assert.deepEqual(member(index.service('ec2'), 'describe-instances', 'DryRun').shape, { type: 'boolean' });
  });

  it('knows the paginators (input token, output token, page size)', () => {
    assert.deepEqual(index.service('cloudwatch').operations['describe-alarms']?.paginator, { inputToken: 'NextToken', outputToken: 'NextToken', limitKey: 'MaxRecords' });
    assert.equal(index.service('s3api').operations['list-objects-v2']?.paginator?.outputToken, 'NextContinuationToken');
    assert.equal(index.service('lambda').operations.invoke?.paginator, undefined);
  });

  it('has plain-text docs for operations and their members', () => {
    const docs = index.docs('cloudwatch');
    assert.match(docs.operations['describe-alarms'] ?? '', /^Retrieves the specified alarms\./);
    assert.match(docs.members['describe-alarms.StateValue'] ?? '', /state/);
    assert.doesNotMatch(docs.operations['describe-alarms'] ?? '', /<\w+>/);
  });
});

describe('finding services and operations by what people type', function () {
  this.timeout(120_000);
  let index: CommandIndex;
  before(() => {
    index = builtIndex().index;
  });

  it('finds a service by its CLI name', () => assert.equal(index.findService('elbv2').found, 'elbv2'));

  const nearMisses: [string, string][] = [['s3', 's3api'], ['cloudwatchlogs', 'logs'], ['codedeploy', 'deploy'], ['sfn', 'stepfunctions'], ['config', 'configservice'], ['lamda', 'lambda']];
  for (const [typed, cli] of nearMisses) {
    it(`suggests ${cli} for "${typed}"`, () => {
      const lookup = index.findService(typed);
      assert.equal(lookup.found, undefined);
      assert.equal(lookup.suggestions[0], cli);
    });
  }

  it('finds an operation and suggests the closest ones for a typo', () => {
    assert.equal(index.findOperation('ec2', 'describe-instances').found?.name, 'DescribeInstances');
    assert.deepEqual(index.findOperation('ec2', 'describe-instanses').suggestions, ['describe-instances']);
    assert.deepEqual(index.findOperation('ec2', 'DescribeInstances'), { suggestions: ['describe-instances'] });
  });

  it('refuses an unknown service with a coded error', () => {
    assert.throws(() => index.service('nosuchservice'), { code: 'UNKNOWN_SERVICE' });
  });
});

describe('where the command index is', () => {
  it('is dist/command-index next to the compiled code, unless CHATOPS_COMMAND_INDEX says otherwise', () => {
    const saved = process.env.CHATOPS_COMMAND_INDEX;
    try {
      delete process.env.CHATOPS_COMMAND_INDEX;
      assert.equal(defaultIndexDir(), join(process.cwd(), 'dist/command-index'));
      process.env.CHATOPS_COMMAND_INDEX = '/tmp/elsewhere';
      assert.equal(defaultIndexDir(), '/tmp/elsewhere');
    } finally {
      if (saved === undefined) delete process.env.CHATOPS_COMMAND_INDEX;
      else process.env.CHATOPS_COMMAND_INDEX = saved;
    }
  });
});

describe('a missing command index', () => {
  it('is a coded error that says to run the build', () => {
    const dir = mkdtempSync(join(tmpdir(), 'no-index-'));
    try {
      const empty = new CommandIndex(dir);
      assert.throws(() => empty.loadServiceDirectory(), (e: { code?: string; nextStep?: string }) => e.code === 'COMMAND_INDEX_MISSING' && /npm run build/.test(e.nextStep ?? ''));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
