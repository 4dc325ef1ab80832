import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Card } from '../../../src/core/card.js';
import type { TeamsConversationRef } from '../../../src/ports/teams-conversations.js';
import { openedStores, type StoreSuite } from './store-backings.js';

/** Fresh ids, so tests sharing one backing never see each other's rows. */
const unique = () => randomUUID().replaceAll('-', '').slice(0, 16);
const channelId = () => `19:${unique()}@thread.tacv2`;
const SERVICE_URL = 'https://smba.trafficmanager.net/amer/';

function channelOf(teamId: string, id = channelId()): TeamsConversationRef {
  return { conversationId: id, conversationType: 'channel', serviceUrl: SERVICE_URL, tenantId: 'b28fdbfd-2b78-4f93-b0f8-8881793f0f8f', teamId, botId: '28:608cacfd-1cea-40c9-b678-4b93e69bb72b' };
}

const card = (title: string): Card => ({ title, severity: 'high', sections: [{ type: 'text', text: `${title}: "quoted" <b>not bold</b> ünïcode` }], actions: [{ type: 'button', id: 'ack', label: 'Acknowledge', value: 'opaque-1' }] });

/** What every Store must do with Teams conversation references and remembered cards. */
export const teamsConversationsContract: StoreSuite = (name, createBacking, traits) => {
  describe(`teams conversations store contract: ${name}`, function () {
    this.timeout(120_000);
    const stores = openedStores(createBacking);
    const without = ({ updatedAt, ...ref }: TeamsConversationRef) => (assert.ok(updatedAt && !Number.isNaN(Date.parse(updatedAt)), 'updatedAt is a time'), ref);

    it('keeps a channel reference with when it was last seen, for every replica', async function () {
      const ref = channelOf(`19:${unique()}@thread.tacv2`);
      await stores.store.teamsConversations.save(ref);
      assert.deepEqual(without((await stores.store.teamsConversations.get(ref.conversationId))!), ref);
      assert.deepEqual(without((await stores.other.teamsConversations.get(ref.conversationId))!), ref);
      assert.equal(await stores.store.teamsConversations.get(channelId()), undefined);
    });

    it('keeps a personal chat with only what it has', async function () {
      const ref: TeamsConversationRef = { conversationId: `a:${unique()}`, conversationType: 'personal', serviceUrl: SERVICE_URL };
      await stores.store.teamsConversations.save(ref);
      assert.deepEqual(without((await stores.store.teamsConversations.get(ref.conversationId))!), ref);
    });

    it('replaces a reference saved again (a new service URL, the team now known)', async function () {
      const ref: TeamsConversationRef = { conversationId: `19:${unique()}@thread.v2`, conversationType: 'groupChat', serviceUrl: SERVICE_URL, botId: '28:old' };
      await stores.store.teamsConversations.save(ref);
      const moved: TeamsConversationRef = { conversationId: ref.conversationId, conversationType: 'groupChat', serviceUrl: 'https://smba.trafficmanager.net/emea/', tenantId: 't1' };
      await stores.other.teamsConversations.save(moved);
      assert.deepEqual(without((await stores.store.teamsConversations.get(ref.conversationId))!), moved);
    });

    it('lists the channels of a team, with the team itself, and no other team', async function () {
      const team = `19:${unique()}@thread.tacv2`;
      const general = channelOf(team, team);
      const alerts = channelOf(team);
      await stores.store.teamsConversations.save(alerts);
      await stores.store.teamsConversations.save(general);
      await stores.store.teamsConversations.save(channelOf(`19:${unique()}@thread.tacv2`));
      const found = await stores.other.teamsConversations.ofTeam(team);
      assert.deepEqual(found.map(without).sort(byId), [general, alerts].sort(byId));
      assert.deepEqual(await stores.store.teamsConversations.ofTeam(`19:${unique()}@thread.tacv2`), []);
    });

    it('gives the reference seen last, for a channel the bot was never told about', async function () {
      const first = channelOf(`19:${unique()}@thread.tacv2`);
      const second = { ...channelOf(`19:${unique()}@thread.tacv2`), serviceUrl: 'https://smba.trafficmanager.net/emea/' };
      await stores.store.teamsConversations.save(first);
      await stores.store.teamsConversations.save(second);
      assert.equal((await stores.other.teamsConversations.latest())?.conversationId, second.conversationId);
      await stores.store.teamsConversations.save(first);
      assert.equal((await stores.other.teamsConversations.latest())?.conversationId, first.conversationId);
    });

    it('removes one conversation and says whether there was one', async function () {
      const ref = channelOf(`19:${unique()}@thread.tacv2`);
      await stores.store.teamsConversations.save(ref);
      assert.equal(await stores.store.teamsConversations.remove(ref.conversationId), true);
      assert.equal(await stores.other.teamsConversations.get(ref.conversationId), undefined);
      assert.equal(await stores.store.teamsConversations.remove(ref.conversationId), false);
    });

    it('removes every channel of a team and the team itself when the app is uninstalled', async function () {
      const team = `19:${unique()}@thread.tacv2`;
      const kept = channelOf(`19:${unique()}@thread.tacv2`);
      const chat: TeamsConversationRef = { conversationId: `a:${unique()}`, conversationType: 'personal', serviceUrl: SERVICE_URL };
      for (const ref of [channelOf(team, team), channelOf(team), channelOf(team), kept, chat]) await stores.store.teamsConversations.save(ref);
      assert.equal(await stores.other.teamsConversations.removeTeam(team), 3);
      assert.deepEqual(await stores.store.teamsConversations.ofTeam(team), []);
      assert.ok(await stores.store.teamsConversations.get(kept.conversationId));
      assert.ok(await stores.store.teamsConversations.get(chat.conversationId));
      assert.equal(await stores.store.teamsConversations.removeTeam(team), 0);
    });

    it('remembers the card of a message as it was, for every replica', async function () {
      const conversation = channelId();
      await stores.store.teamsConversations.rememberCard(conversation, '1795461855170', card('CPU high'));
      assert.deepEqual(await stores.other.teamsConversations.card(conversation, '1795461855170'), card('CPU high'));
      assert.equal(await stores.store.teamsConversations.card(conversation, '1795461855171'), undefined);
      assert.equal(await stores.store.teamsConversations.card(channelId(), '1795461855170'), undefined);
    });

    it('replaces a remembered card when the message is updated', async function () {
      const conversation = channelId();
      await stores.store.teamsConversations.rememberCard(conversation, '42', card('Running…'));
      await stores.other.teamsConversations.rememberCard(conversation, '42', card('Done'));
      assert.deepEqual(await stores.store.teamsConversations.card(conversation, '42'), card('Done'));
    });

    it('prunes cards written before a time and keeps newer ones', async function () {
      const conversation = channelId();
      await stores.store.teamsConversations.rememberCard(conversation, '1', card('old'));
      const future = new Date(Date.now() + 3_600_000).toISOString();
      const past = new Date(Date.now() - 3_600_000).toISOString();
      assert.equal(await stores.store.teamsConversations.pruneCards(past), 0);
      assert.ok(await stores.store.teamsConversations.card(conversation, '1'));
      assert.ok((await stores.other.teamsConversations.pruneCards(future)) >= 1);
      assert.equal(await stores.store.teamsConversations.card(conversation, '1'), undefined);
    });

    it('refuses a conversation type Teams does not have', async function () {
      const bad = { ...channelOf('t'), conversationType: 'meeting' } as unknown as TeamsConversationRef;
      await assert.rejects(stores.store.teamsConversations.save(bad), (e: { code?: string }) => e.code === 'STORE_QUERY_FAILED');
      assert.equal(await stores.store.teamsConversations.get(bad.conversationId), undefined);
    });

    if (traits.durable) {
      it('keeps references and cards after close and reopen', async function () {
        const ref = channelOf(`19:${unique()}@thread.tacv2`);
        await stores.store.teamsConversations.save(ref);
        await stores.store.teamsConversations.rememberCard(ref.conversationId, '7', card('kept'));
        await stores.reopen();
        assert.deepEqual(without((await stores.store.teamsConversations.get(ref.conversationId))!), ref);
        assert.deepEqual(await stores.store.teamsConversations.card(ref.conversationId, '7'), card('kept'));
      });
    }

    it('refuses teams conversation work once closed', async function () {
      const store = await stores.closeStore();
      const closed = (e: { code?: string }) => e.code === 'STORE_CLOSED';
      await assert.rejects(store.teamsConversations.get(channelId()), closed);
      await assert.rejects(store.teamsConversations.save(channelOf('t')), closed);
      await assert.rejects(store.teamsConversations.rememberCard(channelId(), '1', card('x')), closed);
    });
  });
};

function byId(a: TeamsConversationRef, b: TeamsConversationRef): number {
  return a.conversationId < b.conversationId ? -1 : a.conversationId > b.conversationId ? 1 : 0;
}
