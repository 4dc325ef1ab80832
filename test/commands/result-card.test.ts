import assert from 'node:assert/strict';
import type { Card, CodeSection, FieldsSection, TextSection } from '../../src/core/card.js';
import { isChatOpsError } from '../../src/core/errors.js';
import { resultCard, type ResultCardInput } from '../../src/commands/result-card.js';
import { renderSlack } from '../../src/render/slack.js';
import { checkSlackLimits } from '../../src/render/slack-limits.js';
import { planSlackPost } from '../../src/render/slack-long-output.js';
import { renderTeams } from '../../src/render/teams.js';
import { validateAdaptiveCard } from '../support/adaptive-card-validator.js';

const instance = (n: number) => ({ InstanceId: `i-${String(n).padStart(17, '0')}`, State: { Name: 'running' }, InstanceType: 't3.micro', LaunchTime: new Date(Date.UTC(2026, 11, 1, 10, n % 60)) });
const ec2 = (count: number, extra: Record<string, unknown> = {}): ResultCardInput => ({
  service: 'ec2',
  operationCli: 'describe-instances',
  region: 'us-east-1',
  output: { Reservations: [{ ReservationId: 'r-1', Instances: Array.from({ length: count }, (_, i) => instance(i)) }], ...extra },
  requestId: 'req-42',
  paginator: { inputToken: 'NextToken', outputToken: 'NextToken' },
});
const functions = (count: number): ResultCardInput => ({
  service: 'lambda',
  operationCli: 'list-functions',
  region: 'eu-west-1',
  output: { Functions: Array.from({ length: count }, (_, i) => ({ FunctionName: `fn-${i}`, Runtime: 'nodejs20.x', MemorySize: 128, LastModified: '2026-12-01T10:00:00.000+0000' })) },
  paginator: { inputToken: 'Marker', outputToken: 'NextMarker' },
});

const codes = (card: Card) => card.sections.filter((s): s is CodeSection => s.type === 'code');
const texts = (card: Card) => card.sections.filter((s): s is TextSection => s.type === 'text').map((s) => s.text);

function assertFitsBothPlatforms(card: Card): void {
  assert.deepEqual(checkSlackLimits(renderSlack(card)), []);
  assert.deepEqual(validateAdaptiveCard(renderTeams(card)), []);
}

