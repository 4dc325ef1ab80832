import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebhookChat, retryAfterMs } from '../../../src/adapters/webhook/webhook-chat.js';
import { ChatSendError } from '../../../src/ports/chat.js';

describe('generic incoming webhook', () => {
  const received: unknown[] = [];
  const answers: { status: number; headers?: Record<string, string> }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push(JSON.parse(body));
      const a = answers.shift() ?? { status: 200 };
      res.writeHead(a.status, a.headers).end('ok');
    });
  });
  let chat: WebhookChat;

  before(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    chat = new WebhookChat({ urls: new Map([['finance', `http://127.0.0.1:${port}/hook/secret`]]) });
  });
  after(() => new Promise<void>((r) => server.close(() => r())));
  beforeEach(() => {
    received.length = 0;
    answers.length = 0;
  });

  it('posts the card as {"text", "blocks"}', async () => {
    await chat.post('finance', { card: { title: 'Budget passed', sections: [] } });
    const body = received[0] as { text: string; blocks: unknown[] };
    assert.equal(body.text, 'Budget passed');
    assert.ok(body.blocks.length > 0);
  });

  it('classifies 429 (with Retry-After), 5xx and 4xx for the deliverer', async () => {
    answers.push({ status: 429, headers: { 'retry-after': '7' } }, { status: 503 }, { status: 404 });
    const kinds: [string, number | undefined][] = [];
    for (let i = 0; i < 3; i++) {
      await chat.post('finance', { text: 'x' }).catch((e: ChatSendError) => kinds.push([e.kind, e.retryAfterMs]));
    }
    assert.deepEqual(kinds, [
      ['rate-limited', 7000],
      ['transient', undefined],
      ['permanent', undefined],
    ]);
  });

  it('refuses a configuration without a URL for good, and never repeats the URL', async () => {
    await assert.rejects(chat.post('nope', { text: 'x' }), (e: unknown) => e instanceof ChatSendError && e.kind === 'permanent' && !e.message.includes('http'));
  });

  it('reads Retry-After as seconds or a date', () => {
    assert.equal(retryAfterMs('2'), 2000);
    assert.equal(retryAfterMs(new Date(10_000).toUTCString(), 4_000), 6_000);
    assert.equal(retryAfterMs(null), 1000);
  });
});
