import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from '@microsoft/teams.api';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { TeamsChat, type TeamsChatOptions } from '../../../src/adapters/teams/teams-chat.js';
import type { Card } from '../../../src/core/card.js';
import { ChatSendError } from '../../../src/ports/chat.js';
import type { TeamsConversationStore } from '../../../src/ports/teams-conversations.js';
import { RecordingLogger } from '../../support/recording-logger.js';
import { FAKE_TEAMS, startTeamsConnector, type TeamsConnector } from '../../support/teams-connector/index.js';

/** Looks like the bot token Entra gives (a JWT); the tests check it never reaches an error. */
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0.c2lnbmF0dXJlLW9mLXRlc3QtdG9rZW4';
const card = (title: string): Card => ({ title, severity: 'high', sections: [{ type: 'text', text: `${title} body` }] });

async function sendError(promise: Promise<unknown>, expected: { kind: ChatSendError['kind']; code: string; message?: RegExp; retryAfterMs?: number }): Promise<ChatSendError> {
  const error = await promise.then(
    () => assert.fail('expected the call to fail'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof ChatSendError, `not a ChatSendError: ${String(error)}`);
  assert.deepEqual([error.kind, error.code], [expected.kind, expected.code]);
  if (expected.message) assert.match(error.message, expected.message);
  if (expected.retryAfterMs !== undefined) assert.equal(error.retryAfterMs, expected.retryAfterMs);
  assert.ok(!JSON.stringify({ message: error.message, cause: String(error.cause) }).includes(TOKEN), 'the token is in the error');
  return error;
}

describe('Teams chat failures and the bot token', function () {
  let connector: TeamsConnector;
  let conversations: TeamsConversationStore;
  let logger: RecordingLogger;
  const chatWith = (options: Partial<TeamsChatOptions> = {}) => new TeamsChat({ conversations, clientFor: (url) => new Client(url, { token: () => TOKEN }), logger, ...options });

  before(async function () {
    connector = await startTeamsConnector();
  });
  after(() => connector.close());

  beforeEach(async function () {
    connector.reset();
    conversations = createMemoryStore().teamsConversations;
    logger = new RecordingLogger();
    for (const conversationId of [FAKE_TEAMS.channelId, FAKE_TEAMS.removedChannelId, '19:deleted@thread.tacv2']) {
      await conversations.save({ conversationId, conversationType: 'channel', serviceUrl: connector.url, teamId: FAKE_TEAMS.teamId });
    }
  });

  it('sends the bot token on every call when the client is built with a token factory', async function () {
    const posted = await chatWith().post(FAKE_TEAMS.channelId, { card: card('CPU high') });
    await chatWith().update(FAKE_TEAMS.channelId, posted.messageId, { card: card('CPU ok') });
    assert.deepEqual(
      connector.requests.map((r) => r.authorization),
      [`Bearer ${TOKEN}`, `Bearer ${TOKEN}`],
    );
  });

  it('sends no Authorization header without credentials (the Agents Playground)', async function () {
    await chatWith({ clientFor: (url) => new Client(url) }).post(FAKE_TEAMS.channelId, { card: card('CPU high') });
    assert.equal(connector.requests[0]?.headers.authorization, undefined);
  });

  it('surfaces a 429 as rate limited with Retry-After in seconds', async function () {
    connector.rateLimit(1, 7);
    await sendError(chatWith().post(FAKE_TEAMS.channelId, { card: card('CPU high') }), { kind: 'rate-limited', code: 'TooManyRequests', retryAfterMs: 7_000 });
  });

  it('reads a Retry-After given as an HTTP date against its clock', async function () {
    const now = new Date('2026-11-23T10:00:00Z');
    connector.failNext(429, { error: { code: 'Throttled', message: 'slow down' } }, { 'retry-after': 'Mon, 23 Nov 2026 10:00:30 GMT' });
    await sendError(chatWith({ clock: { now: () => now } }).post(FAKE_TEAMS.channelId, { card: card('CPU high') }), { kind: 'rate-limited', code: 'Throttled', retryAfterMs: 30_000 });
  });

  it('tells that aws was removed from a channel (403), and what to do', async function () {
    await sendError(chatWith().post(FAKE_TEAMS.removedChannelId, { card: card('CPU high') }), {
      kind: 'permanent',
      code: 'BotNotInConversationRoster',
      message: /aws is not in conversation 19:removed@thread\.tacv2 any more \(it was removed, or the channel is private and the app isn't added to it\)\. Add the app to the team again\./,
    });
  });

  it('tells that a conversation is gone (404 ConversationNotFound)', async function () {
    await sendError(chatWith().post('19:deleted@thread.tacv2', { card: card('CPU high') }), { kind: 'permanent', code: 'ConversationNotFound', message: /was deleted, or the app was removed/ });
  });

  it('tells that the message to update is gone (404 ActivityNotFoundInConversation)', async function () {
    await sendError(chatWith().update(FAKE_TEAMS.channelId, '1700000000000', { card: card('OK') }), {
      kind: 'permanent',
      code: 'ActivityNotFoundInConversation',
      message: /could not find message 1700000000000 in conversation 19:alerts@thread\.tacv2/,
    });
  });

  it('refuses credentials Teams rejects (401) and a message it calls invalid (400), for good', async function () {
    connector.failNext(401, { message: 'Authorization has been denied for this request.' });
    await sendError(chatWith().post(FAKE_TEAMS.channelId, { card: card('x') }), { kind: 'permanent', code: 'http_401', message: /CLIENT_ID, CLIENT_SECRET and TENANT_ID/ });
    connector.failNext(400, { error: { code: 'BadSyntax', message: 'Invalid activity' } });
    await sendError(chatWith().post(FAKE_TEAMS.channelId, { card: card('x') }), { kind: 'permanent', code: 'BadSyntax', message: /bug in aws-chatops/ });
  });

  it('retries after a 5xx', async function () {
    connector.failNext(503);
    await sendError(chatWith().post(FAKE_TEAMS.channelId, { card: card('x') }), { kind: 'transient', code: 'ServiceUnavailable', message: /retrying/ });
  });

  it('retries when the connector refuses the connection or does not answer in time', async function () {
    const closed = await startTeamsConnector();
    await closed.close();
    await conversations.save({ conversationId: FAKE_TEAMS.groupChatId, conversationType: 'groupChat', serviceUrl: closed.url });
    await sendError(chatWith().post(FAKE_TEAMS.groupChatId, { card: card('x') }), { kind: 'transient', code: 'network_error', message: /ECONNREFUSED/ });

    const silent: Server = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      await conversations.save({ conversationId: FAKE_TEAMS.groupChatId, conversationType: 'groupChat', serviceUrl: `http://127.0.0.1:${(silent.address() as AddressInfo).port}` });
      await sendError(chatWith({ timeoutMs: 50 }).post(FAKE_TEAMS.groupChatId, { card: card('x') }), { kind: 'transient', code: 'timeout' });
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('posts to a channel it was never told about through the connector of the conversation seen last', async function () {
    connector.addConversation({ id: '19:second-channel@thread.tacv2', type: 'channel', teamId: FAKE_TEAMS.teamId });
    const posted = await chatWith().post('19:second-channel@thread.tacv2', { card: card('CPU high') });
    assert.equal(connector.messages('19:second-channel@thread.tacv2').map((m) => m.id).join(), posted.messageId);
  });

  it('refuses a conversation it never saw when it knows no conversation and there is no SERVICE_URL, without calling Teams', async function () {
    const empty = createMemoryStore().teamsConversations;
    await sendError(chatWith({ conversations: empty }).post('19:never-seen@thread.tacv2', { card: card('x') }), {
      kind: 'permanent',
      code: 'conversation_unknown',
      message: /install the app in the team .*before notifications can be posted/,
    });
    assert.deepEqual(connector.requests, []);
  });

  it('refuses a message with neither card nor text', async function () {
    await sendError(chatWith().post(FAKE_TEAMS.channelId, { text: '  ' }), { kind: 'permanent', code: 'no_text' });
  });
});
