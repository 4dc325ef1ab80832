import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { helpCard } from '../../src/commands/help-card.js';
import { renderSlack } from '../../src/render/slack.js';
import { checkSlackBlocks } from '../../src/render/slack-limits.js';
import type { Card } from '../../src/core/card.js';
import { waitFor } from './app-harness.js';
import { mentionEnvelope, startSlackRig } from './slack-harness.js';
import type { SlackTestRig } from './slack-harness.js';
import { fixturePath, readFixture } from '../support/fixtures.js';
import { postToSlackEvents, signedCommand, signedEvent, signedInteraction, signSlackBody } from '../support/slack-signing.js';
import type { SlackApiCall } from '../support/slack-api/types.js';

const json = (f: string) => JSON.parse(readFixture(`slack/${f}`).toString()) as Record<string, unknown>;
/** The fixture's ids moved into the fake's workspace (T0001, channel C0ALERTS), with a fresh event id. */
const intoFake = (value: unknown, eventId: string): Record<string, unknown> => {
  const text = JSON.stringify(value).replaceAll('"T111"', '"T0001"').replaceAll('T_INSTALLED', 'T0001').replaceAll('"C111"', '"C0ALERTS"');
  const moved = JSON.parse(text) as Record<string, unknown>;
  if (typeof moved.event_id === 'string') moved.event_id = eventId;
  return moved;
};
const callsFrom = (calls: readonly SlackApiCall[], n: number) => calls.slice(n);

