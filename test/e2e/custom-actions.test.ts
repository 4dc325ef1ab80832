/**
 * Buttons on notifications, end to end in the sandbox: a CloudWatch alarm notification sent
 * through the real pipeline gets the channel's custom actions (criteria decide which), "Show
 * logs" and "⋮ Manage actions"; a click shows exactly what will run and runs on Run with the
 * clicker's session, through the real SDK to a local endpoint answering STS, IAM, EC2, Lambda and
 * CloudWatch Logs as AWS would.
 */
import assert from 'node:assert/strict';
import type { AwsRequest } from '../support/aws-endpoint/aws-endpoint.js';
import { ec2Error, ec2Reply, jsonReply, restJsonReply } from '../support/aws-endpoint/replies.js';
import { sessionKeyOf, signingKeyOf, withRoleSessions } from '../support/aws-endpoint/role-sessions.js';
import { useAwsEndpoint } from '../support/aws-endpoint/use-aws-endpoint.js';
import { startRealApp, waitFor } from './app-harness.js';
import { sandboxClient, type MessageJson } from './sandbox-client.js';

const ROLE = 'arn:aws:iam::111122223333:role/ChatOpsChannel';
const NO_REBOOT = 'arn:aws:iam::111122223333:role/NoReboot';
const INSTANCE = 'i-0abc123def4567890';
const DAY = 86_400_000;

const channel = (name: string, role: string) => `  - name: ${name}
    platform: sandbox
    channelId: ${name}
    threading: off            # each test notification is a message of its own
    protectionPolicy: false
    guardrailPolicyArns: [arn:aws:iam::aws:policy/PowerUserAccess]
    accounts:
      - { id: "111122223333", name: production, channelRole: ${role} }
    logGroups:
      web-prod-high-cpu: [/aws/ec2/web]
    customActions:
      - name: reboot
        buttonText: Reboot
        command: ec2 reboot-instances --instance-ids $InstanceId
        criteria: [{ variable: InstanceId, operator: HAS_VALUE }]
      - name: only-when-ok
        buttonText: Only OK
        command: ec2 describe-instances
        criteria: [{ variable: AlarmState, operator: EQUALS, value: OK }]
      - name: notify
        buttonText: Notify
        lambda: { functionName: broken, payload: '{"alarm": "$AlarmName"}' }
      - name: ask
        buttonText: Ask first
        command: ec2 describe-instances --instance-ids $TargetInstance
`;

const CHATOPS_YML = `configurations:\n${channel('ops', ROLE)}${channel('other', ROLE)}${channel('locked', NO_REBOOT)}`;

