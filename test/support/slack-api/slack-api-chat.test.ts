import assert from 'node:assert/strict';
import { startSlackApiServer, type SlackApiServer } from './slack-api-server.js';
import { fakeSlackClient, slackErrorOf } from './slack-client.js';

const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });
const metadata = { event_type: 'chatops_delivery', event_payload: { outbox_id: 'o-1' } };

describe('fake Slack messages', () => {
  let server: SlackApiServer;
  before(async () => {
    server = await startSlackApiServer();
  });
  afterEach(() => server.reset());
  after(() => server.close());
  const client = () => fakeSlackClient(server);

  describe('chat.postMessage', () => {
    it('posts a message and records the exact payload, with blocks and metadata parsed', async () => {
      const res = await client().chat.postMessage({ channel: 'C0ALERTS', text: 'Alarm', blocks: [section('*Alarm*')], metadata, unfurl_links: false });
      assert.equal(res.channel, 'C0ALERTS');
      assert.match(res.ts ?? '', /^\d+\.\d{6}$/);
      assert.equal(res.message?.bot_id, 'B0BOT');
      assert.equal(res.message?.user, 'U0BOT');
      assert.deepEqual(server.callsTo('chat.postMessage')[0]?.args, { channel: 'C0ALERTS', text: 'Alarm', blocks: [section('*Alarm*')], metadata, unfurl_links: 'false' });
      assert.deepEqual(server.messages('C0ALERTS'), [{ channel: 'C0ALERTS', ts: res.ts, text: 'Alarm', blocks: [section('*Alarm*')], metadata }]);
    });

    it('posts to a public channel the bot has not joined (chat:write.public)', async () => {
      await client().chat.postMessage({ channel: 'C0OTHER', text: 'hi' });
      assert.equal(server.messages('C0OTHER').length, 1);
    });

    it('refuses channels Slack would refuse', async () => {
      assert.equal(await slackErrorOf(client().chat.postMessage({ channel: 'C0NOPE', text: 'x' })), 'channel_not_found');
      assert.equal(await slackErrorOf(client().chat.postMessage({ channel: 'G0PRIVATE', text: 'x' })), 'not_in_channel');
      assert.equal(await slackErrorOf(client().chat.postMessage({ channel: 'C0ARCHIVED', text: 'x' })), 'is_archived');
    });

    it('refuses messages Slack would refuse', async () => {
      const post = (args: Record<string, unknown>) => slackErrorOf(client().apiCall('chat.postMessage', { channel: 'C0ALERTS', ...args }));
      assert.equal(await post({ text: 'x'.repeat(40_001) }), 'msg_too_long');
      assert.equal(await post({}), 'no_text');
      assert.equal(await post({ text: 'x', blocks: Array.from({ length: 51 }, (_, i) => section(`b${i}`)) }), 'invalid_blocks');
      assert.equal(await post({ text: 'x', blocks: [section('y'.repeat(3001))] }), 'invalid_blocks');
      assert.equal(await post({ text: 'x', blocks: [{ type: 'hologram' }] }), 'invalid_blocks');
      assert.equal(await post({ text: 'x', blocks: '[not json' }), 'invalid_blocks_format');
      assert.equal(await post({ text: 'x', metadata: { event_type: 'x' } }), 'invalid_metadata_format');
      assert.deepEqual(server.messages('C0ALERTS'), []);
    });

    it('says which block is wrong', async () => {
      const res = await fetch(`${server.url}chat.postMessage`, {
        method: 'POST',
        body: new URLSearchParams({ token: 'xoxb-test-token', channel: 'C0ALERTS', text: 'x', blocks: JSON.stringify([section('ok'), section('')]) }),
      });
      const body = (await res.json()) as { error: string; errors: string[] };
      assert.equal(body.error, 'invalid_blocks');
      assert.deepEqual(body.errors, ['empty text [json-pointer:/blocks/1/text]']);
    });

    it('replies in a thread, and broadcasts a reply when asked', async () => {
      const parent = await client().chat.postMessage({ channel: 'C0ALERTS', text: 'Alarm' });
      const reply = await client().chat.postMessage({ channel: 'C0ALERTS', text: 'still firing', thread_ts: parent.ts ?? '' });
      await client().chat.postMessage({ channel: 'C0ALERTS', text: 'resolved', thread_ts: parent.ts ?? '', reply_broadcast: true });
      assert.equal(reply.message?.thread_ts, parent.ts);
      assert.equal(reply.message?.parent_user_id, 'U0BOT');
      assert.deepEqual(server.messages('C0ALERTS').map((m) => [m.text, m.thread_ts]), [['Alarm', undefined], ['still firing', parent.ts], ['resolved', parent.ts]]);
      const history = await client().conversations.history({ channel: 'C0ALERTS' });
      assert.deepEqual(history.messages?.map((m) => m.text), ['resolved', 'Alarm'], 'the broadcast reply shows in the channel');
    });

    it('refuses a thread_ts that is not a parent message in the channel (invalid_thread_ts)', async () => {
      const parent = await client().chat.postMessage({ channel: 'C0ALERTS', text: 'Alarm' });
      const reply = await client().chat.postMessage({ channel: 'C0ALERTS', text: 'r', thread_ts: parent.ts ?? '' });
      assert.equal(await slackErrorOf(client().chat.postMessage({ channel: 'C0ALERTS', text: 'x', thread_ts: '1000000000.000001' })), 'invalid_thread_ts');
      assert.equal(await slackErrorOf(client().chat.postMessage({ channel: 'C0ALERTS', text: 'x', thread_ts: reply.ts ?? '' })), 'invalid_thread_ts');
      assert.equal(await slackErrorOf(client().chat.postMessage({ channel: 'C0OTHER', text: 'x', thread_ts: parent.ts ?? '' })), 'invalid_thread_ts');
    });

    it('replies in the thread of a person\'s message seeded with addUserMessage', async () => {
      const mention = server.addUserMessage('C0ALERTS', { user: 'U0ALICE', text: '<@U0BOT> help', ts: '1595926230.009600' });
      const reply = await client().chat.postMessage({ channel: 'C0ALERTS', text: 'Here is help', thread_ts: mention.ts });
      assert.equal(reply.message?.parent_user_id, 'U0ALICE');
      const thread = await client().conversations.replies({ channel: 'C0ALERTS', ts: mention.ts });
      assert.deepEqual(thread.messages?.map((m) => m.text), ['<@U0BOT> help', 'Here is help']);
      assert.deepEqual(server.messages('C0ALERTS').map((m) => m.text), ['Here is help'], 'messages() lists only the bot\'s');
    });
  });

  describe('chat.update', () => {
    it('updates the bot\'s message in place and marks it edited', async () => {
      const posted = await client().chat.postMessage({ channel: 'C0ALERTS', text: 'ALARM', blocks: [section('ALARM')], metadata });
      const res = await client().chat.update({ channel: 'C0ALERTS', ts: posted.ts ?? '', text: 'OK', blocks: [section('OK')] });
      assert.equal(res.ts, posted.ts);
      assert.deepEqual(server.messages('C0ALERTS'), [{ channel: 'C0ALERTS', ts: posted.ts, text: 'OK', blocks: [section('OK')], metadata, edited: true }]);
    });

    it('answers message_not_found for an unknown ts and cant_update_message for someone else\'s message', async () => {
      const theirs = server.addUserMessage('C0ALERTS', { user: 'U0ALICE', text: 'mine' });
      assert.equal(await slackErrorOf(client().chat.update({ channel: 'C0ALERTS', ts: '1.000001', text: 'x' })), 'message_not_found');
      assert.equal(await slackErrorOf(client().chat.update({ channel: 'C0ALERTS', ts: theirs.ts, text: 'x' })), 'cant_update_message');
    });
  });

  describe('chat.postEphemeral', () => {
    it('answers with a message_ts and keeps the message out of the channel', async () => {
      const res = await client().chat.postEphemeral({ channel: 'C0ALERTS', user: 'U0ALICE', text: 'only you' });
      assert.match(res.message_ts ?? '', /^\d+\.\d{6}$/);
      assert.deepEqual(server.messages('C0ALERTS'), []);
      assert.equal(server.callsTo('chat.postEphemeral')[0]?.args.user, 'U0ALICE');
    });
  });

  describe('conversations.history', () => {
    it('lists messages newest first, with metadata only when asked for', async () => {
      for (const text of ['one', 'two', 'three']) await client().chat.postMessage({ channel: 'C0ALERTS', text, metadata });
      const plain = await client().conversations.history({ channel: 'C0ALERTS' });
      assert.deepEqual(plain.messages?.map((m) => m.text), ['three', 'two', 'one']);
      assert.equal(plain.messages?.[0]?.metadata, undefined);
      const withMetadata = await client().conversations.history({ channel: 'C0ALERTS', include_all_metadata: true, limit: 2 });
      assert.deepEqual(withMetadata.messages?.map((m) => [m.text, m.metadata?.event_payload]), [['three', { outbox_id: 'o-1' }], ['two', { outbox_id: 'o-1' }]]);
      assert.equal(withMetadata.has_more, true);
      const next = await client().conversations.history({ channel: 'C0ALERTS', limit: 2, cursor: withMetadata.response_metadata?.next_cursor ?? '' });
      assert.deepEqual(next.messages?.map((m) => m.text), ['one']);
    });

    it('keeps to oldest and latest', async () => {
      const stamps: string[] = [];
      for (const text of ['one', 'two', 'three']) stamps.push((await client().chat.postMessage({ channel: 'C0ALERTS', text })).ts ?? '');
      const between = await client().conversations.history({ channel: 'C0ALERTS', oldest: stamps[0] ?? '', latest: stamps[2] ?? '' });
      assert.deepEqual(between.messages?.map((m) => m.text), ['two']);
      const inclusive = await client().conversations.history({ channel: 'C0ALERTS', oldest: stamps[1] ?? '', inclusive: true });
      assert.deepEqual(inclusive.messages?.map((m) => m.text), ['three', 'two']);
    });

    it('needs the bot in the channel', async () => {
      assert.equal(await slackErrorOf(client().conversations.history({ channel: 'C0OTHER' })), 'not_in_channel');
      assert.equal(await slackErrorOf(client().conversations.replies({ channel: 'C0ALERTS', ts: '1.000001' })), 'thread_not_found');
    });
  });

  it('forgets messages, calls and failures on reset', async () => {
    await client().chat.postMessage({ channel: 'C0ALERTS', text: 'x' });
    server.failNext('auth.test', { error: 'invalid_auth' });
    server.reset();
    assert.deepEqual(server.messages('C0ALERTS'), []);
    assert.deepEqual(server.calls, []);
    await client().auth.test();
  });
});
