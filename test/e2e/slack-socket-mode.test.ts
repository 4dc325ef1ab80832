import assert from 'node:assert/strict';
import { waitFor } from './app-harness.js';
import { mentionEnvelope, startSlackRig } from './slack-harness.js';
import type { SlackTestRig } from './slack-harness.js';

describe('Slack in Socket Mode (SLACK_APP_TOKEN)', function () {
  this.timeout(60_000);
  let rig: SlackTestRig;

  before(async () => {
    rig = await startSlackRig({ env: { SLACK_APP_TOKEN: 'xapp-1-test-app-token', SLACK_BOT_TOKEN: 'xoxb-test-token' } });
  });
  after(async () => {
    await rig?.close();
  });

  it('connects to the WebSocket URL from apps.connections.open with the app token', async () => {
    await rig.slack.socket.waitForConnection();
    assert.ok(rig.slack.socket.connected());
    const open = rig.slack.callsTo('apps.connections.open');
    assert.ok(open.length >= 1);
    assert.equal(open[0]!.token, 'xapp-1-test-app-token');
  });

  it('acks an app_mention envelope and answers it in the thread', async () => {
    await rig.slack.socket.waitForConnection();
    const thread = rig.slack.addUserMessage('C0ALERTS', { user: 'U0ALICE', text: 'is this alarm real?' });
    const from = rig.slack.callsTo('chat.postMessage').length;
    const ack = await rig.slack.socket.send({ type: 'events_api', payload: mentionEnvelope('<@U0BOT> help', { eventId: 'EvSocket', ts: '1763900700.000100', threadTs: thread.ts }) });
    assert.ok(ack.envelope_id);
    const answer = await waitFor('the answer', async () => rig.slack.callsTo('chat.postMessage').slice(from)[0]);
    assert.equal(answer.args.channel, 'C0ALERTS');
    assert.equal(answer.args.thread_ts, thread.ts);
  });

  it('serves no /slack/events endpoint: nothing there to sign', async () => {
    const res = await fetch(`${rig.app.url}/slack/events`, { method: 'POST', body: '{}' });
    assert.equal(res.status, 404);
  });
});
