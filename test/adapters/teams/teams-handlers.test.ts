import assert from 'node:assert/strict';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { TeamsHandlers } from '../../../src/adapters/teams/teams-handlers.js';
import { teamsInbound } from '../../../src/adapters/teams/teams-inbound.js';
import { TeamsReferences } from '../../../src/adapters/teams/teams-references.js';
import type { Card } from '../../../src/core/card.js';
import type { Store } from '../../../src/ports/store.js';
import { FakeChat } from '../../support/fake-chat.js';
import { RecordingLogger } from '../../support/recording-logger.js';
import { PLAYGROUND, executeInvoke, installInChannel, mentionMessage, plainMessage } from './support/synthetic-activities.js';

const SERVICE = 'http://127.0.0.1:56150/_connector';
const approveCard: Card = { title: 'Stop i-0abc?', severity: 'high', sections: [{ type: 'text', text: 'The instance will stop.' }], actions: [{ type: 'button', id: 'approve', label: 'Approve', value: 'opaque-1' }] };

/** A clock that moves one second each time it is read: every store write gets a new time. */
function tickingClock() {
  let t = Date.parse('2026-11-23T10:00:00Z');
  return { now: () => new Date((t += 1000)) };
}

function handlers(store: Store, chat = new FakeChat('teams')) {
  const logger = new RecordingLogger();
  const h = new TeamsHandlers({
    chat,
    conversations: store.teamsConversations,
    references: new TeamsReferences(store.teamsConversations, { now: () => new Date('2026-11-23T10:00:00Z') }),
    preferences: store.preferences,
    configurations: [],
    logger,
  });
  return { h, chat, logger };
}

describe('Teams handlers', () => {
  it('answers a mention only after Teams has its answer, in the thread of the post', async () => {
    const { h, chat } = handlers(createMemoryStore());
    const answer = await h.handle(teamsInbound(mentionMessage(SERVICE, 'help', { id: '1795461779956' })));
    assert.equal(answer, undefined, '200 with no body');
    assert.equal(chat.posts.length, 0, 'nothing is posted before the answer');
    await h.idle();
    assert.deepEqual(chat.posts.map((p) => [p.channelId, p.replyTo, p.card?.title]), [[PLAYGROUND.channelId, '1795461779956', 'aws-chatops help']]);
  });

  it('writes an unchanged conversation reference once, however many messages arrive', async () => {
    const store = createMemoryStore({ clock: tickingClock() });
    const { h } = handlers(store);
    await h.handle(teamsInbound(plainMessage(SERVICE, 'chatter 0')));
    await h.idle();
    const first = (await store.teamsConversations.get(PLAYGROUND.channelId))?.updatedAt;
    assert.ok(first);
    for (let i = 1; i < 5; i++) await h.handle(teamsInbound(plainMessage(SERVICE, `chatter ${i}`)));
    await h.idle();
    assert.equal((await store.teamsConversations.get(PLAYGROUND.channelId))?.updatedAt, first, 'not written again');
    await h.handle(teamsInbound(installInChannel(SERVICE)));
    assert.notEqual((await store.teamsConversations.get(PLAYGROUND.channelId))?.updatedAt, first, 'an install always writes');
  });

  it('refreshes a click on a card it no longer remembers with a small status card', async () => {
    const { h, chat } = handlers(createMemoryStore());
    const answer = await h.handle(teamsInbound(executeInvoke(SERVICE, '1795461855170', { actionId: 'approve', value: 'opaque-1' })));
    assert.match(JSON.stringify(answer?.body), /Running… \(Alex Wilber clicked approve\)/);
    await h.idle();
    assert.equal(chat.posts[0]?.replyTo, '1795461855170', 'the answer goes in the card thread');
    assert.match(JSON.stringify(chat.updates[0]?.card), /✓ Alex Wilber clicked approve — answered in the thread/);
  });

  it('gives the buttons back with a failure status when the answer to a click cannot be posted', async () => {
    const store = createMemoryStore();
    await store.teamsConversations.rememberCard(PLAYGROUND.channelId, '1795461855170', approveCard);
    const chat = new FakeChat('teams');
    chat.failNext(1, FakeChat.outage);
    const { h, logger } = handlers(store, chat);
    await h.handle(teamsInbound(executeInvoke(SERVICE, '1795461855170', { actionId: 'approve', value: 'opaque-1' })));
    await h.idle();
    const card = chat.updates[0]?.card;
    assert.match(JSON.stringify(card), /✗ Alex Wilber clicked Approve, but the answer could not be posted/);
    assert.deepEqual(card?.actions, approveCard.actions);
    assert.ok(logger.lines.some((l) => l.level === 'error' && l.fields?.code === 'CHAT_HTTP_500'));
  });
});