describe('Slack app over HTTP (one workspace, SLACK_BOT_TOKEN)', function () {
  this.timeout(60_000);
  let rig: SlackTestRig;
  let n = 0;
  const nextTs = () => `1763900${String(100 + ++n).padStart(3, '0')}.000100`;

  before(async () => {
    rig = await startSlackRig();
  });
  after(async () => {
    await rig?.close();
  });

  const post = (request: ReturnType<typeof signSlackBody>, headers: Record<string, string> = {}) => postToSlackEvents(rig.app.url, request, headers);
  const postsSince = (from: number) => callsFrom(rig.slack.callsTo('chat.postMessage'), from);
  const waitForPost = (from: number, what: string) => waitFor(what, async () => postsSince(from)[0]);

  describe('security', () => {
    it('answers url_verification with the challenge', async () => {
      const fixture = json('events-api-url-verification.json');
      const res = await post(signedEvent(fixture));
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { challenge: fixture.challenge });
    });

    it('refuses a bad signature with 401 SLACK_SIGNATURE_INVALID and does nothing', async () => {
      const before = rig.slack.calls.length;
      const res = await post(signedEvent(mentionEnvelope('<@U0BOT> help', { eventId: 'EvBadSig', ts: nextTs() }), { secret: 'not-the-signing-secret' }));
      assert.equal(res.status, 401);
      assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'SLACK_SIGNATURE_INVALID');
      await new Promise((r) => setTimeout(r, 200));
      assert.equal(rig.slack.calls.length, before);
    });

    it('refuses a correctly signed request older than 5 minutes with 401 SLACK_REQUEST_STALE', async () => {
      const res = await post(signedEvent(mentionEnvelope('<@U0BOT> help', { eventId: 'EvOld', ts: nextTs() }), { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 }));
      assert.equal(res.status, 401);
      assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'SLACK_REQUEST_STALE');
    });

    it('refuses unsigned requests with 401', async () => {
      const res = await fetch(`${rig.app.url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      assert.equal(res.status, 401);
    });

    it('answers a signed but malformed payload with 400 SLACK_PAYLOAD_INVALID', async () => {
      for (const request of [
        signSlackBody('{"type":"event_callback"'),
        signedEvent({ type: 'event_callback', team_id: 'T0001', event: { type: 'app_mention' } }),
        signedEvent(['not', 'an', 'object']),
        signSlackBody('payload=%7Bnot-json', { contentType: 'application/x-www-form-urlencoded' }),
        signedInteraction({ type: 'block_actions', user: { id: 'U1' } }),
      ]) {
        const res = await post(request);
        assert.equal(res.status, 400, request.body);
        assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'SLACK_PAYLOAD_INVALID');
      }
    });
  });

  describe('real payloads', () => {
    it('acknowledges every Events API and interactivity fixture with 200', async () => {
      const files = readdirSync(fixturePath('slack')).filter((f) => f.endsWith('.json') && !f.includes('signed-test-vector'));
      assert.ok(files.length >= 14, `fixtures: ${files.join(', ')}`);
      for (const file of files) {
        const payload = intoFake(json(file), `Ev-${file}`);
        const request = file.startsWith('interactivity-') ? signedInteraction(payload) : signedEvent(payload);
        const res = await post(request);
        assert.equal(res.status, 200, `${file}: ${await res.clone().text()}`);
        if (file === 'events-api-url-verification.json') assert.deepEqual(await res.json(), { challenge: payload.challenge });
      }
    });

    it('acknowledges the slash command form fixture with an empty 200 and answers in the channel', async () => {
      const from = rig.slack.callsTo('chat.postMessage').length;
      const form = Object.fromEntries(new URLSearchParams(readFixture('slack/slash-command-form-body.txt').toString().replaceAll('T111', 'T0001').replaceAll('C111', 'C0ALERTS')));
      const res = await post(signedCommand(form));
      assert.equal(res.status, 200);
      assert.equal(await res.text(), '');
      const answer = await waitForPost(from, 'the answer to /hello-world Hi');
      assert.equal(answer.args.channel, 'C0ALERTS');
    });
  });

  describe('mentions and the slash command', () => {
    it('answers "@aws help" in a thread with the help card in that thread', async () => {
      const thread = rig.slack.addUserMessage('C0ALERTS', { user: 'U0ALICE', text: 'the alarm fired again' });
      const ts = nextTs();
      const from = rig.slack.callsTo('chat.postMessage').length;
      const res = await post(signedEvent(mentionEnvelope('<@U0BOT> help', { eventId: 'EvHelpThread', ts, threadTs: thread.ts })));
      assert.equal(res.status, 200);
      const call = await waitForPost(from, 'the help card');
      const expected = renderSlack(helpCard());
      assert.equal(call.token, 'xoxb-test-token');
      // Form-encoded on the wire: the flag arrives as text.
      assert.deepEqual({ ...call.args, unfurl_links: String(call.args.unfurl_links) }, { channel: 'C0ALERTS', thread_ts: thread.ts, text: expected.text, blocks: expected.blocks, unfurl_links: 'false' });
      assert.deepEqual(checkSlackBlocks(call.args.blocks as never), []);
    });

    it('answers a retried event (X-Slack-Retry-Num) once', async () => {
      const from = rig.slack.callsTo('chat.postMessage').length;
      const envelope = mentionEnvelope('<@U0BOT> help', { eventId: 'EvRetried', ts: nextTs() });
      const first = await post(signedEvent(envelope));
      const retry = await post(signedEvent(envelope), { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
      assert.equal(first.status, 200);
      assert.equal(retry.status, 200);
      await waitForPost(from, 'the answer');
      await new Promise((r) => setTimeout(r, 500));
      assert.equal(postsSince(from).length, 1);
    });

    it('answers "/aws help" with the help card in the channel, acknowledging with nothing visible', async () => {
      const from = rig.slack.callsTo('chat.postMessage').length;
      const res = await post(signedCommand({ token: 'x', team_id: 'T0001', team_domain: 'example', channel_id: 'C0ALERTS', channel_name: 'alerts', user_id: 'U0ALICE', user_name: 'alice', command: '/aws', text: 'help', trigger_id: '1.2.3', response_url: 'https://hooks.slack.com/commands/T0001/1/x' }));
      assert.equal(res.status, 200);
      assert.equal(await res.text(), '');
      const call = await waitForPost(from, 'the help card');
      assert.equal(call.args.channel, 'C0ALERTS');
      assert.equal(call.args.thread_ts, undefined);
      assert.deepEqual(call.args.blocks, renderSlack(helpCard()).blocks);
    });

    it('does not answer a bot message or a plain channel message', async () => {
      const from = rig.slack.callsTo('chat.postMessage').length;
      for (const file of ['events-api-message-bot-message.json', 'events-api-message-channel.json']) {
        assert.equal((await post(signedEvent(intoFake(json(file), `Ev-quiet-${file}`)))).status, 200);
      }
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(postsSince(from).length, 0);
    });
  });

  describe('buttons and forms', () => {
    const card: Card = {
      title: 'Stop instance i-0abc?',
      severity: 'medium',
      sections: [{ type: 'text', text: 'Choose how.' }],
      actions: [
        { type: 'button', id: 'approve', label: 'Approve', value: 'tok-123' },
        { type: 'select', id: 'region', label: 'Region', options: [{ label: 'us-east-1', value: 'us-east-1' }, { label: 'eu-west-1', value: 'eu-west-1' }] },
        { type: 'input', id: 'reason', label: 'Reason' },
      ],
    };
    const blockActions = (message: { ts: string; blocks?: unknown[] }, action: Record<string, unknown>, triggerId = '111.222.trigger') => ({
      type: 'block_actions',
      user: { id: 'U0ALICE', username: 'alice', name: 'alice', team_id: 'T0001' },
      api_app_id: 'A0APP',
      token: 'verification_token',
      container: { type: 'message', message_ts: message.ts, channel_id: 'C0ALERTS', is_ephemeral: false },
      trigger_id: triggerId,
      team: { id: 'T0001', domain: 'example' },
      channel: { id: 'C0ALERTS', name: 'alerts' },
      message: { type: 'message', ts: message.ts, text: 'prompt', blocks: message.blocks ?? [] },
      response_url: 'https://hooks.slack.com/actions/T0001/1/x',
      actions: [{ block_id: 'b', action_ts: '1763900000.000001', ...action }],
    });

    let prompt: { ts: string; blocks?: unknown[] };
    before(async () => {
      const posted = await rig.app.slack!.chat.post('C0ALERTS', { card });
      prompt = rig.slack.messages('C0ALERTS').find((m) => m.ts === posted.messageId)!;
      assert.ok(prompt, 'the prompt is in the fake channel');
    });

    it('acknowledges a button click at once and answers in the card thread', async () => {
      const from = rig.slack.callsTo('chat.postMessage').length;
      const res = await post(signedInteraction(blockActions(prompt, { action_id: 'approve', type: 'button', value: 'tok-123', text: { type: 'plain_text', text: 'Approve' } })));
      assert.equal(res.status, 200);
      assert.equal(await res.text(), '');
      const call = await waitForPost(from, 'the click answer');
      assert.equal(call.args.channel, 'C0ALERTS');
      assert.equal(call.args.thread_ts, prompt.ts);
      assert.match(String(call.args.text), /approve/);
      // The ack time is measured in the process and exported.
      const metrics = await (await fetch(`${rig.app.url}/metrics`)).text();
      assert.match(metrics, /^chatops_chat_ack_seconds_count\{platform="slack",kind="interaction"\} [1-9]/m);
    });

    it('opens the form as a modal when "Fill in" is clicked', async () => {
      const views = rig.slack.views.length;
      const res = await post(signedInteraction(blockActions(prompt, { action_id: 'chatops.fill-in', type: 'button', text: { type: 'plain_text', text: 'Fill in' } }, '222.333.fill')));
      assert.equal(res.status, 200);
      const opened = await waitFor('views.open', async () => rig.slack.views[views]);
      assert.equal(opened.triggerId, '222.333.fill');
      assert.equal(opened.view.type, 'modal');
      assert.equal(opened.view.callback_id, 'chatops.form');
      assert.deepEqual(JSON.parse(String(opened.view.private_metadata)), { channelId: 'C0ALERTS', messageId: prompt.ts, threadId: prompt.ts, workspaceId: 'T0001' });
      const actionIds = JSON.stringify(opened.view.blocks);
      assert.match(actionIds, /"action_id":"region"/);
      assert.match(actionIds, /"action_id":"reason"/);
    });

    it('handles the submitted form like a click, in the card thread', async () => {
      const opened = rig.slack.views.at(-1)!;
      const from = rig.slack.callsTo('chat.postMessage').length;
      const submission = {
        type: 'view_submission',
        team: { id: 'T0001', domain: 'example' },
        user: { id: 'U0ALICE', username: 'alice', name: 'alice', team_id: 'T0001' },
        api_app_id: 'A0APP',
        token: 'verification_token',
        trigger_id: '333.444.submit',
        view: {
          ...opened.view,
          id: 'V0FORM',
          team_id: 'T0001',
          state: { values: { region: { region: { type: 'static_select', selected_option: { text: { type: 'plain_text', text: 'eu-west-1' }, value: 'eu-west-1' } } }, reason: { reason: { type: 'plain_text_input', value: 'cost' } } } },
          hash: '1.x',
        },
        response_urls: [],
      };
      const res = await post(signedInteraction(submission));
      assert.equal(res.status, 200);
      assert.equal(await res.text(), '', 'an empty ack closes the modal');
      const call = await waitForPost(from, 'the submission answer');
      assert.equal(call.args.channel, 'C0ALERTS');
      assert.equal(call.args.thread_ts, prompt.ts);
    });
  });
});
