import assert from 'node:assert/strict';
import { createHttpServer } from '../../../src/adapters/http/server.js';
import type { ListeningHttpServer } from '../../../src/adapters/http/server.js';
import type { DeliveryTrace } from '../../../src/adapters/http/delivery-trace.js';
import { mountTrace } from '../../../src/adapters/http/trace-route.js';
import type { Store } from '../../../src/ports/store.js';
import { RecordingLogger } from '../../support/recording-logger.js';
import { ALARM_TOPIC, EVENT_ID, MESSAGE_ID, storeWithHistory } from './support/delivery-history.js';

const ADMIN_TOKEN = 'trace-admin-token-0123456789';

describe('delivery trace endpoint', () => {
  let store: Store;
  let server: ListeningHttpServer;

  beforeEach(async () => {
    store = await storeWithHistory();
    const http = createHttpServer({ logger: new RecordingLogger(), closeGraceMs: 100, mounts: [(router) => mountTrace(router, { store, adminToken: ADMIN_TOKEN })] });
    server = await http.listen(0, '127.0.0.1');
  });
  afterEach(() => server.close());

  const trace = (id: string, headers: Record<string, string> = {}) => fetch(`${server.url}/api/trace/${encodeURIComponent(id)}`, { headers });

  it('finds an event by its SNS MessageId: receipt, routing and where each chat message went', async () => {
    const res = await trace(MESSAGE_ID);
    assert.equal(res.status, 200);
    const body = (await res.json()) as DeliveryTrace;
    assert.equal(body.id, MESSAGE_ID);
    assert.equal(body.messageId, MESSAGE_ID);
    assert.equal(body.status, 'done');
    assert.equal(body.receivedAt, '2026-11-23T10:00:01.250Z');
    assert.equal(body.topicArn, ALARM_TOPIC);
    assert.deepEqual(body.eventIds, [EVENT_ID]);
    assert.deepEqual(
      body.steps.map((s) => [s.at, s.step, s.configuration]),
      [
        ['2026-11-23T10:00:01.250Z', 'received', undefined],
        ['2026-11-23T10:00:01.250Z', 'verified', undefined],
        ['2026-11-23T10:00:02.000Z', 'recognised', undefined],
        ['2026-11-23T10:00:02.000Z', 'routed', 'prod-alerts'],
        ['2026-11-23T10:00:02.000Z', 'routed', 'ops-teams'],
        ['2026-11-23T10:00:03.000Z', 'delivered', 'prod-alerts'],
        ['2026-11-23T10:05:00.000Z', 'dead', 'ops-teams'],
      ],
    );
    assert.deepEqual(body.steps[1]!.detail, { by: 'SNS signature' });
    assert.deepEqual(
      body.deliveries.map(({ configuration, platform, channelId, status, attempts, chatMessageId, chatThreadId, lastError }) => ({ configuration, platform, channelId, status, attempts, chatMessageId, chatThreadId, lastError })),
      [
        { configuration: 'prod-alerts', platform: 'slack', channelId: 'C0123', status: 'sent', attempts: 1, chatMessageId: '1700000000.000100', chatThreadId: '1699999000.000200', lastError: undefined },
        { configuration: 'ops-teams', platform: 'teams', channelId: '19:ops@thread.tacv2', status: 'dead', attempts: 8, chatMessageId: undefined, chatThreadId: undefined, lastError: 'CHAT_FORBIDDEN: the bot is not a member of this conversation' },
      ],
    );
  });

  it('finds the same event by the event id inside it', async () => {
    const res = await trace(EVENT_ID);
    assert.equal(res.status, 200);
    const body = (await res.json()) as DeliveryTrace;
    assert.equal(body.id, EVENT_ID);
    assert.equal(body.messageId, MESSAGE_ID);
    assert.equal(body.deliveries.length, 2);
  });

  it('shows an event still waiting in the inbox, with the configuration its raw path named', async () => {
    const body = (await (await trace('waiting-1')).json()) as DeliveryTrace;
    assert.equal(body.status, 'pending');
    assert.equal(body.configurationHint, 'prod-alerts');
    assert.deepEqual(
      body.steps.map((s) => s.step),
      ['received', 'verified'],
    );
    assert.deepEqual(body.steps[1]!.detail, { by: 'path token (raw delivery)' });
    assert.deepEqual(body.deliveries, []);
  });

  it('finds a message known only from its trace (rejected before the inbox)', async () => {
    await store.trace.add([{ messageId: 'forged-1', step: 'rejected', detail: { reason: 'SNS_SIGNATURE_INVALID' } }]);
    const body = (await (await trace('forged-1')).json()) as DeliveryTrace;
    assert.equal(body.status, 'rejected');
    assert.deepEqual(
      body.steps.map((s) => [s.step, s.detail]),
      [['rejected', { reason: 'SNS_SIGNATURE_INVALID' }]],
    );
  });

  it('answers 404 TRACE_NOT_FOUND with a next step for an unknown id', async () => {
    const res = await trace('no-such-message');
    assert.equal(res.status, 404);
    const { error } = (await res.json()) as { error: { code: string; message: string; nextStep?: string } };
    assert.equal(error.code, 'TRACE_NOT_FOUND');
    assert.match(error.message, /no-such-message/);
    assert.ok(error.nextStep);
  });

  it('refuses a forwarded request without the admin token', async () => {
    const res = await trace(MESSAGE_ID, { 'x-forwarded-for': '203.0.113.9' });
    assert.equal(res.status, 403);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'ADMIN_FORBIDDEN');
  });

  it('refuses a forwarded request with a wrong token', async () => {
    const res = await trace(MESSAGE_ID, { 'x-forwarded-for': '203.0.113.9', authorization: 'Bearer not-the-token' });
    assert.equal(res.status, 403);
  });

  it('answers a forwarded request that carries the admin token', async () => {
    const res = await trace(MESSAGE_ID, { 'x-forwarded-for': '203.0.113.9', authorization: `Bearer ${ADMIN_TOKEN}` });
    assert.equal(res.status, 200);
  });

  it('answers 503 TRACE_UNAVAILABLE when the store fails', async () => {
    await store.close();
    const res = await trace(MESSAGE_ID);
    assert.equal(res.status, 503);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'TRACE_UNAVAILABLE');
  });
});
