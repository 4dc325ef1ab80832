import assert from 'node:assert/strict';
import { SlackChat } from '../../../src/adapters/slack/slack-chat.js';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { NotificationEngine } from '../../../src/notifications/engine.js';
import { OutboxDeliverer } from '../../../src/notifications/pipeline/outbox-deliverer.js';
import { notificationToCard } from '../../../src/notifications/to-card.js';
import { systemClock } from '../../../src/ports/clock.js';
import { noMetrics } from '../../../src/ports/metrics.js';
import type { NewOutboxMessage, Store } from '../../../src/ports/store.js';
import { readFixture } from '../../support/fixtures.js';
import { RecordingLogger } from '../../support/recording-logger.js';
import { startSlackApiServer, type SlackApiServer } from '../../support/slack-api/slack-api-server.js';

const CHANNEL = 'C0ALERTS';

/** The outbox row of a real CloudWatch alarm for #alerts. */
function alarmRow(n: number): NewOutboxMessage {
  const [notification] = new NotificationEngine().notifications(readFixture('cloudwatch/alarm-sns-message-single-metric-alarm.json'));
  assert.ok(notification);
  const card = notificationToCard(notification);
  return {
    id: `sns-${n}/0/ops`,
    messageId: `sns-${n}`,
    eventId: notification.id,
    configuration: 'ops',
    platform: 'slack',
    channelId: CHANNEL,
    channelKey: `slack:${CHANNEL}`,
    card,
    summary: { title: card.title, severity: card.severity ?? 'info', source: 'aws.cloudwatch', kind: 'alarm' },
  };
}

describe('Slack delivery after a crash (deliverer and SlackChat against the fake Slack Web API)', function () {
  let slack: SlackApiServer;
  let store: Store;
  let chat: SlackChat;

  before(async function () {
    slack = await startSlackApiServer();
  });

  after(async function () {
    await slack.close();
  });

  beforeEach(function () {
    slack.reset();
    store = createMemoryStore();
    chat = new SlackChat({ tokens: { botToken: async () => 'xoxb-test-token' }, apiUrl: slack.url, logger: new RecordingLogger() });
  });

  afterEach(async function () {
    await store.close();
  });

  /** A deliverer in a process started after the crash. */
  function deliverer(): OutboxDeliverer {
    return new OutboxDeliverer({
      platform: 'slack',
      chat,
      store,
      metrics: noMetrics,
      logger: new RecordingLogger(),
      clock: systemClock,
      owner: 'after-the-crash',
      limits: [{ limit: 1_000, windowMs: 1_000 }],
      coalesceAbove: 0,
      sleep: () => Promise.resolve(),
    });
  }

  it('posts a first try with no look-up', async function () {
    await store.outbox.add([alarmRow(1)]);
    await deliverer().runOnce();
    assert.deepEqual(
      slack.calls.map((c) => c.method),
      ['chat.postMessage'],
    );
    assert.equal((await store.outbox.get('sns-1/0/ops'))?.status, 'sent');
  });

  it('finds the message Slack took before the process died, and does not post it again', async function () {
    const row = alarmRow(2);
    await store.outbox.add([row]);
    // The try that died between Slack's answer and markSent.
    await store.outbox.markSending(row.id);
    const first = await chat.post(CHANNEL, { card: row.card, idempotencyKey: row.id, attempt: 1 });

    await deliverer().runOnce();

    assert.equal(slack.messages(CHANNEL).length, 1, 'the alarm was posted twice');
    assert.equal(slack.callsTo('chat.postMessage').length, 1);
    assert.equal(slack.callsTo('conversations.history').length, 1);
    const sent = await store.outbox.get(row.id);
    assert.deepEqual([sent?.status, sent?.chatMessageId], ['sent', first.messageId]);
  });
});
