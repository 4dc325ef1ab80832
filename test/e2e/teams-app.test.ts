import assert from 'node:assert/strict';
import { validateAdaptiveCard } from '../support/adaptive-card-validator.js';
import { FAKE_TEAMS } from '../support/teams-connector/index.js';
import type { FakeTeamsMessage } from '../support/teams-connector/index.js';
import { PLAYGROUND, botAdded, botRemoved, executeInvoke, installInChannel, mentionMessage, uninstallFromTeam } from '../adapters/teams/support/synthetic-activities.js';
import { waitFor } from './app-harness.js';
import { startTeamsRig } from './teams-harness.js';
import type { TeamsTestRig } from './teams-harness.js';

interface Delivery {
  configuration: string;
  status: string;
  lastError?: string;
  chatMessageId?: string;
}

const shown = (m: FakeTeamsMessage | undefined) => JSON.stringify(m?.card ?? m?.text ?? '');

describe('Microsoft Teams end to end (POST /api/messages → the Bot Connector)', function () {
  this.timeout(60_000);
  let rig: TeamsTestRig;
  const channel = FAKE_TEAMS.channelId;

  before(async () => {
    rig = await startTeamsRig();
  });
  after(async () => {
    await rig?.close();
  });

  const messages = (id = channel) => rig.connector.messages(id);
  const sendTest = async (configuration: string, sample = 'cloudwatch-alarm') => {
    const res = await fetch(`${rig.app.url}/api/test-notifications`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ configuration, sample }) });
    assert.equal(res.status, 202, await res.clone().text());
    return ((await res.json()) as { notificationId: string }).notificationId;
  };
  const delivery = async (id: string, status: string) =>
    waitFor(`a ${status} delivery`, async () => ((await (await fetch(`${rig.app.url}/api/trace/${id}`)).json()) as { deliveries?: Delivery[] }).deliveries?.find((d) => d.status === status));

  it('stores the conversation reference when the app is installed in a channel', async () => {
    assert.equal(await rig.app.store.teamsConversations.get(channel), undefined);
    const res = await rig.send(installInChannel(rig.connector.url));
    assert.equal(res.status, 200);
    const ref = await rig.app.store.teamsConversations.get(channel);
    assert.ok(ref, 'the reference is saved before Teams gets its answer');
    assert.equal(ref.conversationType, 'channel');
    assert.equal(ref.serviceUrl, rig.connector.url);
    assert.equal(ref.teamId, PLAYGROUND.teamId);
    assert.equal(ref.tenantId, PLAYGROUND.tenantId);
  });

  it('posts a test notification for a Teams configuration proactively, as a new thread in the channel', async () => {
    const id = await sendTest('alerts');
    const sent = await delivery(id, 'sent');
    const card = messages().find((m) => m.id === sent.chatMessageId);
    assert.ok(card, 'the trace names the Teams message id');
    assert.equal(card.threadId, card.id, 'a new thread');
    assert.match(shown(card), /ALARM: web-prod-high-cpu/);
    assert.deepEqual(validateAdaptiveCard(card.card), []);
    const request = rig.connector.requests.find((r) => r.method === 'POST' && r.status === 201 && r.conversationId === channel);
    assert.ok(request, 'posted on the channel itself, not on a thread');
  });

  it('puts a later event with the same thread key in that thread and updates the first card', async () => {
    const first = messages().find((m) => shown(m).includes('ALARM: web-prod-high-cpu'))!;
    const id = await sendTest('alerts');
    const sent = await delivery(id, 'sent');
    const reply = messages().find((m) => m.id === sent.chatMessageId)!;
    assert.equal(reply.threadId, first.id);
    assert.ok(rig.connector.requests.some((r) => r.method === 'POST' && r.conversationId === `${channel};messageid=${first.id}`));
    await waitFor('the first card updated', async () => (messages().find((m) => m.id === first.id)!.updates > 0 ? true : undefined));
  });

  it('answers "@aws help" in a channel with the help card in the post\'s thread', async () => {
    const res = await rig.send(mentionMessage(rig.connector.url, 'help', { id: '1795461779956' }));
    assert.equal(res.status, 200);
    const help = await waitFor('the help card', async () => messages().find((m) => m.threadId === '1795461779956'));
    assert.match(shown(help), /aws-chatops help/);
    assert.deepEqual(validateAdaptiveCard(help.card), []);
  });

  it('answers a click with the card refreshed in place (Running…), then replies in the thread and shows the result', async () => {
    const posted = await rig.app.teams!.chat.post(channel, {
      card: { title: 'Stop i-0abc?', severity: 'high', sections: [{ type: 'text', text: 'The instance will stop.' }], actions: [{ type: 'button', id: 'approve', label: 'Approve', value: 'opaque-1' }, { type: 'link', label: 'Console', url: 'https://console.aws.amazon.com/ec2' }] },
    });
    const res = await rig.send(executeInvoke(rig.connector.url, posted.messageId, { actionId: 'approve', value: 'opaque-1' }));
    assert.equal(res.status, 200);
    const answer = (await res.json()) as { statusCode: number; type: string; value: unknown };
    assert.equal(answer.statusCode, 200);
    assert.equal(answer.type, 'application/vnd.microsoft.card.adaptive');
    assert.deepEqual(validateAdaptiveCard(answer.value), []);
    const running = JSON.stringify(answer.value);
    assert.match(running, /Stop i-0abc\?/);
    assert.match(running, /Running… \(Alex Wilber clicked Approve\)/);
    assert.doesNotMatch(running, /Action\.Execute/, 'no button to click twice');
    assert.match(running, /Action\.OpenUrl/, 'links stay');

    const reply = await waitFor('the answer in the thread', async () => messages().find((m) => m.threadId === posted.messageId && m.id !== posted.messageId));
    assert.match(shown(reply), /Alex Wilber clicked \\"approve\\"/);
    const card = await waitFor('the card with the result', async () => {
      const m = messages().find((x) => x.id === posted.messageId);
      return m && m.updates > 0 ? m : undefined;
    });
    assert.match(shown(card), /✓ Alex Wilber clicked Approve — answered in the thread/);
    assert.match(shown(card), /Action\.Execute/, 'the button is back');
  });

  it('records a notification to a channel the bot was removed from as a clear delivery failure', async () => {
    assert.equal((await rig.send(installInChannel(rig.connector.url, FAKE_TEAMS.removedChannelId))).status, 200);
    const id = await sendTest('removed');
    const dead = await delivery(id, 'dead');
    assert.equal(dead.configuration, 'removed');
    assert.match(dead.lastError ?? '', /BotNotInConversationRoster/);
    assert.match(dead.lastError ?? '', /not in conversation 19:removed@thread\.tacv2 any more/);
  });

  it('refuses an activity it cannot read with 400 and a coded error, and keeps serving', async () => {
    const unreadable = await rig.send({ type: 'message', text: 'hello' });
    assert.equal(unreadable.status, 400);
    assert.equal(((await unreadable.json()) as { error: { code: string } }).error.code, 'TEAMS_ACTIVITY_INVALID');
    const notAnObject = await rig.send([1, 2, 3]);
    assert.equal(notAnObject.status, 400);
    assert.equal((await rig.send(mentionMessage(rig.connector.url, 'help'))).status, 200);
  });

  it('removes the references when the app is uninstalled from the team or removed from a chat', async () => {
    assert.equal((await rig.send(botAdded(rig.connector.url, 'personal'))).status, 200);
    assert.ok(await rig.app.store.teamsConversations.get(PLAYGROUND.personalChatId));
    assert.equal((await rig.send(botRemoved(rig.connector.url, 'personal'))).status, 200);
    assert.equal(await rig.app.store.teamsConversations.get(PLAYGROUND.personalChatId), undefined);

    assert.ok((await rig.app.store.teamsConversations.ofTeam(PLAYGROUND.teamId)).length > 0);
    assert.equal((await rig.send(uninstallFromTeam(rig.connector.url))).status, 200);
    assert.deepEqual(await rig.app.store.teamsConversations.ofTeam(PLAYGROUND.teamId), []);
    assert.equal(await rig.app.store.teamsConversations.get(channel), undefined);
  });
});
