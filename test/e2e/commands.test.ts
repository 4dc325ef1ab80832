/**
 * `@aws <service> <operation>` end to end: the sandbox chat, the real service, the real SDK v3
 * clients signing requests to a local endpoint that answers like AWS (no network), with the
 * credentials of the channel role's session (STS AssumeRole on the same endpoint).
 */
import assert from 'node:assert/strict';
import { useAwsEndpoint } from '../support/aws-endpoint/use-aws-endpoint.js';
import { ec2Error, ec2Reply } from '../support/aws-endpoint/replies.js';
import { CHANNEL_ROLE_ACCESS, sessionKeyOf, TEST_CHANNEL_ROLE, withRoleSessions } from '../support/aws-endpoint/role-sessions.js';
import { startRealApp, waitFor } from './app-harness.js';
import { sandboxClient, type MessageJson } from './sandbox-client.js';

const CHANNEL_ROLE = TEST_CHANNEL_ROLE;
/** The sandbox channel with one account and its channel role; PowerUserAccess as the guardrail, so stopping instances is allowed. */
const CHATOPS_YML = `configurations:
  - name: sandbox
    platform: sandbox
    channelId: sandbox
    snsTopicArns: ["*"]
${CHANNEL_ROLE_ACCESS}`;

const INSTANCES = '<reservationSet><item><reservationId>r-1</reservationId><instancesSet><item><instanceId>i-0abc1234</instanceId><instanceType>t3.micro</instanceType></item></instancesSet></item></reservationSet>';
const STOPPING = '<instancesSet><item><instanceId>i-0abc1234</instanceId><currentState><code>64</code><name>stopping</name></currentState><previousState><code>16</code><name>running</name></previousState></item></instancesSet>';

