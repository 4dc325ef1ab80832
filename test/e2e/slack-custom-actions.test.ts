/**
 * A notification's custom action buttons in Slack (issue #9), end to end: the sample alarm goes
 * through the real pipeline to chat.postMessage on the fake Slack Web API, with Block Kit
 * buttons carrying opaque `ca.` ids only; signed block_actions clicks show what will run in the
 * notification's thread, Run runs it through the real SDK (signed by the channel role's session)
 * against a local endpoint answering STS, IAM and EC2, and a token clicked in another channel is
 * refused.
 */
import assert from 'node:assert/strict';
import { ec2Error, ec2Reply } from '../support/aws-endpoint/replies.js';
import { CHANNEL_ROLE_ACCESS, sessionKeyOf, signingKeyOf, TEST_CHANNEL_ROLE, withRoleSessions } from '../support/aws-endpoint/role-sessions.js';
import { useAwsEndpoint } from '../support/aws-endpoint/use-aws-endpoint.js';
import { FAKE_SLACK } from '../support/slack-api/slack-api-server.js';
import type { SlackApiCall } from '../support/slack-api/types.js';
import { postToSlackEvents, signedInteraction } from '../support/slack-signing.js';
import { waitFor } from './app-harness.js';
import { startSlackRig, type SlackTestRig } from './slack-harness.js';

const ROLE = TEST_CHANNEL_ROLE;
const INSTANCE = 'i-0abc123def4567890';

const channel = (name: string, channelId: string) => `  - name: ${name}
    platform: slack
    channelId: ${channelId}
${CHANNEL_ROLE_ACCESS}    customActions:
      - name: reboot
        buttonText: Reboot
        command: ec2 reboot-instances --instance-ids $InstanceId
        criteria: [{ variable: InstanceId, operator: HAS_VALUE }]
`;

const CONFIG = `configurations:\n${channel('alerts', 'C0ALERTS')}${channel('second', 'C0SECOND')}`;

interface BlockButton {
  type: string;
  action_id: string;
  value?: string;
  url?: string;
  text: { text: string };
}

