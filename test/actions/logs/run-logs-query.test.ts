import assert from 'node:assert/strict';
import { planLogsQuery, type LogsQueryPlan } from '../../../src/actions/logs/plan-logs-query.js';
import { LOGS_CLIENT, runLogsQuery, type RunLogsQueryDeps } from '../../../src/actions/logs/run-logs-query.js';
import { sdkAws } from '../../../src/adapters/aws/aws-port.js';
import { closeAwsClients } from '../../../src/adapters/aws/run-operation.js';
import { CommandIndex } from '../../../src/commands/schema/command-index.js';
import { ChatOpsError } from '../../../src/core/errors.js';
import type { AwsReply, AwsRequest } from '../../support/aws-endpoint/aws-endpoint.js';
import { jsonError, jsonReply } from '../../support/aws-endpoint/replies.js';
import { useAwsEndpoint } from '../../support/aws-endpoint/use-aws-endpoint.js';
import { variablesOf } from './alarm-variables.js';

const QUERY_ID = '12ab3456-12ab-123a-789e-1234567890ab';
const row = (timestamp: string, message: string, stream = '2024/02/17/[$LATEST]0123456789abcdef') => [
  { field: '@timestamp', value: timestamp },
  { field: '@message', value: message },
  { field: '@logStream', value: stream },
  { field: '@ptr', value: 'CmAKJgoiMTIz' },
];
const complete = jsonReply({
  status: 'Complete',
  statistics: { recordsMatched: 2, recordsScanned: 100, bytesScanned: 5000 },
  results: [row('2024-02-17 11:51:02.123', 'START RequestId: 1f3c Version: $LATEST\n'), row('2024-02-17 11:51:02.456', 'ERROR boom\n')],
});
const running = jsonReply({ status: 'Running', statistics: { recordsMatched: 0 }, results: [] });

