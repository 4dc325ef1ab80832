/**
 * `@aws` commands through Slack: signed events and clicks into /slack/events, answers through
 * the fake Slack Web API, and the SDK signing requests to a local endpoint that answers like AWS.
 */
import assert from 'node:assert/strict';
import { withRoleSessions } from '../support/aws-endpoint/role-sessions.js';
import { useAwsEndpoint } from '../support/aws-endpoint/use-aws-endpoint.js';
import { ec2Error, ec2Reply } from '../support/aws-endpoint/replies.js';
import { postToSlackEvents, signedEvent, signedInteraction } from '../support/slack-signing.js';
import type { SlackApiCall } from '../support/slack-api/types.js';
import { waitFor } from './app-harness.js';
import { mentionEnvelope, startSlackRig, type SlackTestRig } from './slack-harness.js';

const STOPPING = '<instancesSet><item><instanceId>i-0abc1234</instanceId><currentState><code>64</code><name>stopping</name></currentState><previousState><code>16</code><name>running</name></previousState></item></instancesSet>';

describe('@aws commands in Slack', function () {
  this.timeout(60_000);
  let rig: SlackTestRig;
  let n = 0;
  const nextTs = () => `1763950${String(100 + ++n).padStart(3, '0')}.000200`;
  const aws = useAwsEndpoint(withRoleSessions((req) => (req.operation === 'StopInstances' ? ec2Reply('StopInstances', STOPPING) : ec2Error('InvalidAction', String(req.operation), 400))));
  const stops = () => aws.endpoint.requests.filter((r) => r.operation === 'StopInstances').length;
  const postsSince = (from: number): SlackApiCall[] => rig.slack.callsTo('chat.postMessage').slice(from);
  const blocksOf = (call: SlackApiCall) => JSON.stringify(call.args.blocks ?? []);

  before(async () => {
    rig = await startSlackRig();
  });

  after(async () => {
    await rig?.close();
  });

  /** Alice clicks the dialog button `verb` on the posted message. */
  async function click(call: SlackApiCall, ts: string, verb: string): Promise<void> {
    const actionId = blocksOf(call).match(new RegExp(`"(dlg\\.[^"]+\\.${verb}[^"]*)"`))?.[1];
    assert.ok(actionId, `a ${verb} button in ${blocksOf(call)}`);
    const payload = {
      type: 'block_actions',
      user: { id: 'U0ALICE', username: 'alice', name: 'alice', team_id: 'T0001' },
      api_app_id: 'A0APP',
      container: { type: 'message', message_ts: ts, channel_id: 'C0ALERTS', is_ephemeral: false },
      trigger_id: '1.2.3',
      team: { id: 'T0001', domain: 'example' },
      channel: { id: 'C0ALERTS', name: 'alerts' },
      message: { type: 'message', ts, thread_ts: call.args.thread_ts, text: String(call.args.text), blocks: call.args.blocks ?? [] },
      actions: [{ action_id: actionId, block_id: 'b', type: 'button', value: 'x', text: { type: 'plain_text', text: verb }, action_ts: '1763950000.000001' }],
    };
    const res = await postToSlackEvents(rig.app.url, signedInteraction(payload));
    assert.equal(res.status, 200);
  }

  it('asks for the missing option, takes the reply from the thread, confirms, and runs once on Run', async () => {
    // The mention is in the channel (the fake keeps it), and starts the thread.
    const { ts } = rig.slack.addUserMessage('C0ALERTS', { user: 'U0ALICE', text: '<@U0BOT> ec2 stop-instances' });
    let from = rig.slack.callsTo('chat.postMessage').length;
    await postToSlackEvents(rig.app.url, signedEvent(mentionEnvelope('<@U0BOT> ec2 stop-instances', { eventId: `EvCmd${ts}`, ts })));
    const question = await waitFor('the question', async () => postsSince(from)[0]);
    assert.equal(question.args.thread_ts, ts);
    assert.match(blocksOf(question), /--instance-ids/);

    from = rig.slack.callsTo('chat.postMessage').length;
    const reply = { type: 'message', channel: 'C0ALERTS', channel_type: 'channel', user: 'U0ALICE', text: 'i-0abc1234', ts: nextTs(), thread_ts: ts, team: 'T0001' };
    await postToSlackEvents(rig.app.url, signedEvent({ type: 'event_callback', team_id: 'T0001', api_app_id: 'A0APP', event: reply, event_id: `EvReply${reply.ts}`, event_time: 1_763_950_000, authorizations: [{ team_id: 'T0001', user_id: 'U0BOT', is_bot: true }] }));
    const confirm = await waitFor('the confirmation', async () => postsSince(from)[0]);
    assert.match(blocksOf(confirm), /stop-instances --instance-ids i-0abc1234/);
    assert.equal(stops(), 0, 'nothing runs before Run');

    const confirmTs = rig.slack.messages('C0ALERTS').filter((m) => m.thread_ts === ts).at(-1)?.ts;
    assert.ok(confirmTs);
    from = rig.slack.callsTo('chat.postMessage').length;
    await click(confirm, confirmTs, 'run');
    const result = await waitFor('the result', async () => postsSince(from).find((c) => /stop-instances/.test(String(c.args.text))));
    assert.equal(result.args.thread_ts, ts);
    assert.match(blocksOf(result), /stopping/);
    assert.equal(stops(), 1);
  });
});