describe('custom actions and Show logs on notifications (sandbox, local AWS endpoint)', function () {
  this.timeout(90_000);
  // Real time, moved on by `later` (the delivery pacing needs a clock that runs).
  let offset = 0;
  const clock = { now: () => new Date(Date.now() + offset) };
  let app: Awaited<ReturnType<typeof startRealApp>>;
  const aws = useAwsEndpoint(
    withRoleSessions(
      (req) => {
        if (req.operation === 'RebootInstances') return ec2Reply('RebootInstances', '<return>true</return>');
        if (req.operation === 'DescribeInstances') return ec2Reply('DescribeInstances', '<reservationSet/>');
        if (req.operation === 'StartQuery') return jsonReply({ queryId: 'q-1' });
        if (req.operation === 'GetQueryResults') {
          return jsonReply({ status: 'Complete', statistics: { recordsMatched: 1 }, results: [[{ field: '@timestamp', value: '2026-12-06 10:00:01.000' }, { field: '@message', value: 'ERROR disk full' }]] });
        }
        if (req.path.startsWith('/2015-03-31/functions/broken/invocations')) {
          return restJsonReply(JSON.stringify({ errorType: 'Error', errorMessage: 'this is an error', trace: ['Error: this is an error'] }), { 'x-amz-function-error': 'Unhandled', 'x-amz-executed-version': '$LATEST' });
        }
        return ec2Error('InvalidAction', `not in this test: ${req.operation ?? req.path}`, 400);
      },
      { rolePolicies: { [NO_REBOOT]: { everyday: { Version: '2012-10-17', Statement: [{ Sid: 'NoReboot', Effect: 'Deny', Action: 'ec2:RebootInstances', Resource: '*' }, { Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' }] } } } },
    ),
  );
  const calls = (operation: string): AwsRequest[] => aws.endpoint.requests.filter((r) => r.operation === operation);

  before(async () => {
    app = await startRealApp({ chatopsYml: CHATOPS_YML, clock });
  });

  after(async () => {
    await app?.close();
  });

  const chat = sandboxClient(() => app.url);
  const { messages, answers, clickDialog } = chat;
  const click = chat.clickAction;
  const text = (m: MessageJson | undefined) => JSON.stringify(m?.card ?? null);
  const buttonsOf = (m: MessageJson) => (m.card?.actions ?? []).flatMap((a) => (a.type === 'button' ? [{ id: a.id, label: a.label }] : []));

  async function notify(configuration: string): Promise<MessageJson> {
    const before = (await messages(configuration)).length;
    const res = await fetch(`${app.url}/api/test-notifications`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ configuration, sample: 'cloudwatch-alarm' }) });
    assert.equal(res.status, 202);
    return waitFor('the notification', async () => (await messages(configuration)).slice(before).find((m) => m.from === 'bot' && m.threadId === null));
  }

  async function clickLabel(user: string, message: MessageJson, label: string): Promise<void> {
    const button = buttonsOf(message).find((b) => b.label === label);
    assert.ok(button, `a "${label}" button in ${JSON.stringify(buttonsOf(message))}`);
    await click(user, message, button.id);
  }

  const say = async (channelId: string, user: string, words: string, threadId: string): Promise<void> => {
    await chat.say(channelId, user, words, threadId);
  };

  let alarm: MessageJson;

  it('puts the actions whose criteria hold, Show logs and Manage actions on the alarm, each carrying an opaque id only', async () => {
    alarm = await notify('ops');
    const labels = buttonsOf(alarm).map((b) => b.label);
    assert.deepEqual(labels, ['Reboot', 'Notify', 'Ask first', 'Show logs', 'Show error logs', '⋮ Manage actions']);
    for (const b of buttonsOf(alarm)) assert.match(b.id, /^ca\.[A-Za-z0-9_-]{22}$/, 'the id says nothing of the command');
  });

  it('shows exactly what will run, in which account and as which role, and runs it once on Run', async () => {
    await clickLabel('alice', alarm, 'Reboot');
    const [confirm] = await answers('ops', alarm.id, 1);
    assert.match(text(confirm), new RegExp(`@aws ec2 reboot-instances --instance-ids ${INSTANCE}`));
    assert.match(text(confirm), /production \(111122223333\) as role ChatOpsChannel/);
    assert.equal(calls('RebootInstances').length, 0, 'nothing runs before Run');
    // A double click: both reach the service before the card changes; it runs once.
    await Promise.all([clickDialog('alice', confirm!, 'run'), clickDialog('alice', confirm!, 'run')]);
    const found = await answers('ops', alarm.id, 3);
    const result = found.find((m) => m.card?.title === 'ec2 reboot-instances' && m.id !== confirm!.id);
    assert.ok(result, `a result among ${found.map((m) => m.card?.title).join(', ')}`);
    assert.equal(calls('RebootInstances').length, 1, 'a second Run does not run it again');
    assert.equal(new URLSearchParams(calls('RebootInstances')[0]!.body).get('InstanceId.1'), INSTANCE);
    assert.equal(signingKeyOf(calls('RebootInstances')[0]!), sessionKeyOf(ROLE));

    // Then the confirmation is spent: it says who ran it, and a replayed Run is refused at the door.
    const spent = await waitFor('the confirmation without buttons', async () => {
      const m = (await messages('ops')).find((x) => x.id === confirm!.id);
      return m && !/dlg\./.test(text(m)) ? m : undefined;
    });
    assert.match(text(spent), /alice clicked Run — answered in the thread/);
    const actionId = text(confirm).match(/"(dlg\.[^"]+\.run[^"]*)"/)![1];
    const replay = await fetch(`${app.url}/sandbox/api/actions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ messageId: confirm!.id, actionId, user: 'alice' }) });
    assert.equal(replay.status, 400);
    assert.equal(calls('RebootInstances').length, 1);
  });

  it('runs a Lambda action with the notification in its payload and shows the function\'s failure clearly', async () => {
    const before = (await answers('ops', alarm.id, 3)).length;
    await clickLabel('alice', alarm, 'Notify');
    const confirm = (await answers('ops', alarm.id, before + 1))[before]!;
    assert.match(text(confirm), /lambda invoke --function-name broken --payload/);
    assert.match(text(confirm), /web-prod-high-cpu/);
    await clickDialog('alice', confirm, 'run');
    const failed = (await answers('ops', alarm.id, before + 2))[before + 1]!;
    assert.match(text(failed), /Lambda broken failed \(Unhandled\)/);
    assert.match(text(failed), /this is an error/);
  });

  it('asks for a variable the notification lacks, then confirms', async () => {
    const before = (await answers('ops', alarm.id, 1)).length;
    await clickLabel('bob', alarm, 'Ask first');
    const question = (await answers('ops', alarm.id, before + 1))[before]!;
    assert.match(text(question), /\$TargetInstance/);
    await say('ops', 'bob', 'i-0fedcba987654321', alarm.id);
    const confirm = (await answers('ops', alarm.id, before + 2))[before + 1]!;
    assert.match(text(confirm), /describe-instances --instance-ids i-0fedcba987654321/);
  });

  it('shows the first log lines of the alarm\'s window, with the console link and the command to run it again', async () => {
    const before = (await answers('ops', alarm.id, 1)).length;
    await clickLabel('alice', alarm, 'Show error logs');
    const logs = (await answers('ops', alarm.id, before + 1))[before]!;
    assert.match(text(logs), /ERROR disk full/);
    assert.match(text(logs), /logs start-query/);
    assert.match(text(logs), /console\.aws\.amazon\.com/);
    const started = JSON.parse(calls('StartQuery').at(-1)!.body) as { logGroupNames: string[]; queryString: string; limit: number };
    assert.deepEqual(started.logGroupNames, ['/aws/ec2/web']);
    assert.match(started.queryString, /Error\|Exception\|Fail/);
    assert.equal(started.limit, 30);
  });

  it('refuses the clicker whose role does not allow the action, before any confirmation', async () => {
    const locked = await notify('locked');
    await clickLabel('carol', locked, 'Reboot');
    const [refused] = await answers('locked', locked.id, 1);
    assert.match(text(refused), /NoReboot/);
    assert.doesNotMatch(text(refused), /dlg\./);
  });

  it('lists the channel\'s actions and this notification\'s variables, and creates a new action step by step', async () => {
    const before = (await answers('ops', alarm.id, 1)).length;
    await clickLabel('dave', alarm, '⋮ Manage actions');
    const manage = (await answers('ops', alarm.id, before + 1))[before]!;
    assert.match(text(manage), /Reboot/);
    assert.match(text(manage), new RegExp(`\\$InstanceId`));
    assert.match(text(manage), new RegExp(INSTANCE));
    const create = buttonsOf(manage).find((b) => b.label === 'Create an action')!;
    await click('dave', manage, create.id);
    let n = before + 2;
    await answers('ops', alarm.id, n);
    for (const answer of ['stop-web', 'Stop', 'a CLI command', 'ec2 stop-instances --instance-ids $InstanceId', 'InstanceId']) {
      await say('ops', 'dave', answer, alarm.id);
      await answers('ops', alarm.id, ++n);
    }
    const preview = (await answers('ops', alarm.id, n))[n - 1]!;
    assert.match(text(preview), new RegExp(`@aws ec2 stop-instances --instance-ids ${INSTANCE}`));
    await clickDialog('dave', preview, 'run');
    const saved = (await answers('ops', alarm.id, n + 1))[n]!;
    assert.match(text(saved), /Custom action saved/);
    const next = await notify('ops');
    assert.ok(buttonsOf(next).some((b) => b.label === 'Stop'), 'the new action is on the next notification');
  });

  it('lists the actions and deletes one made in chat, but not one declared in chatops.yml', async () => {
    const ask = async (words: string): Promise<string> => {
      const res = await fetch(`${app.url}/sandbox/api/channels/ops/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: 'dave', text: `@aws ${words}` }) });
      const { id } = (await res.json()) as { id: string };
      const [answer] = await answers('ops', id, 1);
      return text(answer);
    };
    const list = await ask('actions list');
    assert.match(list, /Stop/);
    assert.match(list, /chatops\.yml/);
    assert.match(await ask('actions delete reboot'), /declared in chatops\.yml/);
    // Editing through ⋮ Manage actions: choose the action, change the button text, keep the rest.
    {
      const start = (await answers('ops', alarm.id, 1)).length;
      await clickLabel('dave', alarm, '⋮ Manage actions');
      const manage = (await answers('ops', alarm.id, start + 1))[start]!;
      await click('dave', manage, buttonsOf(manage).find((b) => b.label === 'Edit an action')!.id);
      let n = start + 2;
      await answers('ops', alarm.id, n);
      const questions: string[] = [];
      for (const answer of ['stop-web', 'Stop now', 'same', 'same', 'same']) {
        await say('ops', 'dave', answer, alarm.id);
        questions.push(text((await answers('ops', alarm.id, ++n))[n - 1]!));
      }
      // Each question after the pick says what the action has now.
      assert.match(questions[0]!, /Now: Stop — reply \\"same\\" to keep it/);
      assert.match(questions[1]!, /Now: a CLI command/);
      assert.match(questions[2]!, /Now: @aws ec2 stop-instances --instance-ids \$InstanceId/);
      const preview = (await answers('ops', alarm.id, n))[n - 1]!;
      assert.match(text(preview), new RegExp(`@aws ec2 stop-instances --instance-ids ${INSTANCE}`));
      assert.match(text(preview), /Stop now/);
      await clickDialog('dave', preview, 'run');
      const saved = (await answers('ops', alarm.id, n + 1))[n]!;
      assert.match(text(saved), /Replaced/);
      assert.match(await ask('actions list'), /Stop now/);
    }
    // Deleting through ⋮ Manage actions: choose the action, confirm.
    const before = (await answers('ops', alarm.id, 1)).length;
    await clickLabel('dave', alarm, '⋮ Manage actions');
    const manage = (await answers('ops', alarm.id, before + 1))[before]!;
    await click('dave', manage, buttonsOf(manage).find((b) => b.label === 'Delete an action')!.id);
    await answers('ops', alarm.id, before + 2);
    await say('ops', 'dave', 'stop-web', alarm.id);
    const confirm = (await answers('ops', alarm.id, before + 3))[before + 2]!;
    assert.match(text(confirm), /Delete .{1,2}stop-web/);
    await clickDialog('dave', confirm, 'run');
    const deleted = (await answers('ops', alarm.id, before + 4))[before + 3]!;
    assert.match(text(deleted), /Deleted .{1,2}stop-web/);
    assert.doesNotMatch(await ask('actions list'), /stop-web/);
    assert.match(await ask('actions delete stop-web'), /no custom action/);
  });

  it('refuses a button after it expired', async () => {
    offset += 15 * DAY;
    const before = (await answers('ops', alarm.id, 1)).length;
    await clickLabel('alice', alarm, 'Reboot');
    const expired = (await answers('ops', alarm.id, before + 1))[before]!;
    assert.match(text(expired), /expired/);
  });
});