/** A clock that moves only when the runner sleeps. */
function pacedTime(): Pick<RunLogsQueryDeps, 'clock' | 'sleep'> & { sleeps: number[] } {
  let now = Date.UTC(2024, 1, 17, 12, 0, 0);
  const sleeps: number[] = [];
  return {
    sleeps,
    clock: { now: () => new Date(now) },
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

describe('running a Show logs query against CloudWatch Logs', () => {
  let answer: (req: AwsRequest) => AwsReply = () => complete;
  const aws = useAwsEndpoint((req) => answer(req));
  let first = 0;
  // The real Lambda alarm of the fixtures, as it is for one function (FunctionName added: the fixture's alarm watches an expression).
  let plan: LogsQueryPlan;

  beforeEach(() => {
    first = aws.endpoint.requests.length;
    plan = planLogsQuery({ ...variablesOf('cloudwatch/lambda-alarm-action-single-metric.json'), FunctionName: 'myHelloWorld' }, { errorsOnly: true });
  });
  after(() => closeAwsClients());

  const sent = () => aws.endpoint.requests.slice(first);
  const operations = () => sent().map((r) => r.operation);
  const run = (time = pacedTime()) => runLogsQuery(plan, { aws: sdkAws(), ...time });

  async function refusal(time = pacedTime()): Promise<ChatOpsError> {
    try {
      await run(time);
    } catch (e) {
      assert.ok(e instanceof ChatOpsError, `expected a ChatOpsError, got ${String(e)}`);
      return e;
    }
    return assert.fail('the query should have failed');
  }

  it('starts the query over the alarm\'s window and log group, 30 entries at most, and returns the lines', async () => {
    answer = (req) => (req.operation === 'StartQuery' ? jsonReply({ queryId: QUERY_ID }) : complete);
    const result = await run();
    assert.deepEqual(operations(), ['StartQuery', 'GetQueryResults']);
    assert.deepEqual(JSON.parse(sent()[0]!.body), { logGroupNames: ['/aws/lambda/myHelloWorld'], startTime: 1708170660, endTime: 1708170789, queryString: plan.query, limit: 30 });
    assert.deepEqual(JSON.parse(sent()[1]!.body), { queryId: QUERY_ID });
    assert.match(String(sent()[0]!.headers.authorization), /\/eu-west-1\/logs\/aws4_request/);
    assert.deepEqual(result, {
      queryId: QUERY_ID,
      recordsMatched: 2,
      lines: [
        { timestamp: '2024-02-17 11:51:02.123', message: 'START RequestId: 1f3c Version: $LATEST', stream: '2024/02/17/[$LATEST]0123456789abcdef' },
        { timestamp: '2024-02-17 11:51:02.456', message: 'ERROR boom', stream: '2024/02/17/[$LATEST]0123456789abcdef' },
      ],
    });
  });

  it('asks again about every second while the query runs', async () => {
    let polls = 0;
    answer = (req) => (req.operation === 'StartQuery' ? jsonReply({ queryId: QUERY_ID }) : ++polls < 3 ? running : complete);
    const time = pacedTime();
    const result = await run(time);
    assert.deepEqual(operations(), ['StartQuery', 'GetQueryResults', 'GetQueryResults', 'GetQueryResults']);
    assert.deepEqual(time.sleeps, [1000, 1000]);
    assert.equal(result.lines.length, 2);
  });

  it('stops a query still running after 15 s and offers the console link', async () => {
    answer = (req) => (req.operation === 'StartQuery' ? jsonReply({ queryId: QUERY_ID }) : req.operation === 'StopQuery' ? jsonReply({ success: true }) : running);
    const time = pacedTime();
    const error = await refusal(time);
    assert.equal(error.code, 'LOGS_QUERY_TIMED_OUT');
    assert.equal(error.userMessage, 'Query still running after 15 s, so it was stopped.');
    assert.equal(error.nextStep, `Open it in the console: ${plan.consoleUrl}`);
    assert.equal(operations().at(-1), 'StopQuery');
    assert.deepEqual(JSON.parse(sent().at(-1)!.body), { queryId: QUERY_ID });
    assert.equal(time.sleeps.reduce((a, b) => a + b, 0), 15_000);
  });

  it('still says it timed out when stopping the query fails', async () => {
    answer = (req) => (req.operation === 'StartQuery' ? jsonReply({ queryId: QUERY_ID }) : req.operation === 'StopQuery' ? jsonError('InvalidParameterException', 'Query is not running') : running);
    const error = await refusal();
    assert.equal(error.code, 'LOGS_QUERY_TIMED_OUT');
    assert.ok(error.cause, 'the StopQuery failure is kept for the log');
  });

  it('says which log group is missing (ResourceNotFound) without polling', async () => {
    answer = () => jsonError('ResourceNotFoundException', "Log group '/aws/lambda/myHelloWorld' does not exist for account ID '123456789012'");
    const error = await refusal();
    assert.equal(error.code, 'LOGS_LOG_GROUP_NOT_FOUND');
    assert.match(error.userMessage, /^CloudWatch Logs in eu-west-1 has no log group \/aws\/lambda\/myHelloWorld/);
    assert.match(error.userMessage, /does not exist/);
    assert.ok(error.nextStep);
    assert.deepEqual(operations(), ['StartQuery']);
  });

  it('points to the console when CloudWatch Logs rejects the query (MalformedQuery)', async () => {
    answer = () => jsonError('MalformedQueryException', 'unexpected symbol found | at line 1');
    const error = await refusal();
    assert.equal(error.code, 'LOGS_MALFORMED_QUERY');
    assert.match(error.userMessage, /unexpected symbol/);
    assert.equal(error.nextStep, `Edit it in the console: ${plan.consoleUrl}`);
  });

  it('says so when too many queries run in the account', async () => {
    answer = () => jsonError('LimitExceededException', 'Account maximum query concurrency limit of [30] reached.');
    assert.equal((await refusal()).code, 'LOGS_TOO_MANY_QUERIES');
  });

  for (const status of ['Failed', 'Cancelled', 'Timeout']) {
    it(`reports a query that ended ${status}`, async () => {
      answer = (req) => (req.operation === 'StartQuery' ? jsonReply({ queryId: QUERY_ID }) : jsonReply({ status, results: [] }));
      const error = await refusal();
      assert.equal(error.code, 'LOGS_QUERY_FAILED');
      assert.equal(error.userMessage, `The Logs Insights query ended with status ${status}.`);
      assert.equal(error.nextStep, `Try again, or open it in the console: ${plan.consoleUrl}`);
    });
  }

  it('leaves access errors as the AWS adapter words them', async () => {
    answer = () => jsonError('AccessDeniedException', 'User is not authorized to perform: logs:StartQuery', 400);
    assert.equal((await refusal()).code, 'AWS_ACCESS_DENIED');
  });

  it('signs with the clicker\'s session when the permissions layer gives one', async () => {
    answer = (req) => (req.operation === 'StartQuery' ? jsonReply({ queryId: QUERY_ID }) : complete);
    await runLogsQuery(plan, { aws: sdkAws(), credentials: { accessKeyId: 'ASIACLICKERSESSION', secretAccessKey: 's', sessionToken: 't' }, ...pacedTime() });
    for (const r of sent()) assert.match(String(r.headers.authorization), /Credential=ASIACLICKERSESSION\//);
  });

  it('calls the logs client the command index names', () => {
    const logs = new CommandIndex().service('logs');
    assert.deepEqual(LOGS_CLIENT, { cli: logs.cli, package: logs.package, clientClass: logs.clientClass });
  });
});
