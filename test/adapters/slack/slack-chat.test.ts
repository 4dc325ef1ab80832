import assert from 'node:assert/strict';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { KnownBlock } from '@slack/types';
import { WebClient } from '@slack/web-api';
import { SlackChat } from '../../../src/adapters/slack/slack-chat.js';
import { slackSendError } from '../../../src/adapters/slack/slack-errors.js';
import type { Card } from '../../../src/core/card.js';
import { NotificationEngine } from '../../../src/notifications/engine.js';
import { notificationToCard } from '../../../src/notifications/to-card.js';
import { ChatSendError } from '../../../src/ports/chat.js';
import { checkSlackLimits } from '../../../src/render/slack-limits.js';
import { modalFromCard } from '../../../src/render/slack-modal.js';
import type { SlackModalView } from '../../../src/render/slack-modal.js';
import { checkSlackModal } from '../../../src/render/slack-modal-limits.js';
import { readFixture } from '../../support/fixtures.js';
import { RecordingLogger } from '../../support/recording-logger.js';
import { startSlackApiServer, type SlackApiServer } from '../../support/slack-api/slack-api-server.js';

const TOKEN = 'xoxb-test-token';

let alarm: Card | undefined;

/** A real CloudWatch alarm, as the notification pipeline makes it. */
function alarmCard(): Card {
  if (!alarm) {
    const [notification] = new NotificationEngine().notifications(readFixture('cloudwatch/alarm-sns-message-single-metric-alarm.json'));
    assert.ok(notification);
    alarm = notificationToCard(notification);
  }
  return structuredClone(alarm);
}

function commandOutputCard(code: string): Card {
  return { title: 'aws logs tail /aws/lambda/orders', severity: 'success', sections: [{ type: 'code', title: 'Output', code, language: 'json' }], footer: 'Ran in 812 ms' };
}

function questionsCard(): Card {
  return {
    title: 'Start the Automation runbook AWS-RestartEC2Instance',
    sections: [{ type: 'text', text: 'Two parameters are missing.' }],
    actions: [
      { type: 'input', id: 'InstanceId', label: 'Instance id', placeholder: 'i-…', required: true },
      { type: 'select', id: 'Region', label: 'Region', options: [{ label: 'us-east-1', value: 'us-east-1' }, { label: 'eu-west-1', value: 'eu-west-1' }], initial: 'us-east-1' },
    ],
  };
}

/** A card a retry must not post twice; code long enough to be attached as a file. */
function longOutput(lines: number): string {
  return JSON.stringify(Array.from({ length: lines }, (_, i) => ({ timestamp: 1700000000000 + i, message: `START RequestId: ${i} <&> Version: $LATEST` })), null, 2);
}

