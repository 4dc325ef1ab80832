import assert from 'node:assert/strict';
import { FAKE_TEAMS, startTeamsConnector, type TeamsConnector } from './index.js';

const card = (text: string) => ({ type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body: [{ type: 'TextBlock', text, wrap: true }] });
const withCard = (text: string) => ({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card(text) }] });

describe('fake Bot Framework Connector', function () {
  let connector: TeamsConnector;
  const call = async (method: string, conversationId: string, activity?: unknown, activityId?: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${connector.url}/v3/conversations/${conversationId}/activities${activityId ? `/${activityId}` : ''}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      ...(activity !== undefined ? { body: JSON.stringify(activity) } : {}),
    });
    return { status: res.status, body: (await res.json()) as { id?: string; error?: { code: string; message: string } }, headers: res.headers };
  };

  before(async function () {
    connector = await startTeamsConnector({ basePath: '/_connector' });
  });
  afterEach(() => connector.reset());
  after(() => connector.close());

  it('serves the routes under the base path, as the Agents Playground does', async function () {
    assert.match(connector.url, /^http:\/\/127\.0\.0\.1:\d+\/_connector$/);
    const res = await fetch(`${connector.url.replace('/_connector', '')}/v3/conversations/${FAKE_TEAMS.channelId}/activities`, { method: 'POST', body: '{}' });
    assert.equal(res.status, 404);
  });

  it('starts a thread in a channel, and keeps a post to the thread id in that thread', async function () {
    const first = await call('POST', FAKE_TEAMS.channelId, withCard('CPU high'), undefined, { authorization: 'Bearer t0k' });
    assert.equal(first.status, 201);
    const reply = await call('POST', `${FAKE_TEAMS.channelId};messageid=${first.body.id}`, { type: 'message', text: 'still high' });
    assert.equal(reply.status, 201);
    const [root, answer] = connector.messages(FAKE_TEAMS.channelId);
    assert.deepEqual([root?.id, root?.threadId, (root?.card?.body as { text: string }[])[0]?.text], [first.body.id, first.body.id, 'CPU high']);
    assert.deepEqual([answer?.id, answer?.threadId, answer?.text], [reply.body.id, first.body.id, 'still high']);
    assert.equal(connector.requests[0]?.authorization, 'Bearer t0k');
    assert.equal(connector.requests[1]?.conversationId, `${FAKE_TEAMS.channelId};messageid=${first.body.id}`);
  });

  it('updates a message in place through the channel id, and not one it does not have', async function () {
    const first = await call('POST', FAKE_TEAMS.channelId, withCard('ALARM'));
    assert.equal((await call('PUT', FAKE_TEAMS.channelId, withCard('OK'), first.body.id)).status, 200);
    const [message] = connector.messages(FAKE_TEAMS.channelId);
    assert.equal(message?.updates, 1);
    assert.match(JSON.stringify(message?.card), /"OK"/);
    const missing = await call('PUT', FAKE_TEAMS.channelId, withCard('OK'), '42');
    assert.deepEqual([missing.status, missing.body.error?.code], [404, 'ActivityNotFoundInConversation']);
  });

  it('answers like Teams for a conversation it does not know, one the bot left, and a thread in a chat', async function () {
    assert.equal((await call('POST', '19:nope@thread.tacv2', withCard('x'))).body.error?.code, 'ConversationNotFound');
    const removed = await call('POST', FAKE_TEAMS.removedChannelId, withCard('x'));
    assert.deepEqual([removed.status, removed.body.error?.code], [403, 'BotNotInConversationRoster']);
    const chatThread = await call('POST', `${FAKE_TEAMS.personalChatId};messageid=1`, withCard('x'));
    assert.deepEqual([chatThread.status, chatThread.body.error?.code], [400, 'BadArgument']);
  });

  it('refuses an invalid Adaptive Card and a message that is too big', async function () {
    const invalid = await call('POST', FAKE_TEAMS.channelId, { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { ...card('x'), version: '1.6' } }] });
    assert.deepEqual([invalid.status, invalid.body.error?.code], [400, 'BadArgument']);
    const big = await call('POST', FAKE_TEAMS.channelId, withCard('x'.repeat(90_000)));
    assert.deepEqual([big.status, big.body.error?.code], [400, 'MessageSizeTooBig']);
    assert.deepEqual(connector.messages(FAKE_TEAMS.channelId), []);
  });

  it('fails the next requests when asked: an error, then rate limits with Retry-After', async function () {
    connector.failNext(503);
    connector.rateLimit(1, 7);
    assert.equal((await call('POST', FAKE_TEAMS.groupChatId, withCard('x'))).status, 503);
    const limited = await call('POST', FAKE_TEAMS.groupChatId, withCard('x'));
    assert.deepEqual([limited.status, limited.headers.get('retry-after')], [429, '7']);
    assert.equal((await call('POST', FAKE_TEAMS.groupChatId, withCard('x'))).status, 201);
    assert.deepEqual(
      connector.requests.map((r) => r.status),
      [503, 429, 201],
    );
  });
});
