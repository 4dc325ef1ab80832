import assert from 'node:assert/strict';
import { readinessFrom } from '../../../src/adapters/http/health-routes.js';
import { createHttpServer } from '../../../src/adapters/http/server.js';
import type { HttpServerOptions, ListeningHttpServer } from '../../../src/adapters/http/server.js';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { ChatOpsError } from '../../../src/core/errors.js';
import type { Store } from '../../../src/ports/store.js';
import { RecordingLogger } from '../../support/recording-logger.js';

/** A memory store that counts pings and can be switched off. */
function watchedStore() {
  const store = createMemoryStore();
  const state = { pings: 0, down: false };
  const ping = async () => {
    state.pings += 1;
    if (state.down) throw new Error('connect ECONNREFUSED 10.0.0.5:5432 password=hunter2');
  };
  return { store: { ...store, ping } as Store, state };
}

describe('health endpoints', () => {
  const logger = new RecordingLogger();
  let server: ListeningHttpServer | undefined;

  async function start(options: Partial<HttpServerOptions>): Promise<string> {
    server = await createHttpServer({ logger, closeGraceMs: 100, ...options }).listen(0, '127.0.0.1');
    return server.url;
  }
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  describe('GET /healthz (liveness)', () => {
    it('answers ok without touching the store, even when the store is down', async () => {
      const { store, state } = watchedStore();
      state.down = true;
      const url = await start({ readiness: readinessFrom({ store: () => store.ping() }), healthCheck: () => store.ping() });
      const res = await fetch(`${url}/healthz`);
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { status: 'ok' });
      assert.equal(state.pings, 0);
    });
  });

  describe('GET /readyz (readiness)', () => {
    it('answers ready when the store answers and the workers run', async () => {
      const { store, state } = watchedStore();
      const url = await start({ readiness: readinessFrom({ store: () => store.ping(), workers: () => true }) });
      const res = await fetch(`${url}/readyz`);
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { status: 'ready', checks: { store: { ok: true }, workers: { ok: true } } });
      assert.equal(state.pings, 1);
    });

    it('answers 503 naming the failing checks, without the internal error', async () => {
      const { store, state } = watchedStore();
      state.down = true;
      const url = await start({ readiness: readinessFrom({ store: () => store.ping(), workers: () => false }, { logger }) });
      const res = await fetch(`${url}/readyz`);
      assert.equal(res.status, 503);
      const body = (await res.json()) as { status: string; error: { code: string; message: string }; checks: Record<string, { ok: boolean; detail?: string }> };
      assert.equal(body.status, 'not-ready');
      assert.equal(body.error.code, 'NOT_READY');
      assert.match(body.error.message, /store \(failed; the server log has the cause\); workers \(not running\)/);
      assert.deepEqual(body.checks.workers, { ok: false, detail: 'not running' });
      assert.equal(body.checks.store?.ok, false);
      assert.ok(!JSON.stringify(body).includes('hunter2'));
      assert.ok(logger.lines.some((l) => l.message === 'readiness check failed' && l.fields?.check === 'store'));
    });

    it("shows a coded check failure's words", async () => {
      const url = await start({
        readiness: readinessFrom({
          workers: () => {
            throw new ChatOpsError('WORKERS_STOPPED', 'The delivery workers stopped after a fatal error.');
          },
        }),
      });
      const body = (await (await fetch(`${url}/readyz`)).json()) as { checks: Record<string, unknown> };
      assert.deepEqual(body.checks.workers, { ok: false, detail: 'The delivery workers stopped after a fatal error.' });
    });

    it('counts a check that does not answer in time as failing', async () => {
      const url = await start({ readiness: readinessFrom({ store: () => new Promise<void>(() => {}) }, { timeoutMs: 20 }) });
      const res = await fetch(`${url}/readyz`);
      assert.equal(res.status, 503);
      assert.deepEqual(((await res.json()) as { checks: unknown }).checks, { store: { ok: false, detail: 'no answer within 20 ms' } });
    });

    it('uses the older healthCheck option as the store check', async () => {
      const { store, state } = watchedStore();
      const url = await start({ healthCheck: () => store.ping() });
      assert.equal((await fetch(`${url}/readyz`)).status, 200);
      state.down = true;
      assert.equal((await fetch(`${url}/readyz`)).status, 503);
    });

    it('answers ready when nothing is there to check', async () => {
      const url = await start({});
      assert.equal((await fetch(`${url}/readyz`)).status, 200);
    });
  });
});