describe('custom action buttons on notifications in Slack', function () {
  this.timeout(30_000);
  let rig: SlackTestRig;
  const aws = useAwsEndpoint(
    withRoleSessions((req) => (req.operation === 'RebootInstances' ? ec2Reply('RebootInstances', '<return>true</return>') : ec2Error('InvalidAction', `not in this test: ${req.operation ?? req.path}`, 400))),
  );
  const reboots = () => aws.endpoint.requests.filter((r) => r.operation === 'RebootInstances');
  const posts = (): SlackApiCall[] => rig.slack.callsTo('chat.postMessage');
  const blocksOf = (call: SlackApiCall) => JSON.stringify(call.args.blocks ?? []);
  /** The clickable buttons (link buttons open a URL and carry no action of ours). */
  const buttonsOf = (call: SlackApiCall): BlockButton[] =>
    ((call.args.blocks ?? []) as { type: string; elements?: BlockButton[] }[]).flatMap((b) => (b.type === 'actions' ? (b.elements ?? []).filter((e) => e.type === 'button' && !e.url) : []));

  before(async () => {
    rig = await startSlackRig({ config: CONFIG, fake: { channels: [...FAKE_SLACK.channels, { id: 'C0SECOND', name: 'second', botIsMember: true }] } });
  });

  after(async () => {
    await rig?.close();
  });

  /** Sends the sample CloudWatch alarm to a configuration; returns its chat.postMessage and ts. */
  async function notify(configuration: string, channelId: string): Promise<{ call: SlackApiCall; ts: string }> {
    const from = posts().length;
    const res = await fetch(`${rig.app.url}/api/test-notifications`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ configuration, sample: 'cloudwatch-alarm' }) });
    assert.equal(res.status, 202, await res.clone().text());
    const call = await waitFor('the notification', async () => posts().slice(from).find((c) => c.args.channel === channelId && !c.args.thread_ts));
    const ts = rig.slack.messages(channelId).find((m) => !m.thread_ts && JSON.stringify(m.blocks) === blocksOf(call))?.ts;
    assert.ok(ts, 'the notification is in the channel');
    return { call, ts };
  }

  /** U0ALICE clicks `actionId` on the message `ts` (in `thread` if it is a reply) of `channelId`, as Slack signs it. */
  async function click(channelId: string, ts: string, actionId: string, thread?: string): Promise<void> {
    const payload = {
      type: 'block_actions',
      user: { id: 'U0ALICE', username: 'alice', name: 'alice', team_id: 'T0001' },
      api_app_id: 'A0APP',
      container: { type: 'message', message_ts: ts, channel_id: channelId, is_ephemeral: false, ...(thread ? { thread_ts: thread } : {}) },
      trigger_id: '1.2.3',
      team: { id: 'T0001', domain: 'example' },
      channel: { id: channelId, name: channelId.toLowerCase() },
      // As Slack sends it: the clicked message with its blocks.
      message: { type: 'message', ts, ...(thread ? { thread_ts: thread } : {}), text: 'x', blocks: rig.slack.messages(channelId).find((m) => m.ts === ts)?.blocks ?? [] },
      actions: [{ action_id: actionId, block_id: 'b', type: 'button', text: { type: 'plain_text', text: 'x' }, action_ts: '1763950000.000001' }],
    };
    const res = await postToSlackEvents(rig.app.url, signedInteraction(payload));
    assert.equal(res.status, 200);
  }

  /** The bot's next post in the thread `thread` of `channelId` after `from` posts. */
  const answerIn = (channelId: string, thread: string, from: number, what: string) =>
    waitFor(what, async () => posts().slice(from).find((c) => c.args.channel === channelId && c.args.thread_ts === thread && !/Working on it/.test(String(c.args.text))));

  let alarm: { call: SlackApiCall; ts: string };
  let reboot: BlockButton;

  it('puts Block Kit buttons on the alarm that carry an opaque ca. id and no command', async () => {
    alarm = await notify('alerts', 'C0ALERTS');
    const buttons = buttonsOf(alarm.call);
    assert.deepEqual(buttons.map((b) => b.text.text), ['Reboot', '⋮ Manage actions']);
    for (const b of buttons) {
      assert.match(b.action_id, /^ca\.[A-Za-z0-9_-]{22}$/);
      assert.ok(b.value === undefined || !/reboot|ec2|i-0/.test(b.value), `the value says nothing of the command: ${b.value}`);
    }
    assert.doesNotMatch(JSON.stringify(buttons), /reboot-instances/);
    reboot = buttons.find((b) => b.text.text === 'Reboot')!;
  });

  it('shows in the notification\'s thread what will run, where and as which role; Run runs it once with the channel role', async () => {
    let from = posts().length;
    await click('C0ALERTS', alarm.ts, reboot.action_id);
    const confirm = await answerIn('C0ALERTS', alarm.ts, from, 'the confirmation');
    assert.match(blocksOf(confirm), new RegExp(`ec2 reboot-instances --instance-ids ${INSTANCE}`));
    assert.match(blocksOf(confirm), /production \(111122223333\) as role ChatOpsChannel/);
    assert.equal(reboots().length, 0, 'nothing runs before Run');

    const confirmTs = rig.slack.messages('C0ALERTS').filter((m) => m.thread_ts === alarm.ts && /reboot-instances/.test(JSON.stringify(m.blocks))).at(-1)?.ts;
    assert.ok(confirmTs);
    const run = blocksOf(confirm).match(/"(dlg\.[^"]+\.run[^"]*)"/)?.[1];
    assert.ok(run, `a Run button in ${blocksOf(confirm)}`);
    from = posts().length;
    await click('C0ALERTS', confirmTs, run, alarm.ts);
    const result = await answerIn('C0ALERTS', alarm.ts, from, 'the result');
    assert.match(String(result.args.text), /reboot-instances/);
    assert.equal(reboots().length, 1);
    assert.equal(new URLSearchParams(reboots()[0]!.body).get('InstanceId.1'), INSTANCE);
    assert.equal(signingKeyOf(reboots()[0]!), sessionKeyOf(ROLE), 'signed by the channel role\'s session');
    // The confirmation is spent: it says who ran it and has no Run or Cancel any more.
    const spent = await waitFor('the confirmation without buttons', async () => {
      const m = rig.slack.messages('C0ALERTS').find((x) => x.ts === confirmTs);
      return m && !/dlg\./.test(JSON.stringify(m.blocks)) ? m : undefined;
    });
    assert.match(JSON.stringify(spent.blocks), /reboot-instances/);
    assert.match(JSON.stringify(spent.blocks), /alice clicked Run — answered in the thread/);
    // The notification keeps its buttons.
    assert.match(JSON.stringify(rig.slack.messages('C0ALERTS').find((m) => m.ts === alarm.ts)?.blocks), /"Reboot"/);
  });

  it('refuses a button clicked in another channel than its notification\'s', async () => {
    const other = await notify('second', 'C0SECOND');
    const from = posts().length;
    await click('C0SECOND', other.ts, reboot.action_id);
    const refused = await answerIn('C0SECOND', other.ts, from, 'the refusal');
    assert.match(blocksOf(refused), /another channel/);
    assert.doesNotMatch(blocksOf(refused), /dlg\./);
    assert.equal(reboots().length, 1, 'nothing ran');
  });
});