async function expectSendError(promise: Promise<unknown>, expected: { kind: ChatSendError['kind']; code: string; message?: RegExp; retryAfterMs?: number }): Promise<ChatSendError> {
  const error = await promise.then(
    () => assert.fail('expected the call to fail'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof ChatSendError, `not a ChatSendError: ${String(error)}`);
  assert.equal(error.kind, expected.kind);
  assert.equal(error.code, expected.code);
  if (expected.message) assert.match(error.message, expected.message);
  if (expected.retryAfterMs !== undefined) assert.equal(error.retryAfterMs, expected.retryAfterMs);
  assert.doesNotMatch(error.message, /xox[abp]-/, 'a token in the error message');
  return error;
}

describe('Slack chat (outbound, against the fake Slack Web API)', function () {
  let slack: SlackApiServer;
  let logger: RecordingLogger;
  let chat: SlackChat;

  before(async function () {
    slack = await startSlackApiServer();
  });

  after(async function () {
    await slack.close();
  });

  beforeEach(function () {
    slack.reset();
    logger = new RecordingLogger();
    chat = new SlackChat({ tokens: { botToken: async () => TOKEN }, apiUrl: slack.url, logger });
  });

  afterEach(function () {
    // Every Block Kit payload the adapter sent stays within Slack's limits.
    for (const call of [...slack.callsTo('chat.postMessage'), ...slack.callsTo('chat.update')]) {
      const blocks = (call.args.blocks ?? []) as KnownBlock[];
      assert.deepEqual(checkSlackLimits({ text: String(call.args.text ?? ''), blocks }), [], `${call.method} payload`);
    }
    for (const call of slack.callsTo('views.open')) assert.deepEqual(checkSlackModal(call.args.view as SlackModalView), [], 'views.open payload');
    assert.ok(!JSON.stringify(logger.lines).includes(TOKEN), 'the bot token reached a log line');
  });

  describe('posting', function () {
    it('posts a notification card as Block Kit with the bot token and answers with its ts', async function () {
      const card = alarmCard();
      const posted = await chat.post('C0ALERTS', { card });
      const [call] = slack.callsTo('chat.postMessage');
      assert.equal(call?.token, TOKEN);
      assert.equal(call?.args.channel, 'C0ALERTS');
      assert.equal(String(call?.args.unfurl_links), 'false');
      const [message] = slack.messages('C0ALERTS');
      assert.equal(posted.messageId, message?.ts);
      assert.equal(posted.threadId, message?.ts);
      assert.match(message?.text ?? '', /\S/);
      assert.equal((message?.blocks?.[0] as { type?: string }).type, 'header');
    });

    it('replies in a thread when given the thread id', async function () {
      const first = await chat.post('C0ALERTS', { card: alarmCard() });
      const reply = await chat.post('C0ALERTS', { card: alarmCard(), threadId: first.threadId });
      const messages = slack.messages('C0ALERTS');
      assert.equal(messages[1]?.thread_ts, first.messageId);
      assert.deepEqual(reply, { messageId: messages[1]?.ts, threadId: first.messageId });
    });

    it('posts into a public channel it has not joined (chat:write.public)', async function () {
      const posted = await chat.post('C0OTHER', { card: alarmCard() });
      assert.equal(slack.messages('C0OTHER')[0]?.ts, posted.messageId);
    });

    it('posts plain text, escaped so it cannot mention anyone', async function () {
      await chat.post('C0ALERTS', { text: 'Disk <80% & <!channel>' });
      assert.equal(slack.messages('C0ALERTS')[0]?.text, 'Disk &lt;80% &amp; &lt;!channel&gt;');
    });

    it('posts in the workspace the channel belongs to, with that workspace\'s token', async function () {
      const asked: (string | undefined)[] = [];
      chat = new SlackChat({ tokens: { botToken: async (w) => (asked.push(w), TOKEN) }, apiUrl: slack.url, logger, channelWorkspaces: new Map([['C0ALERTS', 'T0001']]) });
      await chat.post('C0ALERTS', { card: alarmCard() });
      await chat.post('C0OTHER', { card: alarmCard(), workspaceId: 'T0001' });
      assert.deepEqual(asked, ['T0001', 'T0001']);
    });
  });

  describe('updating', function () {
    it('updates a card in place with chat.update', async function () {
      const posted = await chat.post('C0ALERTS', { card: alarmCard() });
      await chat.update('C0ALERTS', posted.messageId, { card: { ...alarmCard(), title: 'CPU back to normal', severity: 'success' } });
      const [message] = slack.messages('C0ALERTS');
      assert.equal(slack.messages('C0ALERTS').length, 1);
      assert.equal(message?.edited, true);
      assert.match(JSON.stringify(message?.blocks?.[0]), /CPU back to normal/);
    });
  });

  describe('idempotent retries', function () {
    it('posts a first try without looking anything up', async function () {
      await chat.post('C0ALERTS', { card: alarmCard(), idempotencyKey: 'sns-1/0/ops', attempt: 1 });
      assert.deepEqual(
        slack.calls.map((c) => c.method),
        ['chat.postMessage'],
      );
      assert.deepEqual(slack.messages('C0ALERTS')[0]?.metadata, { event_type: 'chatops_message', event_payload: { key: 'sns-1/0/ops' } });
    });

    it('finds the message an earlier try posted and does not post it again', async function () {
      const first = await chat.post('C0ALERTS', { card: alarmCard(), idempotencyKey: 'sns-1/0/ops' });
      await chat.post('C0ALERTS', { card: alarmCard(), idempotencyKey: 'sns-2/0/ops' });
      const again = await chat.post('C0ALERTS', { card: alarmCard(), idempotencyKey: 'sns-1/0/ops', attempt: 2 });
      assert.deepEqual(again, first);
      assert.equal(slack.callsTo('chat.postMessage').length, 2);
      assert.equal(String(slack.callsTo('conversations.history')[0]?.args.include_all_metadata), 'true');
    });

    it('finds an earlier reply among the thread\'s replies', async function () {
      const parent = await chat.post('C0ALERTS', { card: alarmCard() });
      const reply = await chat.post('C0ALERTS', { card: alarmCard(), threadId: parent.threadId, idempotencyKey: 'sns-3/0/ops' });
      const again = await chat.post('C0ALERTS', { card: alarmCard(), threadId: parent.threadId, idempotencyKey: 'sns-3/0/ops', attempt: 3 });
      assert.deepEqual(again, reply);
      assert.equal(slack.callsTo('conversations.replies').length, 1);
      assert.equal(slack.messages('C0ALERTS').length, 2);
    });

    it('posts a retry whose earlier try never reached Slack', async function () {
      slack.failNext('chat.postMessage', { status: 503 });
      await assert.rejects(chat.post('C0ALERTS', { card: alarmCard(), idempotencyKey: 'sns-4/0/ops' }));
      await chat.post('C0ALERTS', { card: alarmCard(), idempotencyKey: 'sns-4/0/ops', attempt: 2 });
      assert.equal(slack.messages('C0ALERTS').length, 1);
    });

    it('posts anyway, with a warning, when it may not read the channel it posts to', async function () {
      await chat.post('C0OTHER', { card: alarmCard(), idempotencyKey: 'sns-5/0/ops', attempt: 2 });
      assert.equal(slack.messages('C0OTHER').length, 1);
      assert.match(logger.warnings.join('\n'), /could not check whether an earlier try posted.*not_in_channel/);
    });

    it('fails the retry, to be retried again, when the look-up is rate limited', async function () {
      slack.failNext('conversations.history', { status: 429, retryAfterSeconds: 3 });
      await expectSendError(chat.post('C0ALERTS', { card: alarmCard(), idempotencyKey: 'sns-6/0/ops', attempt: 2 }), { kind: 'rate-limited', code: 'ratelimited', retryAfterMs: 3000 });
      assert.equal(slack.callsTo('chat.postMessage').length, 0);
    });
  });

  describe('errors, classified for the deliverer and worded for the admin', function () {
    it('tells the admin to invite @aws when the bot is not in the channel', async function () {
      await expectSendError(chat.post('G0PRIVATE', { card: alarmCard() }), { kind: 'permanent', code: 'not_in_channel', message: /^The aws-chatops bot is not in channel G0PRIVATE\. Invite it with \/invite @aws, then resend\.$/ });
    });

    it('names a channel that does not exist', async function () {
      await expectSendError(chat.post('C0NOPE', { card: alarmCard() }), { kind: 'permanent', code: 'channel_not_found', message: /channel C0NOPE/ });
    });

    it('says an archived channel is archived', async function () {
      await expectSendError(chat.post('C0ARCHIVED', { card: alarmCard() }), { kind: 'permanent', code: 'is_archived', message: /Channel C0ARCHIVED is archived/ });
    });

    for (const [code, words] of [
      ['msg_too_long', /too long/],
      ['invalid_blocks', /refused the message's blocks/],
      ['invalid_auth', /reinstall the aws-chatops app/],
      ['token_revoked', /reinstall the aws-chatops app/],
      ['account_inactive', /reinstall the aws-chatops app/],
    ] as const) {
      it(`gives up on ${code} with words an admin can act on`, async function () {
        slack.failNext('chat.postMessage', { error: code });
        await expectSendError(chat.post('C0ALERTS', { card: alarmCard() }), { kind: 'permanent', code, message: words });
      });
    }

    it('says which block Slack refused', async function () {
      // Our renderer never sends a bad block, so a bare WebClient sends one (to a Slack of its own).
      const other = await startSlackApiServer();
      try {
        const client = new WebClient(TOKEN, { slackApiUrl: other.url, retryConfig: { retries: 0 } });
        const refused = await client.chat.postMessage({ channel: 'C0ALERTS', text: 't', blocks: [{ type: 'divider' }, { type: 'section', text: { type: 'mrkdwn', text: '' } }] }).catch((e: unknown) => e);
        const error = slackSendError(refused, { method: 'chat.postMessage', channelId: 'C0ALERTS' });
        assert.equal(error.kind, 'permanent');
        assert.equal(error.code, 'invalid_blocks');
        assert.match(error.message, /block 1/);
      } finally {
        await other.close();
      }
    });

    it('finds a refused token by itself, without showing it', async function () {
      chat = new SlackChat({ tokens: { botToken: async () => 'xoxb-revoked-elsewhere' }, apiUrl: slack.url, logger });
      await expectSendError(chat.post('C0ALERTS', { card: alarmCard() }), { kind: 'permanent', code: 'invalid_auth' });
    });

    it('honours HTTP 429 Retry-After as retryAfterMs', async function () {
      slack.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 30 });
      await expectSendError(chat.post('C0ALERTS', { card: alarmCard() }), { kind: 'rate-limited', code: 'ratelimited', retryAfterMs: 30_000 });
      assert.equal(slack.callsTo('chat.postMessage').length, 1, 'WebClient must not retry by itself');
    });

    it('treats a ratelimited answer as rate limited', async function () {
      slack.failNext('chat.update', { error: 'ratelimited' });
      const posted = await chat.post('C0ALERTS', { card: alarmCard() });
      await expectSendError(chat.update('C0ALERTS', posted.messageId, { card: alarmCard() }), { kind: 'rate-limited', code: 'ratelimited' });
    });

    it('retries HTTP 5xx', async function () {
      slack.failNext('chat.postMessage', { status: 502 });
      await expectSendError(chat.post('C0ALERTS', { card: alarmCard() }), { kind: 'transient', code: 'http_502' });
      assert.equal(slack.callsTo('chat.postMessage').length, 1, 'WebClient must not retry by itself');
    });

    it('retries when Slack cannot be reached', async function () {
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const port = (closed.address() as AddressInfo).port;
      await new Promise<void>((resolve) => closed.close(() => resolve()));
      chat = new SlackChat({ tokens: { botToken: async () => TOKEN }, apiUrl: `http://127.0.0.1:${port}/api/`, logger });
      await expectSendError(chat.post('C0ALERTS', { card: alarmCard() }), { kind: 'transient', code: 'network_error' });
    });

    it('retries when Slack does not answer in time', async function () {
      const sockets: Socket[] = [];
      const silent: Server = createServer((socket) => void sockets.push(socket));
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      try {
        chat = new SlackChat({ tokens: { botToken: async () => TOKEN }, apiUrl: `http://127.0.0.1:${(silent.address() as AddressInfo).port}/api/`, logger, timeoutMs: 200 });
        await expectSendError(chat.post('C0ALERTS', { card: alarmCard() }), { kind: 'transient', code: 'timeout' });
      } finally {
        for (const socket of sockets) socket.destroy();
        await new Promise<void>((resolve) => silent.close(() => resolve()));
      }
    });
  });

  describe('long output', function () {
    it('attaches output too long for a message as a file in the message\'s thread', async function () {
      const code = longOutput(400);
      const posted = await chat.post('C0ALERTS', { card: commandOutputCard(code) });
      const [file] = slack.files;
      assert.equal(slack.files.length, 1);
      assert.equal(file?.filename, 'output.json');
      assert.equal(file?.content, code);
      assert.equal(file?.channel, 'C0ALERTS');
      assert.equal(file?.thread_ts, posted.messageId);
      const blocks = JSON.stringify(slack.messages('C0ALERTS')[0]?.blocks);
      assert.match(blocks, /all of it in output\.json/);
      assert.match(blocks, /attached in the thread: output\.json/);
      assert.doesNotMatch(blocks, /more characters/);
    });

    it('attaches the file to the thread a reply went to', async function () {
      const parent = await chat.post('C0ALERTS', { card: alarmCard() });
      await chat.post('C0ALERTS', { card: commandOutputCard(longOutput(400)), threadId: parent.threadId });
      assert.equal(slack.files[0]?.thread_ts, parent.messageId);
    });

    it('keeps the message, cut, when the upload fails', async function () {
      slack.failNext('files.completeUploadExternal', { error: 'internal_error' });
      const posted = await chat.post('C0ALERTS', { card: commandOutputCard(longOutput(400)) });
      const [message] = slack.messages('C0ALERTS');
      assert.equal(message?.ts, posted.messageId);
      assert.equal(message?.edited, true);
      assert.match(JSON.stringify(message?.blocks), /more characters/);
      assert.doesNotMatch(JSON.stringify(message?.blocks), /attached in the thread/);
      assert.match(logger.warnings.join('\n'), /could not attach the full text/);
    });

    it('attaches nothing for output that fits', async function () {
      await chat.post('C0ALERTS', { card: commandOutputCard(longOutput(3)) });
      assert.equal(slack.files.length, 0);
    });
  });

  describe('modals', function () {
    it('opens the "Fill in" form with views.open', async function () {
      const view = modalFromCard(questionsCard(), JSON.stringify({ channelId: 'C0ALERTS', messageId: '1700000000.000100' }));
      await chat.openModal('T0001', '12345.98765.abcd2358fdea', view);
      const [opened] = slack.views;
      assert.equal(opened?.triggerId, '12345.98765.abcd2358fdea');
      assert.equal(opened?.view.callback_id, 'chatops.form');
    });

    it('asks for another click when the trigger expired', async function () {
      slack.failNext('views.open', { error: 'expired_trigger_id' });
      const view = modalFromCard(questionsCard(), '{}');
      await expectSendError(chat.openModal(undefined, '12345.98765.abcd2358fdea', view), { kind: 'permanent', code: 'expired_trigger_id', message: /Click "Fill in" again/ });
    });
  });
});
