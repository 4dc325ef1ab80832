import assert from 'node:assert/strict';
import { createHttpServer } from '../../../src/adapters/http/server.js';
import type { ListeningHttpServer } from '../../../src/adapters/http/server.js';
import { createSlackApp } from '../../../src/adapters/slack/slack-app.js';
import type { SlackAnswerChat } from '../../../src/adapters/slack/slack-handlers.js';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { StreamLogger } from '../../../src/adapters/log/stream-logger.js';
import type { OutgoingMessage, PostedMessage } from '../../../src/ports/chat.js';
import { readFixture } from '../../support/fixtures.js';
import { waitFor } from '../../e2e/app-harness.js';

/** A chat that records what the handlers send. */
class RecordingChat implements SlackAnswerChat {
  readonly platform = 'slack' as const;
  readonly posts: { channelId: string; message: OutgoingMessage }[] = [];
  readonly modals: { triggerId: string; view: object }[] = [];
  async post(channelId: string, message: OutgoingMessage): Promise<PostedMessage> {
    this.posts.push({ channelId, message });
    return { messageId: `m${this.posts.length}`, threadId: message.threadId ?? `m${this.posts.length}` };
  }
  async update(): Promise<void> {}
  async openModal(_workspaceId: string | undefined, triggerId: string, view: object): Promise<void> {
    this.modals.push({ triggerId, view });
  }
  async spendButtons(): Promise<void> {}
}

describe("Slack's signed test vector through the HTTP receiver", () => {
  const headers = JSON.parse(readFixture('slack/slash-command-signed-test-vector.headers.json').toString()) as Record<string, string>;
  const body = new Uint8Array(readFixture('slack/slash-command-signed-test-vector.body.txt'));
  const at = (seconds: number) => ({ now: () => new Date(seconds * 1000) });
  let listening: ListeningHttpServer | undefined;

  const start = async (clockSeconds: number) => {
    const chat = new RecordingChat();
    const store = createMemoryStore();
    // The vector's workspace installed the app (OAuth): no call to Slack is needed to authorize.
    await store.installations.save({ platform: 'slack', teamId: 'T1DC2JH3J', isEnterpriseInstall: false, botUserId: 'U0BOT', botToken: 'xoxb-vector', body: {} });
    const logger = new StreamLogger({ write: () => undefined });
    const slack = createSlackApp({
      slack: { signingSecret: headers.signing_secret_for_test! },
      store,
      configurations: [],
      preferences: store.preferences,
      logger,
      clock: at(clockSeconds),
      chat,
    });
    const http = createHttpServer({ logger });
    http.mount((router) => slack.mount(router));
    listening = await http.listen(0, '127.0.0.1');
    return { chat, url: listening.url };
  };
  const send = (url: string) =>
    fetch(`${url}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': headers['X-Slack-Request-Timestamp']!, 'x-slack-signature': headers['X-Slack-Signature']! },
      body,
    });
  afterEach(async () => {
    await listening?.close();
    listening = undefined;
  });

  it('accepts the vector at its own time with its own secret and answers the command in its channel', async () => {
    const { chat, url } = await start(Number(headers['X-Slack-Request-Timestamp']) + 10);
    const res = await send(url);
    assert.equal(res.status, 200);
    const answer = await waitFor('the answer', async () => chat.posts[0]);
    assert.equal(answer.channelId, 'G8PSS9T3V');
    assert.equal(answer.message.workspaceId, 'T1DC2JH3J');
  });

  it('refuses the same vector replayed more than 5 minutes later', async () => {
    const { chat, url } = await start(Number(headers['X-Slack-Request-Timestamp']) + 301);
    const res = await send(url);
    assert.equal(res.status, 401);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'SLACK_REQUEST_STALE');
    assert.equal(chat.posts.length, 0);
  });
});
