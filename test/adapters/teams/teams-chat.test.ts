import assert from 'node:assert/strict';
import { Client } from '@microsoft/teams.api';
import { TeamsChat } from '../../../src/adapters/teams/teams-chat.js';
import type { Card } from '../../../src/core/card.js';
import { NotificationEngine } from '../../../src/notifications/engine.js';
import { notificationToCard } from '../../../src/notifications/to-card.js';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import type { TeamsConversationStore } from '../../../src/ports/teams-conversations.js';
import { readFixture } from '../../support/fixtures.js';
import { RecordingLogger } from '../../support/recording-logger.js';
import { FAKE_TEAMS, startTeamsConnector, type TeamsConnector } from '../../support/teams-connector/index.js';

/** A real CloudWatch alarm, as the notification pipeline makes it. */
function alarmCard(): Card {
  const [notification] = new NotificationEngine().notifications(readFixture('cloudwatch/alarm-sns-message-single-metric-alarm.json'));
  assert.ok(notification);
  return notificationToCard(notification);
}

const card = (title: string): Card => ({ title, severity: 'high', sections: [{ type: 'text', text: `${title} body` }], actions: [{ type: 'button', id: 'ack', label: 'Acknowledge', value: 'opaque-1' }] });
const shown = (c: unknown) => JSON.stringify(c);

