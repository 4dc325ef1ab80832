import assert from 'node:assert/strict';
import { LogLevel, SocketModeClient } from '@slack/socket-mode';
import { WebSocket } from 'ws';
import { readFixture } from '../fixtures.js';
import { startSlackApiServer, type SlackApiServer } from './slack-api-server.js';
import { fakeSlackClient, quietSlackLogger, slackErrorOf } from './slack-client.js';

const APP_TOKEN = 'xapp-1-A0APP-1-0123456789abcdef';

describe('fake Slack Socket Mode', () => {
  let server: SlackApiServer;
  let client: SocketModeClient;
  beforeEach(async () => {
    server = await startSlackApiServer();
    client = new SocketModeClient({ appToken: APP_TOKEN, logger: quietSlackLogger, logLevel: LogLevel.ERROR, autoReconnectEnabled: false, clientOptions: { slackApiUrl: server.url } });
  });
  afterEach(async () => {
    await client.disconnect();
    await server.close();
  });

  it('hands the app-level token a WebSocket URL on this server, and greets the client with hello', async () => {
    await client.start();
    await server.socket.waitForConnection();
    assert.equal(server.socket.connected(), true);
    const open = server.callsTo('apps.connections.open');
    assert.equal(open.length, 1);
    assert.equal(open[0]?.token, APP_TOKEN);
  });

  it('delivers an Events API envelope and resolves with the client\'s ack', async () => {
    const event = JSON.parse(readFixture('slack/events-api-app-mention.json').toString('utf8')) as { event: { text: string } };
    const seen: unknown[] = [];
    client.on('app_mention', async ({ ack, event: e, retry_num }: { ack: () => Promise<void>; event: { text: string }; retry_num: number }) => {
      seen.push([e.text, retry_num]);
      await ack();
    });
    await client.start();
    const ack = await server.socket.send({ type: 'events_api', payload: event });
    assert.match(ack.envelope_id, /^[0-9a-f-]{36}$/);
    assert.deepEqual(seen, [[event.event.text, 0]]);
  });

  it('passes a response payload in the ack back to the test', async () => {
    const command = Object.fromEntries(new URLSearchParams(readFixture('slack/slash-command-form-body.txt').toString('utf8').trim()));
    client.on('slash_commands', async ({ ack }: { ack: (response: object) => Promise<void> }) => {
      await ack({ text: 'Working on it…' });
    });
    await client.start();
    const ack = await server.socket.send({ type: 'slash_commands', payload: command });
    assert.deepEqual(ack.payload, { text: 'Working on it…' });
  });

  it('asks clients to reconnect with a disconnect message', async () => {
    await client.start();
    const closed = new Promise((resolve) => client.once('disconnected', resolve));
    server.socket.requestReconnect();
    await closed;
    assert.equal(server.socket.connected(), false);
  });

  it('refuses a bot token and a used or made-up socket URL', async () => {
    assert.equal(await slackErrorOf(fakeSlackClient(server).apps.connections.open()), 'not_allowed_token_type');
    const res = await fakeSlackClient(server, APP_TOKEN).apps.connections.open();
    assert.match(res.url ?? '', /^ws:\/\/127\.0\.0\.1:\d+\/socket-mode\?ticket=[0-9a-f-]+&app_id=A0APP$/);
    const made = new URL(res.url ?? '');
    made.searchParams.set('ticket', 'made-up');
    assert.equal(await upgradeStatus(res.url ?? ''), 101);
    assert.equal(await upgradeStatus(res.url ?? ''), 401, 'a ticket works once');
    assert.equal(await upgradeStatus(made.toString()), 401);
  });
});

/** The HTTP status a WebSocket upgrade to `url` gets: 101 when it opens. */
function upgradeStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.on('open', () => {
      ws.terminate();
      resolve(101);
    });
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('error', reject);
  });
}
