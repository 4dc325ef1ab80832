import assert from 'node:assert/strict';
import { checkSlackBlocks } from '../../src/render/slack-limits.js';
import { waitFor } from './app-harness.js';
import { startSlackRig } from './slack-harness.js';
import type { SlackTestRig } from './slack-harness.js';
import { readFixture } from '../support/fixtures.js';
import { notificationFields, signEnvelope } from '../support/sns-signing.js';

describe('Slack notifications end to end (SNS → outbox → chat.postMessage)', function () {
  this.timeout(60_000);
  let rig: SlackTestRig;

  before(async () => {
    rig = await startSlackRig();
  });
  after(async () => {
    await rig?.close();
  });

  const publish = async (message: string, topicArn = rig.sns.topicArn) => {
    const envelope = signEnvelope(notificationFields({ TopicArn: topicArn, Message: message }), { privateKeyPem: rig.sns.privateKeyPem, certUrl: rig.sns.certUrl });
    const res = await fetch(`${rig.app.url}/sns`, { method: 'POST', headers: { 'content-type': 'text/plain; charset=UTF-8', 'x-amz-sns-message-type': 'Notification' }, body: JSON.stringify(envelope) });
    assert.equal(res.status, 200, await res.clone().text());
    return envelope.MessageId;
  };
  const trace = async (id: string) => (await (await fetch(`${rig.app.url}/api/trace/${id}`)).json()) as { deliveries: { configuration: string; status: string; lastError?: string; chatMessageId?: string }[] };

  it('posts a signed CloudWatch alarm to the configured Slack channel with the rendered blocks', async () => {
    const alarm = readFixture('cloudwatch/alarm-sns-message-single-metric-alarm.json').toString();
    const messageId = await publish(alarm);
    const delivery = await waitFor('the delivery', async () => (await trace(messageId)).deliveries.find((d) => d.status === 'sent'));
    const posted = rig.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'C0ALERTS');
    assert.ok(posted, 'chat.postMessage to C0ALERTS');
    assert.equal(posted.token, 'xoxb-test-token');
    const blocks = posted.args.blocks as unknown[];
    assert.ok(Array.isArray(blocks) && blocks.length > 0);
    assert.deepEqual(checkSlackBlocks(blocks as never), []);
    const inChannel = rig.slack.messages('C0ALERTS').find((m) => m.ts === delivery.chatMessageId);
    assert.ok(inChannel, 'the trace names the Slack message ts');
    assert.deepEqual(inChannel.blocks, blocks);
  });

  it('dead-letters a not_in_channel failure with the advice to invite @aws, visible in the trace', async () => {
    rig.slack.failNext('chat.postMessage', { error: 'not_in_channel' });
    const messageId = await publish('Budget alert: 80% of the monthly budget used', 'arn:aws:sns:us-east-2:111122223333:outside');
    const dead = await waitFor('the dead delivery', async () => (await trace(messageId)).deliveries.find((d) => d.status === 'dead'));
    assert.equal(dead.configuration, 'outside');
    assert.match(dead.lastError ?? '', /not_in_channel/);
    assert.match(dead.lastError ?? '', /invite @aws/i);
  });
});
