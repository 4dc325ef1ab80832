import assert from 'node:assert/strict';
import { createHttpServer, serverClosing } from '../../../src/adapters/http/server.js';
import type { HttpServerOptions, ListeningHttpServer } from '../../../src/adapters/http/server.js';
import { jsonBody } from '../../../src/adapters/http/json-body.js';
import { ChatOpsError } from '../../../src/core/errors.js';
import { RecordingLogger } from '../../support/recording-logger.js';

describe('HTTP server', () => {
  const logger = new RecordingLogger();
  let running: ListeningHttpServer[] = [];

  async function start(options: Partial<HttpServerOptions> = {}): Promise<ListeningHttpServer> {
    const http = createHttpServer({
      logger,
      closeGraceMs: 100,
      mounts: [
        (router) => {
          router.get('/boom/coded', () => {
            throw new ChatOpsError('CONFIG_NOT_FOUND', 'There is no configuration "nope".', { nextStep: 'Run "chatops config list".' });
          });
          router.get('/boom/unexpected', () => {
            throw new Error('database password is hunter2');
          });
          router.post('/echo', jsonBody(), (req, res) => {
            res.json({ got: req.body as unknown });
          });
        },
      ],
      ...options,
    });
    const server = await http.listen(0, '127.0.0.1');
    running.push(server);
    return server;
  }

  afterEach(async () => {
    await Promise.all(running.map((s) => s.close()));
    running = [];
  });

  it('answers GET /healthz with status ok', async () => {
    const { url } = await start();
    const res = await fetch(`${url}/healthz`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { status: 'ok' });
  });

  it('keeps /healthz up when the store check fails, and answers 503 on /readyz', async () => {
    const { url } = await start({ healthCheck: async () => Promise.reject(new Error('store down')) });
    assert.equal((await fetch(`${url}/healthz`)).status, 200);
    const res = await fetch(`${url}/readyz`);
    assert.equal(res.status, 503);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'NOT_READY');
  });

  it('answers an unknown path with a coded JSON 404', async () => {
    const { url } = await start();
    const res = await fetch(`${url}/no/such/thing`);
    assert.equal(res.status, 404);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/);
    assert.deepEqual(await res.json(), { error: { code: 'HTTP_NOT_FOUND', message: 'Nothing here: GET /no/such/thing' } });
  });

  it('turns a ChatOpsError into its code, words and a fitting status', async () => {
    const { url } = await start();
    const res = await fetch(`${url}/boom/coded`);
    assert.equal(res.status, 404);
    assert.deepEqual(await res.json(), {
      error: { code: 'CONFIG_NOT_FOUND', message: 'There is no configuration "nope".', nextStep: 'Run "chatops config list".' },
    });
  });

  it('hides an unexpected error behind a generic 500 and logs the cause', async () => {
    const { url } = await start();
    const res = await fetch(`${url}/boom/unexpected`);
    const text = await res.text();
    assert.equal(res.status, 500);
    assert.equal(JSON.parse(text).error.code, 'INTERNAL_ERROR');
    assert.doesNotMatch(text, /hunter2|at .*\.js|stack/);
    const logged = logger.lines.find((l) => l.level === 'error' && l.fields?.path === '/boom/unexpected');
    assert.match(String(logged?.fields?.error), /hunter2/);
  });

  it('rejects malformed JSON with HTTP_BAD_JSON', async () => {
    const { url } = await start();
    const res = await fetch(`${url}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"user": ' });
    assert.equal(res.status, 400);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'HTTP_BAD_JSON');
  });

  it('accepts a JSON body up to 1 MB and rejects a larger one with 413', async () => {
    const { url } = await start();
    const post = (size: number) =>
      fetch(`${url}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ pad: 'x'.repeat(size) }) });
    assert.equal((await post(900_000)).status, 200);
    const tooLarge = await post(1_100_000);
    assert.equal(tooLarge.status, 413);
    assert.equal(((await tooLarge.json()) as { error: { code: string } }).error.code, 'HTTP_BODY_TOO_LARGE');
  });

  it('serves routes mounted after it started listening, ahead of the 404', async () => {
    const http = createHttpServer({ logger, closeGraceMs: 100 });
    const server = await http.listen(0, '127.0.0.1');
    running.push(server);
    http.mount((router) => router.get('/later', (_req, res) => res.json({ mounted: 'late' })));
    const res = await fetch(`${server.url}/later`);
    assert.deepEqual(await res.json(), { mounted: 'late' });
  });

  it('ends long-lived responses when it closes', async () => {
    const http = createHttpServer({ logger, closeGraceMs: 60_000 });
    http.mount((router) =>
      router.get('/forever', (req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('open\n');
        serverClosing(req).addEventListener('abort', () => res.end('bye\n'));
      }),
    );
    const server = await http.listen(0, '127.0.0.1');
    const res = await fetch(`${server.url}/forever`);
    const body = res.text();
    await server.close();
    assert.equal(await body, 'open\nbye\n');
  });

  it('says which port is taken when it cannot listen', async () => {
    const first = await start();
    const second = createHttpServer({ logger });
    await assert.rejects(second.listen(first.port, '127.0.0.1'), (e: unknown) => e instanceof ChatOpsError && e.code === 'HTTP_PORT_IN_USE');
  });
});
