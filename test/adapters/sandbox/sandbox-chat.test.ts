import assert from 'node:assert/strict';
import { SandboxChat } from '../../../src/adapters/sandbox/sandbox-chat.js';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { ChatOpsError } from '../../../src/core/errors.js';
import type { SandboxMessage } from '../../../src/ports/store.js';
import { renderSlack } from '../../../src/render/slack.js';
import { renderTeams } from '../../../src/render/teams.js';
import { RecordingLogger } from '../../support/recording-logger.js';
import { alarmCard } from './support/sample-cards.js';
import { CHANNELS } from './support/sandbox-harness.js';

describe('sandbox chat', () => {
  let chat: SandboxChat;
  let published: SandboxMessage[];

  beforeEach(() => {
    chat = new SandboxChat({ store: createMemoryStore().sandbox, channels: CHANNELS, logger: new RecordingLogger() });
    published = [];
    chat.subscribe((m) => published.push(m));
  });

  it('posts a card as the bot with its Slack and Teams renderings', async () => {
    const card = alarmCard();
    const posted = await chat.post('sandbox-alerts', { card });
    const [stored] = await chat.messages('sandbox-alerts');
    assert.ok(stored);
    assert.deepEqual(posted, { messageId: stored.id, threadId: stored.id });
    assert.equal(stored.from, 'bot');
    assert.equal(stored.threadId, null);
    assert.equal(stored.text, card.fallbackText);
    assert.deepEqual(stored.card, card);
    assert.deepEqual(stored.slack, renderSlack(card));
    assert.deepEqual(stored.teams, renderTeams(card));
    assert.deepEqual(published, [stored]);
  });

  it('posts plain text without renderings', async () => {
    await chat.post('sandbox-alerts', { text: 'Working on it…' });
    const [stored] = await chat.messages('sandbox-alerts');
    assert.deepEqual([stored?.text, stored?.card, stored?.slack, stored?.teams], ['Working on it…', null, null, null]);
  });

  it("files a reply under the thread's first message, even when replying to a reply", async () => {
    const root = await chat.post('sandbox-alerts', { card: alarmCard() });
    const reply = await chat.post('sandbox-alerts', { text: 'first reply', threadId: root.messageId });
    const replyToReply = await chat.post('sandbox-alerts', { text: 'second reply', threadId: reply.messageId });
    assert.equal(reply.threadId, root.messageId);
    assert.equal(replyToReply.threadId, root.messageId);
    const threadIds = (await chat.messages('sandbox-alerts')).map((m) => m.threadId);
    assert.deepEqual(threadIds, [null, root.messageId, root.messageId]);
  });

  it('updates a card in place and publishes the update', async () => {
    const { messageId } = await chat.post('sandbox-alerts', { card: alarmCard() });
    const resolved = alarmCard({ title: 'OK: "api-5xx-rate"', severity: 'success', actions: [] });
    await chat.update('sandbox-alerts', messageId, { card: resolved });
    const messages = await chat.messages('sandbox-alerts');
    assert.equal(messages.length, 1);
    assert.deepEqual(messages[0]?.card, resolved);
    assert.deepEqual(messages[0]?.slack, renderSlack(resolved));
    assert.deepEqual(messages[0]?.teams, renderTeams(resolved));
    assert.deepEqual(published.map((m) => m.card?.title), [alarmCard().title, resolved.title]);
  });

  it('keeps user messages stored as the user wrote them', async () => {
    const message = await chat.postAsUser('sandbox-alerts', { user: 'maria', text: '@aws help' });
    assert.deepEqual([message.from, message.text, message.card, message.threadId], ['maria', '@aws help', null, null]);
    assert.deepEqual(published, [message]);
  });

  const rejectsWith = (code: string) => (e: unknown) => e instanceof ChatOpsError && e.code === code;

  it('refuses an unknown channel', async () => {
    await assert.rejects(chat.post('nowhere', { text: 'hi' }), rejectsWith('SANDBOX_CHANNEL_NOT_FOUND'));
    await assert.rejects(chat.messages('nowhere'), rejectsWith('SANDBOX_CHANNEL_NOT_FOUND'));
  });

  it('refuses a thread that is not in the channel', async () => {
    const other = await chat.post('sandbox-deployments', { text: 'deploy started' });
    await assert.rejects(chat.post('sandbox-alerts', { text: 'reply', threadId: other.messageId }), rejectsWith('SANDBOX_THREAD_NOT_FOUND'));
  });

  it('refuses to update a message that is not the bot’s or not there', async () => {
    const user = await chat.postAsUser('sandbox-alerts', { user: 'maria', text: 'hello' });
    await assert.rejects(chat.update('sandbox-alerts', user.id, { text: 'edited' }), rejectsWith('SANDBOX_MESSAGE_NOT_FOUND'));
    await assert.rejects(chat.update('sandbox-alerts', 'missing', { text: 'edited' }), rejectsWith('SANDBOX_MESSAGE_NOT_FOUND'));
  });

  it('refuses an empty message', async () => {
    await assert.rejects(chat.post('sandbox-alerts', {}), rejectsWith('SANDBOX_MESSAGE_INVALID'));
  });
});