describe('Teams chat (proactive posts, against the fake Bot Connector)', function () {
  let connector: TeamsConnector;
  let conversations: TeamsConversationStore;
  let logger: RecordingLogger;
  let chat: TeamsChat;

  before(async function () {
    connector = await startTeamsConnector({ basePath: '/_connector' });
  });
  after(() => connector.close());

  beforeEach(async function () {
    connector.reset();
    conversations = createMemoryStore().teamsConversations;
    logger = new RecordingLogger();
    // As Teams sends it: with a trailing slash, which the chat drops before the SDK appends /v3/….
    for (const [conversationId, conversationType] of [
      [FAKE_TEAMS.channelId, 'channel'],
      [FAKE_TEAMS.groupChatId, 'groupChat'],
      [FAKE_TEAMS.personalChatId, 'personal'],
    ] as const) {
      await conversations.save({ conversationId, conversationType, serviceUrl: `${connector.url}/`, teamId: conversationType === 'channel' ? FAKE_TEAMS.teamId : undefined });
    }
    chat = new TeamsChat({ conversations, clientFor: (url) => new Client(url), logger });
  });

  afterEach(function () {
    assert.deepEqual(logger.warnings, []);
  });

  it('posts a notification card as a new thread in the channel', async function () {
    const posted = await chat.post(FAKE_TEAMS.channelId, { card: alarmCard() });
    assert.equal(posted.threadId, posted.messageId);
    assert.deepEqual(
      connector.requests.map((r) => [r.method, r.conversationId]),
      [['POST', FAKE_TEAMS.channelId]],
    );
    const [message] = connector.messages(FAKE_TEAMS.channelId);
    assert.equal(message?.id, posted.messageId);
    assert.equal(message?.threadId, posted.messageId);
    assert.match(shown(message?.card), /ALARM/);
  });

  it('replies in the thread of an earlier post through the thread conversation id', async function () {
    const first = await chat.post(FAKE_TEAMS.channelId, { card: card('Pipeline failed') });
    const reply = await chat.post(FAKE_TEAMS.channelId, { card: card('Pipeline retried'), threadId: first.messageId });
    assert.equal(reply.threadId, first.messageId);
    assert.notEqual(reply.messageId, first.messageId);
    assert.equal(connector.requests[1]?.conversationId, `${FAKE_TEAMS.channelId};messageid=${first.messageId}`);
    assert.deepEqual(
      connector.messages(`${FAKE_TEAMS.channelId};messageid=${first.messageId}`).map((m) => m.id),
      [first.messageId, reply.messageId],
    );
  });

  it('takes a thread given in the channel id itself, as Teams names a thread conversation', async function () {
    const first = await chat.post(FAKE_TEAMS.channelId, { card: card('Pipeline failed') });
    const reply = await chat.post(`${FAKE_TEAMS.channelId};messageid=${first.messageId}`, { text: 'Looking at it' });
    assert.equal(reply.threadId, first.messageId);
    assert.equal(connector.requests[1]?.conversationId, `${FAKE_TEAMS.channelId};messageid=${first.messageId}`);
  });

  it('updates the first card in place, and a reply inside the thread through the channel id too', async function () {
    const first = await chat.post(FAKE_TEAMS.channelId, { card: card('Alarm: ALARM') });
    const reply = await chat.post(FAKE_TEAMS.channelId, { card: card('Still firing'), threadId: first.messageId });
    await chat.update(FAKE_TEAMS.channelId, first.messageId, { card: card('Alarm: OK') });
    await chat.update(FAKE_TEAMS.channelId, reply.messageId, { text: 'Resolved' });
    assert.deepEqual(
      connector.requests.filter((r) => r.method === 'PUT').map((r) => [r.conversationId, r.activityId]),
      [
        [FAKE_TEAMS.channelId, first.messageId],
        [FAKE_TEAMS.channelId, reply.messageId],
      ],
    );
    const [root, answer] = connector.messages(FAKE_TEAMS.channelId);
    assert.match(shown(root?.card), /Alarm: OK/);
    assert.doesNotMatch(shown(root?.card), /Alarm: ALARM/);
    assert.deepEqual([answer?.text, answer?.card, answer?.threadId], ['Resolved', undefined, first.messageId]);
  });

  it('posts in a personal chat, which has no threads, and keeps the thread the core asked for', async function () {
    const first = await chat.post(FAKE_TEAMS.personalChatId, { card: card('Your support case was updated') });
    const next = await chat.post(FAKE_TEAMS.personalChatId, { text: 'A second update', threadId: first.messageId });
    assert.equal(first.threadId, first.messageId);
    assert.deepEqual(next.threadId, first.messageId);
    assert.deepEqual(
      connector.requests.map((r) => r.conversationId),
      [FAKE_TEAMS.personalChatId, FAKE_TEAMS.personalChatId],
    );
    assert.deepEqual(
      connector.messages(FAKE_TEAMS.personalChatId).map((m) => m.id),
      [first.messageId, next.messageId],
    );
  });

  it('posts in a group chat without a thread id either', async function () {
    const first = await chat.post(FAKE_TEAMS.groupChatId, { card: card('Deploy started') });
    await chat.post(FAKE_TEAMS.groupChatId, { card: card('Deploy done'), threadId: first.messageId });
    assert.deepEqual(
      connector.requests.map((r) => r.conversationId),
      [FAKE_TEAMS.groupChatId, FAKE_TEAMS.groupChatId],
    );
  });

  it('remembers every card it posts or updates, so a click can refresh it in place', async function () {
    const posted = await chat.post(FAKE_TEAMS.channelId, { card: card('Stop i-0abc?') });
    assert.deepEqual(await conversations.card(FAKE_TEAMS.channelId, posted.messageId), card('Stop i-0abc?'));
    await chat.update(FAKE_TEAMS.channelId, posted.messageId, { card: card('Stopping i-0abc…') });
    assert.deepEqual(await conversations.card(FAKE_TEAMS.channelId, posted.messageId), card('Stopping i-0abc…'));
    const reply = await chat.post(FAKE_TEAMS.channelId, { card: card('Stopped'), threadId: posted.messageId });
    assert.deepEqual(await conversations.card(FAKE_TEAMS.channelId, reply.messageId), card('Stopped'), 'kept under the channel id, not the thread form');
  });

  it('still returns the posted message when the card cannot be remembered, and logs why', async function () {
    const failing: TeamsConversationStore = { ...conversations, rememberCard: () => Promise.reject(new Error('disk full')) };
    const forgetful = new TeamsChat({ conversations: failing, clientFor: (url) => new Client(url), logger });
    const posted = await forgetful.post(FAKE_TEAMS.channelId, { card: card('CPU high') });
    assert.equal(connector.messages(FAKE_TEAMS.channelId)[0]?.id, posted.messageId);
    assert.deepEqual(
      logger.lines.map((l) => [l.level, l.fields?.activityId, l.fields?.reason]),
      [['warn', posted.messageId, 'disk full']],
    );
    logger.lines.length = 0;
  });

  it('posts text alone as markdown that shows the text as written', async function () {
    const posted = await chat.post(FAKE_TEAMS.channelId, { text: 'Deploy *finished* in <prod>\nsecond line' });
    const [message] = connector.messages(FAKE_TEAMS.channelId);
    assert.equal(message?.textFormat, 'markdown');
    assert.equal(message?.card, undefined);
    assert.match(message?.text ?? '', /Deploy \\\*finished\\\* in/);
    assert.match(message?.text ?? '', /\n\nsecond line$/);
    assert.equal(await conversations.card(FAKE_TEAMS.channelId, posted.messageId), undefined);
  });

  it('posts through SERVICE_URL to a conversation it has no reference for', async function () {
    const channel = '19:new-channel@thread.tacv2';
    connector.addConversation({ id: channel, type: 'channel', teamId: FAKE_TEAMS.teamId });
    const withDefault = new TeamsChat({ conversations, clientFor: (url) => new Client(url), defaultServiceUrl: connector.url, logger });
    const first = await withDefault.post(channel, { card: card('hello') });
    await withDefault.post(channel, { card: card('again'), threadId: first.messageId });
    assert.deepEqual(
      connector.requests.map((r) => r.conversationId),
      [channel, `${channel};messageid=${first.messageId}`],
    );
  });
});
