/**
 * `lambda invoke` answers as cards: the command line parsed as chat parses it, run by the real
 * SDK v3 client against a local endpoint that answers as Lambda does (synthetic replies, shapes
 * from docs/research/2026-12-06-custom-actions-findings.md §4), and shown by the result card;
 * then the same through the running service in the sandbox (permissions, confirmation, Run).
 */
import assert from 'node:assert/strict';
import type { Card, CodeSection, FieldsSection, TextSection } from '../../src/core/card.js';
import { sdkAws } from '../../src/adapters/aws/aws-port.js';
import { errorCard } from '../../src/commands/error-card.js';
import { parseCommandLine } from '../../src/commands/parse/parse-command.js';
import { resultCard } from '../../src/commands/result-card.js';
import { functionNameInLine, functionNameOf, shortFunctionName } from '../../src/commands/lambda-function-name.js';
import { lambdaInvokeCard, LOG_TAIL_SHOWN, TRACE_LINES_SHOWN } from '../../src/commands/result-lambda.js';
import { CommandIndex } from '../../src/commands/schema/command-index.js';
import { renderSlack } from '../../src/render/slack.js';
import { checkSlackLimits } from '../../src/render/slack-limits.js';
import { renderTeams } from '../../src/render/teams.js';
import { validateAdaptiveCard } from '../support/adaptive-card-validator.js';
import type { AwsReply, AwsRequest } from '../support/aws-endpoint/aws-endpoint.js';
import { restJsonError, restJsonReply, REQUEST_ID } from '../support/aws-endpoint/replies.js';
import { CHANNEL_ROLE_ACCESS, withRoleSessions } from '../support/aws-endpoint/role-sessions.js';
import { useAwsEndpoint } from '../support/aws-endpoint/use-aws-endpoint.js';
import { startRealApp } from '../e2e/app-harness.js';
import { sandboxClient, type MessageJson } from '../e2e/sandbox-client.js';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const LOG = ['START RequestId: 8f5e Version: $LATEST', '2026-12-06T10:00:00.000Z\t8f5e\tERROR\tInvoke Error \t{"errorType":"Error","errorMessage":"this is an error"}', 'END RequestId: 8f5e', 'REPORT RequestId: 8f5e\tDuration: 12.3 ms\tBilled Duration: 13 ms'].join('\n');
const UNHANDLED = JSON.stringify({
  errorType: 'Error',
  errorMessage: 'this is an error',
  trace: ['Error: this is an error', ...Array.from({ length: 30 }, (_, i) => `    at frame${i} (/var/task/index.js:${i + 2}:11)`)],
});

/** Lambda as the endpoint: a function per name (the last segment of the invocations path). */
function lambda(req: AwsRequest): AwsReply {
  const name = decodeURIComponent(/\/functions\/([^/]+)\/invocations/.exec(req.path)?.[1] ?? '');
  const tail: Record<string, string> = req.headers['x-amz-log-type'] === 'Tail' ? { 'x-amz-log-result': b64(LOG) } : {};
  if (name === 'myHelloWorld' || name === 'mypipeline1-beta-Approval') {
    return restJsonReply(JSON.stringify({ received: JSON.parse(req.body || 'null') as unknown, greeting: 'Hello World' }), { 'x-amz-executed-version': '$LATEST', ...tail });
  }
  if (name === 'broken') return restJsonReply(UNHANDLED, { 'x-amz-function-error': 'Unhandled', 'x-amz-executed-version': '$LATEST', ...tail });
  return restJsonError('ResourceNotFoundException', `Function not found: arn:aws:lambda:us-east-1:111122223333:function:${name}`, 404);
}

const codes = (card: Card) => card.sections.filter((s): s is CodeSection => s.type === 'code');
const texts = (card: Card) => card.sections.filter((s): s is TextSection => s.type === 'text').map((s) => s.text);
const fieldsOf = (card: Card) => Object.fromEntries(card.sections.filter((s): s is FieldsSection => s.type === 'fields').flatMap((s) => s.fields.map((f) => [f.label, f.value])));