describe('@aws commands in a channel (sandbox, SDK to a local AWS endpoint)', function () {
  this.timeout(90_000);
  let app: Awaited<ReturnType<typeof startRealApp>>;
  const aws = useAwsEndpoint(
    withRoleSessions((req) => {
      if (req.operation === 'DescribeInstances') return ec2Reply('DescribeInstances', INSTANCES);
      if (req.operation === 'StopInstances') return ec2Reply('StopInstances', STOPPING);
      return ec2Error('InvalidAction', `not in this test: ${req.operation}`, 400);
    }),
  );

  const chat = sandboxClient(() => app.url);
  const messages = () => chat.messages('sandbox');
  const calls = (operation: string) => aws.endpoint.requests.filter((r) => r.operation === operation).length;
  const say = (user: string, text: string, threadId?: string) => chat.say('sandbox', user, text, threadId);
  /** The bot's answers in a thread, oldest first, once there are `count` of them. */
  const answers = (threadId: string, count: number) => chat.answers('sandbox', threadId, count);
  const click = (user: string, message: MessageJson, verb: string) => chat.clickDialog(user, message, verb);

  before(async () => {
    app = await startRealApp({ chatopsYml: CHATOPS_YML });
  });

  after(async () => {
    await app?.close();
  });

  it('runs a read-only command at once and answers with its result in the thread', async () => {
    const id = await say('alice', '@aws ec2 describe-instances --instance-ids i-0abc1234 --region eu-west-1');
    const [result] = await answers(id, 1);
    assert.equal(result!.card?.title, 'ec2 describe-instances');
    assert.match(JSON.stringify(result!.card), /i-0abc1234/);
    assert.match(JSON.stringify(result!.card), /eu-west-1/);
    const request = aws.endpoint.requests.find((r) => r.operation === 'DescribeInstances')!;
    assert.match(String(request.headers.authorization), new RegExp(`^AWS4-HMAC-SHA256 Credential=${sessionKeyOf(CHANNEL_ROLE)}/\\d{8}/eu-west-1/ec2/`), 'signed by the channel role\'s session');
    assert.match(JSON.stringify(result!.card), /production \(111122223333\) as role ChatOpsChannel \(channel role\)/);
    assert.equal(new URLSearchParams(request.body).get('InstanceId.1'), 'i-0abc1234');
  });

  it('asks to confirm a command that changes something, refuses someone else\'s Run, and runs it once', async () => {
    const id = await say('alice', '@aws ec2 stop-instances --instance-ids i-0abc1234');
    const [confirm] = await answers(id, 1);
    assert.match(JSON.stringify(confirm!.card), /@aws ec2 stop-instances --instance-ids i-0abc1234/);
    assert.equal(calls('StopInstances'), 0, 'nothing runs before Run');

    await click('eve', confirm!, 'run');
    const [, refused] = await answers(id, 2);
    assert.match(JSON.stringify(refused!.card), /alice/);
    assert.equal(calls('StopInstances'), 0, 'eve can\'t run alice\'s command');

    // A double click: both reach the service before the card changes; it runs once.
    await Promise.all([click('alice', confirm!, 'run'), click('alice', confirm!, 'run')]);
    const found = await answers(id, 4);
    const result = found.find((m) => m.id !== confirm!.id && /stopping/.test(JSON.stringify(m.card)));
    assert.ok(result, `a result among ${found.map((m) => JSON.stringify(m.card)).join('\n')}`);
    assert.equal(result.card?.title, 'ec2 stop-instances');
    assert.equal(calls('StopInstances'), 1, 'a second Run does not run it again');
    // The confirmation is spent: no Run or Cancel on it any more.
    await waitFor('the confirmation without buttons', async () => {
      const m = (await messages()).find((x) => x.id === confirm!.id);
      return m && !/dlg\./.test(JSON.stringify(m.card)) ? m : undefined;
    });
  });

  it('asks for a required option that is missing, takes the answer from the thread, then confirms', async () => {
    const before = calls('StopInstances');
    const id = await say('bob', '@aws ec2 stop-instances');
    const [question] = await answers(id, 1);
    assert.match(JSON.stringify(question!.card), /--instance-ids/);
    await say('bob', 'i-0abc1234', id);
    const [, confirm] = await answers(id, 2);
    assert.match(JSON.stringify(confirm!.card), /stop-instances --instance-ids i-0abc1234/);
    await click('bob', confirm!, 'run');
    const [, , result] = await answers(id, 3);
    assert.equal(result!.card?.title, 'ec2 stop-instances');
    assert.equal(calls('StopInstances'), before + 1);
  });

  it('says a misspelt option is wrong at once, instead of first asking for the required one that is missing', async () => {
    const id = await say('bob', '@aws ec2 stop-instances --instance-idz i-0abc1234');
    const [answer] = await answers(id, 1);
    assert.equal(answer!.card?.title, 'That did not work');
    assert.match(JSON.stringify(answer!.card), /has no option --instance-idz\. Did you mean --instance-ids\?/);
  });

  it('refuses an operation on the deny list before anything else, saying why', async () => {
    const id = await say('alice', '@aws iam list-users');
    const [answer] = await answers(id, 1);
    assert.equal(answer!.card?.title, 'That did not work');
    assert.match(JSON.stringify(answer!.card), /deny list/);
  });

  it('answers --help with the operation\'s options from the SDK\'s own documentation', async () => {
    const id = await say('alice', '@aws cloudwatch describe-alarms --help');
    const [help] = await answers(id, 1);
    assert.match(JSON.stringify(help!.card), /--state-value/);
    assert.match(JSON.stringify(help!.card), /INSUFFICIENT_DATA/);
  });

  it('says what was wrong with an option, and what to do', async () => {
    const id = await say('alice', '@aws ec2 describe-instances --max-results many');
    const [answer] = await answers(id, 1);
    assert.equal(answer!.card?.title, 'That did not work');
    assert.match(JSON.stringify(answer!.card), /--max-results/);
    assert.match(JSON.stringify(answer!.card), /many/);
  });
});