describe('result card', () => {
  it('shows the answer as JSON in a code block, naming the command and the region', () => {
    const card = resultCard(ec2(1));
    assert.equal(card.title, 'ec2 describe-instances');
    assert.equal(card.subtitle, 'Region us-east-1');
    assert.equal(card.footer, 'Request ID req-42');
    const [output] = codes(card);
    assert.equal(output?.language, 'json');
    const json = JSON.parse(output!.code) as { Reservations: { Instances: { LaunchTime: string }[] }[] };
    assert.equal(json.Reservations[0]?.Instances[0]?.LaunchTime, '2026-12-01T10:00:00.000Z');
    assertFitsBothPlatforms(card);
  });

  it('names the account when it is known', () => {
    assert.equal(resultCard({ ...ec2(1), account: '123456789012' }).subtitle, 'Account 123456789012 · Region us-east-1');
  });

  it('applies --query before showing the result', () => {
    const card = resultCard({ ...ec2(3), query: 'Reservations[].Instances[].InstanceId' });
    assert.deepEqual(JSON.parse(codes(card)[0]!.code), ['i-00000000000000000', 'i-00000000000000001', 'i-00000000000000002']);
  });

  it('refuses an invalid query with a coded error', () => {
    assert.throws(() => resultCard({ ...ec2(1), query: 'Reservations[[' }), (e: unknown) => isChatOpsError(e) && e.code === 'INVALID_QUERY');
    assert.throws(() => resultCard({ ...ec2(1), query: 'abs(Reservations)' }), (e: unknown) => isChatOpsError(e) && e.code === 'QUERY_FAILED');
  });

  it('says when the query selects nothing', () => {
    assert.deepEqual(texts(resultCard({ ...ec2(1), query: 'Nothing' })), ['The query selected nothing.']);
  });

  it('says the command is done when AWS answers with no data', () => {
    const card = resultCard({ service: 'ec2', operationCli: 'reboot-instances', region: 'us-east-1', output: {} });
    assert.deepEqual(texts(card), ['Done: AWS answered with no data.']);
    assertFitsBothPlatforms(card);
  });

  it('cuts a long list to the first 20 items with counts, the whole output following', () => {
    const card = resultCard(functions(312));
    const [shown, full] = codes(card);
    assert.equal((JSON.parse(shown!.code) as { Functions: unknown[] }).Functions.length, 20);
    assert.ok(texts(card).includes('Showing 20 of 312 items in Functions.'));
    assert.equal(full?.title, 'Full output (312 items)');
    assert.equal((JSON.parse(full!.code) as { Functions: unknown[] }).Functions.length, 312);
    assertFitsBothPlatforms(card);
  });

  it('shows a list whole when it fits in a message', () => {
    const card = resultCard({ ...functions(25), output: { Functions: Array.from({ length: 25 }, (_, i) => ({ FunctionName: `f${i}` })) } });
    assert.equal(codes(card).length, 1);
    assert.equal((JSON.parse(codes(card)[0]!.code) as { Functions: unknown[] }).Functions.length, 25);
    assert.deepEqual(texts(card), []);
  });

  it('offers the whole long output as a file on Slack', () => {
    const plan = planSlackPost(resultCard(functions(312)));
    assert.ok(plan.files.some((f) => f.filename.endsWith('.json') && (JSON.parse(f.content) as { Functions: unknown[] }).Functions.length === 312));
    assert.deepEqual(checkSlackLimits(plan.message), []);
  });

  it('shows as many items as --max-items asks for', () => {
    const card = resultCard({ ...functions(30), maxItems: 5 });
    assert.ok(texts(card).includes('Showing 5 of 30 items in Functions.'));
  });

  it('says pagination is not automatic and shows the option for the next page', () => {
    const card = resultCard({ ...ec2(2, { NextToken: 'eyJuZXh0IjoyfQ==' }), command: 'ec2 describe-instances --max-results 5' });
    assert.match(texts(card).join(' '), /Pagination is not automatic/);
    assert.equal(codes(card).at(-1)?.code, '@aws ec2 describe-instances --max-results 5 --starting-token eyJuZXh0IjoyfQ==');
    assertFitsBothPlatforms(card);
  });

  it('finds the next token before --query removes it, and replaces an earlier --starting-token', () => {
    const card = resultCard({ ...functions(2), output: { Functions: [], NextMarker: 'm2' }, query: 'Functions[].FunctionName', command: 'lambda list-functions --starting-token m1' });
    assert.equal(codes(card).at(-1)?.code, '@aws lambda list-functions --starting-token m2');
  });

  it('shows no next page on the last page', () => {
    assert.ok(!texts(resultCard(ec2(2))).some((t) => t.includes('More results')));
  });

  it('gives a structured next token (DynamoDB LastEvaluatedKey) through the API option', () => {
    const card = resultCard({ service: 'dynamodb', operationCli: 'scan', region: 'us-east-1', output: { Items: [], LastEvaluatedKey: { pk: { S: 'a' } } }, paginator: { inputToken: 'ExclusiveStartKey', outputToken: 'LastEvaluatedKey' } });
    assert.equal(codes(card).at(-1)?.code, `@aws dynamodb scan --exclusive-start-key '{"pk":{"S":"a"}}'`);
  });

  it('prints --output text as the AWS CLI does', () => {
    const card = resultCard({ ...functions(2), format: 'text' });
    assert.equal(codes(card)[0]!.code, 'FUNCTIONS\tfn-0\t2026-12-01T10:00:00.000+0000\t128\tnodejs20.x\nFUNCTIONS\tfn-1\t2026-12-01T10:00:00.000+0000\t128\tnodejs20.x');
  });

  it('shows --output table as a grid for a list of objects', () => {
    const card = resultCard({ ...functions(2), format: 'table' });
    const lines = codes(card)[0]!.code.split('\n');
    assert.equal(lines[0], 'Functions');
    assert.match(lines[2]!, /^\| FunctionName \| LastModified +\| MemorySize \| Runtime +\|$/);
    assert.match(lines[4]!, /^\| fn-0 +\| 2026-12-01T10:00:00.000\+0000 \| 128 +\| nodejs20.x \|$/);
    assertFitsBothPlatforms(card);
  });

  it('shows --output table of one flat object as fields', () => {
    const card = resultCard({ service: 'sts', operationCli: 'get-caller-identity', region: 'us-east-1', output: { Account: '123456789012', UserId: 'AROA:x', Arn: 'arn:aws:sts::123456789012:assumed-role/r/x' }, format: 'table' });
    const fields = card.sections[0] as FieldsSection;
    assert.deepEqual(fields.fields.map((f) => f.label), ['Account', 'UserId', 'Arn']);
    assertFitsBothPlatforms(card);
  });

  it('shows a Lambda payload as text (the Lambda card: test/commands/result-lambda.test.ts)', () => {
    const card = resultCard({ service: 'lambda', operationCli: 'invoke', region: 'us-east-1', output: { StatusCode: 200, ExecutedVersion: '$LATEST', Payload: new TextEncoder().encode('"Hello World"') } });
    assert.equal(JSON.parse(codes(card)[0]!.code), 'Hello World');
    assert.match(JSON.stringify(card.sections), /"Status code","value":"200".*"Executed version","value":"\$LATEST"/);
  });
});
