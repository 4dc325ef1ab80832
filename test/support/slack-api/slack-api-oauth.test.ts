import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LogLevel, MemoryInstallationStore } from '@slack/bolt';
import oauth, { type Installation } from '@slack/oauth';
import { FAKE_SLACK, startSlackApiServer, type SlackApiServer } from './slack-api-server.js';
import { fakeSlackClient, quietSlackLogger, slackErrorOf } from './slack-client.js';

describe('fake Slack OAuth', () => {
  let server: SlackApiServer;
  before(async () => {
    server = await startSlackApiServer({
      teams: [FAKE_SLACK.team, { id: 'T0002', name: 'Second Co', botToken: 'xoxb-second', botUserId: 'U0BOT2', enterpriseId: 'E0001' }],
      oauthCodes: { 'code-1': 'T0001', 'code-2': 'T0002' },
    });
  });
  afterEach(() => server.reset());
  after(() => server.close());
  const noToken = () => fakeSlackClient(server, '');
  const exchange = (code: string, clientSecret: string = FAKE_SLACK.clientSecret) =>
    noToken().oauth.v2.access({ client_id: FAKE_SLACK.clientId, client_secret: clientSecret, code });

  it('exchanges a code for the workspace\'s bot token, which then works', async () => {
    const res = await exchange('code-2');
    assert.equal(res.access_token, 'xoxb-second');
    assert.equal(res.token_type, 'bot');
    assert.equal(res.bot_user_id, 'U0BOT2');
    assert.equal(res.app_id, 'A0APP');
    assert.deepEqual(res.team, { id: 'T0002', name: 'Second Co' });
    assert.deepEqual(res.enterprise, { id: 'E0001', name: 'Second Co Grid' });
    assert.equal(res.is_enterprise_install, false);
    assert.deepEqual(res.authed_user, { id: 'U0ADMIN' });
    assert.ok(res.scope?.split(',').includes('chat:write.public'));
    assert.equal((await fakeSlackClient(server, res.access_token ?? '').auth.test()).team_id, 'T0002');
  });

  it('takes the client id and secret by HTTP Basic auth too', async () => {
    const res = await fetch(`${server.url}oauth.v2.access`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${FAKE_SLACK.clientId}:${FAKE_SLACK.clientSecret}`).toString('base64')}` },
      body: new URLSearchParams({ code: 'code-1' }),
    });
    assert.equal(((await res.json()) as { access_token?: string }).access_token, 'xoxb-test-token');
  });

  it('accepts a code once, and refuses unknown codes and wrong clients', async () => {
    await exchange('code-1');
    assert.equal(await slackErrorOf(exchange('code-1')), 'invalid_code');
    assert.equal(await slackErrorOf(exchange('code-zzz')), 'invalid_code');
    assert.equal(await slackErrorOf(exchange('code-2', 'wrong')), 'bad_client_secret');
    assert.equal(await slackErrorOf(noToken().oauth.v2.access({ client_id: '1.2', client_secret: FAKE_SLACK.clientSecret, code: 'code-2' })), 'invalid_client_id');
  });

  it('revokes the bot token when the app is uninstalled', async () => {
    const bot = fakeSlackClient(server);
    await bot.apps.uninstall({ client_id: FAKE_SLACK.clientId, client_secret: FAKE_SLACK.clientSecret });
    assert.equal(await slackErrorOf(bot.auth.test()), 'token_revoked');
    assert.equal((await fakeSlackClient(server, 'xoxb-second').auth.test()).ok, true, 'other workspaces keep working');
  });

  it('completes a real @slack/oauth install: code exchange, then auth.test for the bot id', async () => {
    const installer = new oauth.InstallProvider({
      clientId: FAKE_SLACK.clientId, clientSecret: FAKE_SLACK.clientSecret, stateVerification: false,
      installationStore: new MemoryInstallationStore(), logger: quietSlackLogger, logLevel: LogLevel.ERROR,
      clientOptions: { slackApiUrl: server.url, retryConfig: { retries: 0 } },
    });
    let installed: Installation | undefined;
    const callback = createServer((req, res) => {
      void installer.handleCallback(req, res, {
        success: (installation, _options, _req, response) => {
          installed = installation as Installation;
          response.end('installed');
        },
        failure: (error, _options, _req, response) => {
          response.writeHead(500).end(error.code);
        },
      });
    });
    await new Promise<void>((resolve) => callback.listen(0, '127.0.0.1', resolve));
    try {
      const res = await fetch(`http://127.0.0.1:${(callback.address() as AddressInfo).port}/slack/oauth_redirect?code=code-1`);
      assert.equal(await res.text(), 'installed');
      assert.deepEqual(installed?.team, { id: 'T0001', name: 'Example' });
      assert.deepEqual({ ...installed?.bot, scopes: undefined }, { token: 'xoxb-test-token', userId: 'U0BOT', id: 'B0BOT', scopes: undefined });
      assert.deepEqual(server.calls.map((c) => c.method), ['oauth.v2.access', 'auth.test']);
    } finally {
      await new Promise((resolve) => callback.close(resolve));
    }
  });
});
