import assert from 'node:assert/strict';
import type { SandboxMessageJson } from '../../../src/adapters/sandbox/sandbox-message-json.js';
import { ChatOpsError } from '../../../src/core/errors.js';
import { renderSlack } from '../../../src/render/slack.js';
import { renderTeams } from '../../../src/render/teams.js';
import { alarmCard } from './support/sample-cards.js';
import { CONFIGURATIONS, SAMPLES, startSandbox } from './support/sandbox-harness.js';
import type { SandboxHarness } from './support/sandbox-harness.js';

interface ErrorJson {
  error: { code: string; message: string };
}

describe('sandbox API', () => {
  let sandbox: SandboxHarness;
  beforeEach(async () => {
    sandbox = await startSandbox();
  });
  afterEach(() => sandbox.close());

  const get = async (path: string) => fetch(`${sandbox.url}${path}`);
  const post = async (path: string, body: unknown) =>
    fetch(`${sandbox.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const messages = async (channelId = 'sandbox-alerts') => (await (await get(`/sandbox/api/channels/${channelId}/messages`)).json()) as SandboxMessageJson[];

  describe('channels and messages', () => {
    it('lists the sandbox channels', async () => {
      const res = await get('/sandbox/api/channels');
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), [
        { id: 'sandbox-alerts', name: 'alerts' },
        { id: 'sandbox-deployments', name: 'deployments' },
      ]);
    });

    it('lists a channel’s messages oldest first, cards in their latest state', async () => {
      const card = alarmCard();
      const first = await sandbox.chat.post('sandbox-alerts', { card });
      await sandbox.chat.post('sandbox-alerts', { text: 'looking', threadId: first.messageId });
      const resolved = alarmCard({ title: 'OK: "api-5xx-rate"', severity: 'success' });
      await sandbox.chat.update('sandbox-alerts', first.messageId, { card: resolved });

      const listed = await messages();
      assert.deepEqual(
        listed.map(({ id, threadId, from, text }) => ({ id, threadId, from, text })),
        [
          { id: first.messageId, threadId: null, from: 'bot', text: card.fallbackText },
          { id: listed[1]?.id, threadId: first.messageId, from: 'bot', text: 'looking' },
        ],
      );
      assert.deepEqual(listed[0]?.card, resolved);
      assert.deepEqual(listed[0]?.slack, renderSlack(resolved));
      assert.deepEqual(listed[0]?.teams, renderTeams(resolved));
    });

    it('answers 404 for the messages of an unknown channel', async () => {
      const res = await get('/sandbox/api/channels/nowhere/messages');
      assert.equal(res.status, 404);
      assert.equal(((await res.json()) as ErrorJson).error.code, 'SANDBOX_CHANNEL_NOT_FOUND');
    });
  });

  describe('a user writing in a channel', () => {
    it('stores the message and hands it on as a sandbox chat event', async () => {
      const res = await post('/sandbox/api/channels/sandbox-alerts/messages', { user: 'maria', text: '@aws help' });
      assert.equal(res.status, 202);
      const { id } = (await res.json()) as { id: string };
      const event = await sandbox.chatEvents.next();
      assert.deepEqual(event, { platform: 'sandbox', channelId: 'sandbox-alerts', messageId: id, user: { id: 'maria', name: 'maria' }, text: '@aws help' });
      const [stored] = await messages();
      assert.deepEqual([stored?.id, stored?.from, stored?.text, stored?.card], [id, 'maria', '@aws help', null]);
    });

    it('replies in a thread', async () => {
      const root = await sandbox.chat.post('sandbox-alerts', { card: alarmCard() });
      const res = await post('/sandbox/api/channels/sandbox-alerts/messages', { user: 'maria', text: '@aws describe', threadId: root.messageId });
      assert.equal(res.status, 202);
      assert.equal((await sandbox.chatEvents.next()).threadId, root.messageId);
      assert.equal((await messages())[1]?.threadId, root.messageId);
    });

    it('says which field is wrong', async () => {
      const res = await post('/sandbox/api/channels/sandbox-alerts/messages', { user: '', text: 42 });
      assert.equal(res.status, 400);
      const { error } = (await res.json()) as ErrorJson;
      assert.equal(error.code, 'SANDBOX_BAD_REQUEST');
      assert.match(error.message, /user: must not be empty/);
      assert.match(error.message, /text: must be a string/);
    });

    it('refuses a body that is not JSON', async () => {
      const res = await fetch(`${sandbox.url}/sandbox/api/channels/sandbox-alerts/messages`, { method: 'POST', body: 'user=maria' });
      assert.equal(res.status, 400);
      assert.match(((await res.json()) as ErrorJson).error.message, /body: expected a JSON object/);
    });

    it('keeps "bot" for the app', async () => {
      const res = await post('/sandbox/api/channels/sandbox-alerts/messages', { user: 'Bot', text: 'I am the bot' });
      assert.equal(res.status, 400);
      assert.match(((await res.json()) as ErrorJson).error.message, /user: "bot" is reserved/);
    });

    it('answers 404 for an unknown channel or thread', async () => {
      const channel = await post('/sandbox/api/channels/nowhere/messages', { user: 'maria', text: 'hi' });
      assert.equal(channel.status, 404);
      const thread = await post('/sandbox/api/channels/sandbox-alerts/messages', { user: 'maria', text: 'hi', threadId: 'missing' });
      assert.equal(thread.status, 404);
      assert.equal(((await thread.json()) as ErrorJson).error.code, 'SANDBOX_THREAD_NOT_FOUND');
    });

    it('tells the channel when handling the message fails', async () => {
      await sandbox.close();
      sandbox = await startSandbox({
        onChatMessage: async () => {
          throw new ChatOpsError('COMMAND_UNKNOWN', 'I don’t know "frobnicate".');
        },
      });
      const botReply = new Promise<SandboxMessageJson>((resolve) => sandbox.chat.subscribe((m) => m.from === 'bot' && resolve(m as SandboxMessageJson)));
      const res = await post('/sandbox/api/channels/sandbox-alerts/messages', { user: 'maria', text: '@aws frobnicate' });
      const { id } = (await res.json()) as { id: string };
      const reply = await botReply;
      assert.deepEqual([reply.threadId, reply.text], [id, '⚠️ COMMAND_UNKNOWN: I don’t know "frobnicate".']);
    });
  });

  describe('actions', () => {
    it('hands a button click on with the value from the stored card', async () => {
      const { messageId } = await sandbox.chat.post('sandbox-alerts', { card: alarmCard() });
      const res = await post('/sandbox/api/actions', { messageId, actionId: 'ack', user: 'maria' });
      assert.equal(res.status, 202);
      assert.deepEqual(await sandbox.actionEvents.next(), {
        platform: 'sandbox',
        channelId: 'sandbox-alerts',
        messageId,
        threadId: messageId,
        actionId: 'ack',
        value: 'token-ack-123',
        user: { id: 'maria', name: 'maria' },
        values: {},
      });
    });

    it('hands a select choice on with the chosen option and the form values', async () => {
      const { messageId } = await sandbox.chat.post('sandbox-alerts', { card: alarmCard() });
      const res = await post('/sandbox/api/actions', { messageId, actionId: 'assign', user: 'maria', values: { assign: 'payments', note: 'on it' } });
      assert.equal(res.status, 202);
      const event = await sandbox.actionEvents.next();
      assert.equal(event.value, 'payments');
      assert.deepEqual(event.values, { assign: 'payments', note: 'on it' });
    });

    it('answers 404 for an unknown message', async () => {
      const res = await post('/sandbox/api/actions', { messageId: 'missing', actionId: 'ack', user: 'maria' });
      assert.equal(res.status, 404);
      assert.equal(((await res.json()) as ErrorJson).error.code, 'SANDBOX_MESSAGE_NOT_FOUND');
    });

    it('answers 400 for an action that is not on the card', async () => {
      const { messageId } = await sandbox.chat.post('sandbox-alerts', { card: alarmCard() });
      const res = await post('/sandbox/api/actions', { messageId, actionId: 'delete-everything', user: 'maria' });
      assert.equal(res.status, 400);
      assert.equal(((await res.json()) as ErrorJson).error.code, 'SANDBOX_ACTION_INVALID');
      assert.equal(sandbox.actionEvents.received.length, 0);
    });

    it('answers 400 for a select value that is not an option', async () => {
      const { messageId } = await sandbox.chat.post('sandbox-alerts', { card: alarmCard() });
      const res = await post('/sandbox/api/actions', { messageId, actionId: 'assign', user: 'maria', values: { assign: 'root' } });
      assert.equal(res.status, 400);
    });

    it('says which field is wrong', async () => {
      const res = await post('/sandbox/api/actions', { actionId: 'ack', user: 'maria', values: { n: 1 } });
      assert.equal(res.status, 400);
      const { error } = (await res.json()) as ErrorJson;
      assert.equal(error.code, 'SANDBOX_BAD_REQUEST');
      assert.match(error.message, /messageId: is required/);
      assert.match(error.message, /values\.n: must map names to strings/);
    });
  });

  describe('page data', () => {
    it('lists the configurations and the sample events', async () => {
      assert.deepEqual(await (await get('/sandbox/api/configurations')).json(), CONFIGURATIONS);
      assert.deepEqual(await (await get('/sandbox/api/samples')).json(), SAMPLES);
    });

    it('serves the page from / and /sandbox/, with a content security policy', async () => {
      const root = await get('/');
      assert.equal(root.url, `${sandbox.url}/sandbox/`);
      assert.match(await root.text(), /<title>[^<]*sandbox/i);
      assert.match(root.headers.get('content-security-policy') ?? '', /script-src 'self'/);
      for (const asset of ['/sandbox/app.js', '/sandbox/style.css']) assert.equal((await get(asset)).status, 200, asset);
    });

    it('serves the Adaptive Cards bundle', async () => {
      const res = await get('/sandbox/vendor/adaptivecards.js');
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /javascript/);
      assert.match(await res.text(), /AdaptiveCards/);
    });

    it('answers an unknown API path with a JSON 404', async () => {
      const res = await get('/sandbox/api/nothing');
      assert.equal(res.status, 404);
      assert.equal(((await res.json()) as ErrorJson).error.code, 'HTTP_NOT_FOUND');
    });
  });
});