function assertFitsBothPlatforms(card: Card): void {
  assert.deepEqual(checkSlackLimits(renderSlack(card)), []);
  assert.deepEqual(validateAdaptiveCard(renderTeams(card)), []);
}

describe('lambda invoke results (chat line → real SDK → local Lambda endpoint → card)', () => {
  const aws = useAwsEndpoint(lambda);
  const index = new CommandIndex();
  const port = sdkAws();

  /** What the command engine does after the permissions: parse, run through the AwsPort, show. */
  async function run(line: string): Promise<Card> {
    try {
      const parsed = parseCommandLine(line, index);
      const service = index.service(parsed.service);
      const region = parsed.region ?? 'us-east-1';
      const answer = await port.run({ service: { cli: service.cli, package: service.package, clientClass: service.clientClass }, operation: parsed.operation, operationCli: parsed.operationCli, params: parsed.params, region });
      return resultCard({ service: parsed.service, operationCli: parsed.operationCli, command: line, region, output: answer.output, params: parsed.params, ...(answer.requestId ? { requestId: answer.requestId } : {}) });
    } catch (e) {
      return errorCard(e);
    }
  }
  const lastRequest = () => aws.endpoint.requests.at(-1)!;

  it('sends a JSON payload as typed and shows the function\'s JSON answer pretty, with status and version', async () => {
    const card = await run(`lambda invoke --function-name myHelloWorld --payload '{"key": "value"}'`);
    assert.equal(lastRequest().body, '{"key": "value"}', 'the payload bytes are the text typed (raw-in-base64-out), never base64-decoded');
    assert.equal(card.title, 'lambda invoke');
    assert.equal(card.severity, 'success');
    const [payload] = codes(card);
    assert.equal(payload?.title, 'Payload');
    assert.equal(payload?.language, 'json');
    assert.equal(payload?.code, JSON.stringify({ received: { key: 'value' }, greeting: 'Hello World' }, null, 2));
    assert.deepEqual(fieldsOf(card), { Function: 'myHelloWorld', 'Status code': '200', 'Executed version': '$LATEST' });
    assert.equal(card.footer, `Request ID ${REQUEST_ID}`);
    assertFitsBothPlatforms(card);
  });

  it('shows the decoded log tail, collapsed, when --log-type Tail asks for it', async () => {
    const card = await run(`lambda invoke --function-name myHelloWorld --log-type Tail --payload '{}'`);
    const log = codes(card).find((c) => c.title === 'Log tail');
    assert.equal(log?.code, LOG);
    assert.equal(log?.collapsed, true);
  });

  it('shows a function error (HTTP 200 with X-Amz-Function-Error) as a failure, with the trace collapsed and cut', async () => {
    const card = await run('lambda invoke --function-name broken --log-type Tail');
    assert.equal(card.title, 'Lambda broken failed (Unhandled)');
    assert.equal(card.severity, 'high');
    assert.equal(texts(card)[0], 'Lambda `broken` failed (Unhandled): Error: this is an error');
    assert.equal(card.fallbackText, 'Lambda `broken` failed (Unhandled): Error: this is an error');
    const trace = codes(card).find((c) => c.title === 'Stack trace')!;
    assert.equal(trace.collapsed, true);
    assert.equal(trace.code.split('\n').length, TRACE_LINES_SHOWN + 1);
    assert.match(trace.code, /^Error: this is an error\n/);
    assert.match(trace.code, /… 19 more lines$/);
    assert.equal(codes(card).find((c) => c.title === 'Log tail')?.code, LOG, 'the log is shown, not hidden, on a failure');
    assert.deepEqual(fieldsOf(card), { Function: 'broken', 'Status code': '200', 'Executed version': '$LATEST', 'Function error': 'Unhandled' });
    assert.match(texts(card).at(-1)!, /Fix the function or the payload.*\/aws\/lambda\/broken/);
    assertFitsBothPlatforms(card);
  });

  it('says a function that does not exist was not found (404 ResourceNotFoundException), and what to check', async () => {
    const card = await run('lambda invoke --function-name nope --region eu-west-1');
    assert.equal(card.title, 'That did not work');
    assert.equal(card.footer, 'Error AWS_NOT_FOUND');
    assert.match(texts(card)[0]!, /ResourceNotFoundException \(HTTP 404\): Function not found: .*function:nope/);
    assert.match(texts(card)[1]!, /region eu-west-1/);
  });

  it('runs the reference\'s shortcut "invoke FUNCTION --payload {…}" (unquoted JSON) as lambda invoke', async () => {
    const card = await run('invoke mypipeline1-beta-Approval --payload {"summary": "the design looks good, ready to release", "status": "Approved"}');
    assert.equal(lastRequest().path, '/2015-03-31/functions/mypipeline1-beta-Approval/invocations');
    assert.deepEqual(JSON.parse(lastRequest().body), { summary: 'the design looks good, ready to release', status: 'Approved' });
    assert.equal(card.title, 'lambda invoke');
    assert.equal(fieldsOf(card).Function, 'mypipeline1-beta-Approval');
  });

  it('asks for no output file, and explains one copied from the AWS CLI instead of dropping it', async () => {
    const card = await run(`lambda invoke --function-name myHelloWorld --cli-binary-format raw-in-base64-out --payload '{"key": "value"}' response.json`);
    assert.equal(card.footer, 'Error unknown-option');
    assert.match(texts(card)[0]!, /"response.json".*output file \(outfile\), leave it out: chat writes no files/);
    const ok = await run(`lambda invoke --function-name myHelloWorld --cli-binary-format raw-in-base64-out --payload '{"key": "value"}'`);
    assert.equal(ok.severity, 'success');
  });
});

