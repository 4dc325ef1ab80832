import assert from 'node:assert/strict';
import { App, LogLevel } from '@slack/bolt';
import { readFixture } from '../fixtures.js';
import { startSlackApiServer, type SlackApiServer } from './slack-api-server.js';
import { quietSlackLogger } from './slack-client.js';

/** The fake is only useful if the real Bolt works against it: one Socket Mode round trip. */
describe('fake Slack with a real Bolt app', () => {
  let server: SlackApiServer;
  let app: App;
  before(async () => {
    server = await startSlackApiServer({ channels: [{ id: 'C111', name: 'alerts', botIsMember: true }] });
    app = new App({
      token: 'xoxb-test-token',
      appToken: 'xapp-1-A0APP-1-abc',
      socketMode: true,
      logger: quietSlackLogger,
      logLevel: LogLevel.ERROR,
      clientOptions: { slackApiUrl: server.url, retryConfig: { retries: 0 } },
    });
    app.event('app_mention', async ({ event, client }) => {
      await client.chat.postMessage({ channel: event.channel, thread_ts: event.ts, text: `You said: ${event.text}` });
    });
    await app.start();
    await server.socket.waitForConnection();
  });
  after(async () => {
    await app.stop();
    await server.close();
  });

  it('answers a mention in its thread', async () => {
    const envelope = JSON.parse(readFixture('slack/events-api-app-mention.json').toString('utf8')) as { event: { ts: string; text: string } };
    server.addUserMessage('C111', { user: 'W222', text: envelope.event.text, ts: envelope.event.ts });
    const posted = new Promise<void>((resolve) => {
      const poll = (): unknown => (server.messages('C111').length > 0 ? resolve() : setTimeout(poll, 2));
      poll();
    });
    await server.socket.send({ type: 'events_api', payload: envelope });
    await posted;
    assert.deepEqual(server.messages('C111').map((m) => [m.thread_ts, m.text]), [[envelope.event.ts, 'You said: <@W111> Hi there!']]);
    assert.deepEqual(server.calls.map((c) => c.method).slice(0, 2).sort(), ['apps.connections.open', 'auth.test']);
  });
});
