import assert from 'node:assert/strict';
import { FAKE_SLACK, startSlackApiServer, type SlackApiServer } from './slack-api-server.js';
import { fakeSlackClient, slackErrorOf } from './slack-client.js';

describe('fake Slack Web API', () => {
  let server: SlackApiServer;
  before(async () => {
    server = await startSlackApiServer();
  });
  afterEach(() => server.reset());
  after(() => server.close());

  describe('tokens and methods', () => {
    it('tells the bot who it is with auth.test', async () => {
      const me = await fakeSlackClient(server).auth.test();
      assert.equal(me.team_id, 'T0001');
      assert.equal(me.team, 'Example');
      assert.equal(me.user_id, 'U0BOT');
      assert.equal(me.bot_id, 'B0BOT');
      assert.equal(me.url, 'https://example.slack.com/');
      assert.equal(me.is_enterprise_install, false);
    });

    it('answers invalid_auth for a token it does not know and not_authed without one', async () => {
      assert.equal(await slackErrorOf(fakeSlackClient(server, 'xoxb-nope').auth.test()), 'invalid_auth');
      assert.equal(await slackErrorOf(fakeSlackClient(server, '').auth.test()), 'not_authed');
    });

    it('answers unknown_method with HTTP 200 for a method it does not speak', async () => {
      const res = await fetch(`${server.url}chat.fly`, { method: 'POST', headers: { authorization: `Bearer ${FAKE_SLACK.team.botToken}` } });
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { ok: false, error: 'unknown_method', req_method: 'chat.fly' });
    });

    it('takes a JSON body with a Bearer token, and a form body with a token field', async () => {
      const json = await fetch(`${server.url}chat.postMessage`, {
        method: 'POST',
        headers: { authorization: `Bearer ${FAKE_SLACK.team.botToken}`, 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify({ channel: 'C0ALERTS', text: 'as JSON', metadata: { event_type: 'x', event_payload: { a: 1 } } }),
      });
      const form = await fetch(`${server.url}chat.postMessage`, {
        method: 'POST',
        body: new URLSearchParams({ token: FAKE_SLACK.team.botToken, channel: 'C0ALERTS', text: 'as a form' }),
      });
      assert.equal(((await json.json()) as { ok: boolean }).ok, true);
      assert.equal(((await form.json()) as { ok: boolean }).ok, true);
      assert.deepEqual(server.messages('C0ALERTS').map((m) => m.text), ['as JSON', 'as a form']);
      assert.deepEqual(server.calls.map((c) => [c.token, c.args]), [
        [FAKE_SLACK.team.botToken, { channel: 'C0ALERTS', text: 'as JSON', metadata: { event_type: 'x', event_payload: { a: 1 } } }],
        [FAKE_SLACK.team.botToken, { channel: 'C0ALERTS', text: 'as a form' }],
      ]);
    });

    it('refuses an app-level token where a bot token is needed, and the reverse', async () => {
      assert.equal(await slackErrorOf(fakeSlackClient(server, 'xapp-1-A0APP-1-abc').chat.postMessage({ channel: 'C0ALERTS', text: 'x' })), 'not_allowed_token_type');
      assert.equal(await slackErrorOf(fakeSlackClient(server).apps.connections.open()), 'not_allowed_token_type');
    });
  });

  describe('failNext', () => {
    it('answers the Slack error it is told to, the given number of times, then works again', async () => {
      const client = fakeSlackClient(server);
      server.failNext('chat.postMessage', { error: 'channel_not_found' }, 2);
      assert.equal(await slackErrorOf(client.chat.postMessage({ channel: 'C0ALERTS', text: 'a' })), 'channel_not_found');
      assert.equal(await slackErrorOf(client.chat.postMessage({ channel: 'C0ALERTS', text: 'b' })), 'channel_not_found');
      await client.chat.postMessage({ channel: 'C0ALERTS', text: 'c' });
      assert.deepEqual(server.messages('C0ALERTS').map((m) => m.text), ['c']);
      assert.equal(server.callsTo('chat.postMessage').length, 3);
    });

    it('rate-limits with HTTP 429 and Retry-After', async () => {
      server.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 7 });
      const client = fakeSlackClient(server, FAKE_SLACK.team.botToken, { rejectRateLimitedCalls: true });
      await assert.rejects(client.chat.postMessage({ channel: 'C0ALERTS', text: 'x' }), (e: { code?: string; retryAfter?: number }) => {
        assert.equal(e.code, 'slack_webapi_rate_limited_error');
        assert.equal(e.retryAfter, 7);
        return true;
      });
      const raw = await fetch(`${server.url}chat.postMessage`, { method: 'POST' });
      assert.equal(raw.status, 200, 'only the next call fails');
    });

    it('answers an HTTP 5xx', async () => {
      server.failNext('chat.update', { status: 503 });
      await assert.rejects(fakeSlackClient(server).chat.update({ channel: 'C0ALERTS', ts: '1.1', text: 'x' }), (e: { code?: string; statusCode?: number }) => {
        assert.equal(e.code, 'slack_webapi_http_error');
        assert.equal(e.statusCode, 503);
        return true;
      });
    });
  });

  describe('workspace look-ups', () => {
    it('describes channels the bot can see, and hides a private one it is not in', async () => {
      const client = fakeSlackClient(server);
      const info = await client.conversations.info({ channel: 'C0ALERTS' });
      assert.equal(info.channel?.name, 'alerts');
      assert.equal(info.channel?.is_member, true);
      assert.equal((await client.conversations.info({ channel: 'C0ARCHIVED' })).channel?.is_archived, true);
      assert.equal(await slackErrorOf(client.conversations.info({ channel: 'G0PRIVATE' })), 'channel_not_found');
    });

    it('lets the bot join a public channel but not a private one', async () => {
      const client = fakeSlackClient(server);
      assert.equal((await client.conversations.join({ channel: 'C0OTHER' })).channel?.is_member, true);
      assert.equal((await client.conversations.info({ channel: 'C0OTHER' })).channel?.is_member, true);
      assert.equal(await slackErrorOf(client.conversations.join({ channel: 'G0PRIVATE' })), 'method_not_supported_for_channel_type');
    });

    it('describes the team and its users', async () => {
      const client = fakeSlackClient(server);
      assert.deepEqual((await client.team.info()).team?.id, 'T0001');
      const person = await client.users.info({ user: 'U0ALICE' });
      assert.equal(person.user?.is_bot, false);
      assert.equal(person.user?.team_id, 'T0001');
      assert.equal((await client.users.info({ user: 'U0BOT' })).user?.is_bot, true);
      assert.equal(await slackErrorOf(client.users.info({ user: 'nobody' })), 'user_not_found');
    });

    it('keeps each workspace to its own channels', async () => {
      const multi = await startSlackApiServer({
        teams: [
          { id: 'T1', name: 'One', botToken: 'xoxb-one', botUserId: 'U1BOT' },
          { id: 'T2', name: 'Two', botToken: 'xoxb-two', botUserId: 'U2BOT', enterpriseId: 'E1' },
        ],
        channels: [{ id: 'C1', name: 'one-alerts', teamId: 'T1', botIsMember: true }],
      });
      try {
        await fakeSlackClient(multi, 'xoxb-one').chat.postMessage({ channel: 'C1', text: 'hello' });
        assert.equal(await slackErrorOf(fakeSlackClient(multi, 'xoxb-two').chat.postMessage({ channel: 'C1', text: 'hello' })), 'channel_not_found');
        assert.equal((await fakeSlackClient(multi, 'xoxb-two').auth.test()).enterprise_id, 'E1');
      } finally {
        await multi.close();
      }
    });
  });
});