describe('the lambda invoke card', () => {
  const ok = (output: Record<string, unknown>) => lambdaInvokeCard({ functionName: 'fn', where: 'Region us-east-1', output: { StatusCode: 200, ExecutedVersion: '$LATEST', ...output } });

  it('shows a payload that is not JSON as its text', () => {
    assert.equal(codes(ok({ Payload: new TextEncoder().encode('plain words') }))[0]?.code, 'plain words');
  });

  it('says an asynchronous invocation was accepted (202) instead of showing a payload', () => {
    assert.match(texts(ok({ StatusCode: 202, ExecutedVersion: undefined, Payload: new Uint8Array() }))[0]!, /runs in the background/);
  });

  it('keeps the end of a long log tail: the error and the REPORT line', () => {
    const long = `${Array.from({ length: 200 }, (_, i) => `line ${i} ${'x'.repeat(20)}`).join('\n')}\nREPORT RequestId: 1`;
    const log = codes(ok({ LogResult: b64(long) })).find((c) => c.title === 'Log tail')!;
    assert.ok(log.code.length <= LOG_TAIL_SHOWN + 60);
    assert.match(log.code, /^… \(the log tail is cut to its last lines\)\nline \d+ x+\n/);
    assert.match(log.code, /REPORT RequestId: 1$/);
  });

  it('shows an error message that could read as markup as plain text', () => {
    const card = lambdaInvokeCard({ functionName: 'fn', where: 'Region us-east-1', output: { StatusCode: 200, FunctionError: 'Unhandled', Payload: new TextEncoder().encode(JSON.stringify({ errorType: 'KeyError', errorMessage: "'my_key' [see](https://x.example) *now*" })) } });
    const [lead, message] = card.sections as TextSection[];
    assert.equal(lead?.text, 'Lambda `fn` failed (Unhandled):');
    assert.deepEqual([message?.text, message?.format], ["KeyError: 'my_key' [see](https://x.example) *now*", undefined]);
  });

  it('advises a longer timeout when the function timed out', () => {
    const card = lambdaInvokeCard({ functionName: 'arn:aws:lambda:us-east-1:111122223333:function:slow:live', where: 'Region us-east-1', output: { StatusCode: 200, FunctionError: 'Unhandled', Payload: new TextEncoder().encode('{"errorType":"Sandbox.Timedout","errorMessage":"RequestId: 1 Error: Task timed out after 3.00 seconds"}') } });
    assert.equal(card.title, 'Lambda slow failed (Unhandled)');
    assert.match(texts(card).at(-1)!, /raise its timeout.*--invocation-type Event.*\/aws\/lambda\/slow/);
  });

  it('finds the function name in the command line when the input is not given', () => {
    assert.equal(functionNameOf(['lambda', 'invoke', '--function-name', 'a']), 'a');
    assert.equal(functionNameOf(['lambda', 'invoke', '--function-name=b']), 'b');
    assert.equal(functionNameOf(['lambda', 'invoke', '--function', 'c']), 'c');
    assert.equal(functionNameOf(['invoke', 'd', '--payload', '{}']), 'd');
    assert.equal(functionNameOf(['lambda', 'invoke']), undefined);
    assert.equal(functionNameInLine(`lambda invoke --function-name 'arn:aws:lambda:us-east-1:111122223333:function:x' --payload '{"a": "b c"}'`), 'arn:aws:lambda:us-east-1:111122223333:function:x');
    assert.equal(shortFunctionName('111122223333:function:e'), 'e');
    assert.equal(shortFunctionName('f:prod'), 'f');
  });
});

