import assert from 'node:assert/strict';
import { waitFor } from './app-harness.js';
import { mentionEnvelope, startSlackRig } from './slack-harness.js';
import type { SlackTestRig } from './slack-harness.js';
import { FAKE_SLACK } from '../support/slack-api/slack-api-server.js';
import { postToSlackEvents, signedEvent } from '../support/slack-signing.js';

const SECOND = { id: 'T0002', name: 'Second', botToken: 'xoxb-second-token', botUserId: 'U0BOT2' };

describe('Slack OAuth install for several workspaces', function () {
  this.timeout(60_000);
  let rig: SlackTestRig;

  before(async () => {
    rig = await startSlackRig({
      env: { SLACK_CLIENT_ID: FAKE_SLACK.clientId, SLACK_CLIENT_SECRET: FAKE_SLACK.clientSecret },
      fake: {
        teams: [FAKE_SLACK.team, SECOND],
        channels: [...FAKE_SLACK.channels, { id: 'C0SECOND', name: 'second-alerts', teamId: 'T0002', botIsMember: true }],
        oauthCodes: { 'code-for-second': 'T0002' },
      },
    });
  });
  after(async () => {
    await rig?.close();
  });

  /** GET /slack/install → Slack's authorize URL and the state cookie, as a browser would keep it. */
  const startInstall = async () => {
    const res = await fetch(`${rig.app.url}/slack/install`, { redirect: 'manual' });
    assert.equal(res.status, 302);
    const location = new URL(res.headers.get('location') ?? '');
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    return { location, cookie };
  };

  it('redirects /slack/install to Slack\'s authorize page with the client id, scopes, redirect URL and a state', async () => {
    const { location, cookie } = await startInstall();
    assert.equal(`${location.origin}${location.pathname}`, 'https://slack.com/oauth/v2/authorize');
    assert.equal(location.searchParams.get('client_id'), FAKE_SLACK.clientId);
    assert.deepEqual(location.searchParams.get('scope')?.split(',').sort(), [...FAKE_SLACK.scopes].sort());
    assert.equal(location.searchParams.get('redirect_uri'), 'https://chatops.example.com/slack/oauth_redirect');
    assert.ok(location.searchParams.get('state'), 'a state');
    assert.match(cookie, /=/, 'the state cookie');
  });

  it('refuses a callback whose state was not issued to this browser', async () => {
    const res = await fetch(`${rig.app.url}/slack/oauth_redirect?code=code-for-second&state=forged`);
    assert.equal(res.status, 400);
    assert.equal(await rig.app.store.installations.find({ platform: 'slack', teamId: 'T0002' }), undefined);
  });

  it('stores the installation from the callback, answers that workspace with its own token, and forgets it on app_uninstalled', async () => {
    const { location, cookie } = await startInstall();
    const callback = await fetch(`${rig.app.url}/slack/oauth_redirect?code=code-for-second&state=${encodeURIComponent(location.searchParams.get('state')!)}`, { headers: { cookie } });
    assert.equal(callback.status, 200, await callback.clone().text());
    const installed = await rig.app.store.installations.find({ platform: 'slack', teamId: 'T0002' });
    assert.equal(installed?.botToken, SECOND.botToken);
    assert.equal(installed?.botUserId, SECOND.botUserId);

    const thread = rig.slack.addUserMessage('C0SECOND', { user: 'U0BOB', text: 'hello' });
    const from = rig.slack.callsTo('chat.postMessage').length;
    const mention = mentionEnvelope('<@U0BOT2> help', { eventId: 'EvSecond', ts: '1763900500.000100', threadTs: thread.ts, teamId: 'T0002', channel: 'C0SECOND', botUserId: 'U0BOT2' });
    assert.equal((await postToSlackEvents(rig.app.url, signedEvent(mention))).status, 200);
    const answer = await waitFor('the answer', async () => rig.slack.callsTo('chat.postMessage').slice(from)[0]);
    assert.equal(answer.token, SECOND.botToken);
    assert.equal(answer.args.channel, 'C0SECOND');

    const uninstalled = { token: 'x', team_id: 'T0002', api_app_id: 'A0APP', event: { type: 'app_uninstalled' }, type: 'event_callback', event_id: 'EvUninstall2', event_time: 1_763_900_600 };
    assert.equal((await postToSlackEvents(rig.app.url, signedEvent(uninstalled))).status, 200);
    await waitFor('the installation removed', async () => ((await rig.app.store.installations.find({ platform: 'slack', teamId: 'T0002' })) ? undefined : true));
  });
});