describe('@aws invoke in a channel (sandbox, permissions and Run, SDK to a local endpoint)', function () {
  this.timeout(90_000);
  const CHATOPS_YML = `configurations:
  - name: sandbox
    platform: sandbox
    channelId: sandbox
    snsTopicArns: ["*"]
${CHANNEL_ROLE_ACCESS}`;
  let app: Awaited<ReturnType<typeof startRealApp>>;
  useAwsEndpoint(withRoleSessions(lambda));

  const chat = sandboxClient(() => app.url);
  const say = (text: string) => chat.say('sandbox', 'alice', text);
  const answers = (threadId: string, count: number) => chat.answers('sandbox', threadId, count);
  const run = (message: MessageJson) => chat.clickDialog('alice', message, 'run');

  before(async () => {
    app = await startRealApp({ chatopsYml: CHATOPS_YML });
  });
  after(async () => {
    await app?.close();
  });

  it('confirms, runs "@aws invoke FUNCTION" as the channel role, and shows the function\'s failure clearly', async () => {
    const id = await say('@aws invoke broken');
    const [confirm] = await answers(id, 1);
    assert.match(JSON.stringify(confirm!.card), /invoke broken/);
    await run(confirm!);
    const [, result] = await answers(id, 2);
    assert.equal(result!.card?.title, 'Lambda broken failed (Unhandled)');
    assert.equal(result!.card?.severity, 'high');
    assert.match(JSON.stringify(result!.card), /Error: this is an error/);
    assert.match(JSON.stringify(result!.card), /production \(111122223333\)/);
  });

  it('shows the payload of "@aws lambda invoke" after Run', async () => {
    const id = await say(`@aws lambda invoke --function-name myHelloWorld --payload '{"key": "value"}'`);
    const [confirm] = await answers(id, 1);
    await run(confirm!);
    const [, result] = await answers(id, 2);
    assert.equal(result!.card?.title, 'lambda invoke');
    const payload = result!.card!.sections.find((s): s is CodeSection => s.type === 'code' && s.title === 'Payload');
    assert.deepEqual(JSON.parse(payload!.code), { received: { key: 'value' }, greeting: 'Hello World' });
  });
});
