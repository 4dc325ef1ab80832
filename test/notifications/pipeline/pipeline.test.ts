import assert from 'node:assert/strict';
import type { ChannelConfiguration } from '../../../src/config/schema.js';
import { parseConfigText } from '../../../src/config/index.js';
import { NotificationEngine } from '../../../src/notifications/engine.js';
import { InboxWorker } from '../../../src/notifications/pipeline/inbox-worker.js';
import { OutboxDeliverer } from '../../../src/notifications/pipeline/outbox-deliverer.js';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { randomUUID } from 'node:crypto';
import { openPgliteClient } from '../../../src/adapters/store/pglite-client.js';
import type { SqlClient } from '../../../src/adapters/store/sql-client.js';
import { runMigrations } from '../../../src/adapters/store/run-migrations.js';
import { createSqlStore } from '../../../src/adapters/store/sql-store.js';
import { openStore } from '../../../src/adapters/store/open-store.js';
import { createTestDatabase, postgresTestUrl } from '../../adapters/store/postgres-test-database.js';
import { noMetrics } from '../../../src/ports/metrics.js';
import type { Store } from '../../../src/ports/store.js';
import { systemClock } from '../../../src/ports/clock.js';
import { ChatSendError } from '../../../src/ports/chat.js';
import { FakeChat } from '../../support/fake-chat.js';
import { findDeliveryTrace } from '../../../src/adapters/http/delivery-trace.js';
import { RecordingLogger } from '../../support/recording-logger.js';
import { readFixture } from '../../support/fixtures.js';

const TOPIC = 'arn:aws:sns:us-east-1:123456789012:alarms';
const OTHER_TOPIC = 'arn:aws:sns:us-east-1:123456789012:unrouted';

function configurations(extra = ''): ChannelConfiguration[] {
  return parseConfigText(
    `configurations:
  - name: ops
    platform: sandbox
    channelId: ops
    snsTopicArns: ["${TOPIC}"]
  - name: ops-copy
    platform: sandbox
    channelId: ops
    threading: "off"
    snsTopicArns: ["${TOPIC}"]
${extra}`,
    { env: {} },
  ).configurations;
}

/** An SNS envelope as the intake stores it. */
function envelope(messageId: string, message: unknown, topicArn = TOPIC): string {
  return JSON.stringify({ Type: 'Notification', MessageId: messageId, TopicArn: topicArn, Message: typeof message === 'string' ? message : JSON.stringify(message), Timestamp: '2026-11-23T10:00:00.000Z' });
}

const alarm = (state: 'ALARM' | 'OK') => ({ ...(JSON.parse(readFixture('cloudwatch/alarm-sns-message-single-metric-alarm.json').toString()) as Record<string, unknown>), NewStateValue: state });

interface Harness {
  store: Store;
  chat: FakeChat;
  worker: InboxWorker;
  deliverer: OutboxDeliverer;
  logger: RecordingLogger;
  add(messageId: string, body: string): Promise<void>;
  /** Runs worker and deliverer until nothing is left to do. */
  settle(): Promise<void>;
}

type StoreFactory = () => Promise<Store>;

async function harness(newStore: StoreFactory, options: { coalesceAbove?: number; maxAttempts?: number; configs?: ChannelConfiguration[] } = {}): Promise<Harness> {
  const store = await newStore();
  opened.push(store);
  const chat = new FakeChat('sandbox');
  const logger = new RecordingLogger();
  const engine = new NotificationEngine();
  const worker = new InboxWorker({ store, engine, configurations: options.configs ?? configurations(), metrics: noMetrics, logger, owner: 'test' });
  const deliverer = new OutboxDeliverer({
    platform: 'sandbox',
    chat,
    store,
    metrics: noMetrics,
    logger,
    clock: systemClock,
    owner: 'test',
    limits: [{ limit: 1_000, windowMs: 1_000 }],
    coalesceAbove: options.coalesceAbove ?? 0,
    maxAttempts: options.maxAttempts,
    random: () => 0,
    sleep: () => Promise.resolve(),
  });
  return {
    store,
    chat,
    worker,
    deliverer,
    logger,
    async add(messageId, body) {
      await store.inbox.add([{ messageId, kind: 'notification', topicArn: TOPIC, body }]);
    },
    async settle() {
      for (let i = 0; i < 200; i++) {
        const done = (await worker.runOnce()) + (await deliverer.runOnce());
        if (done === 0) {
          const depth = await store.outbox.depth();
          if (depth.pending === 0) return;
        }
      }
      throw new Error('the pipeline did not settle');
    },
  };
}

const opened: Store[] = [];
let sharedPglite: Promise<SqlClient> | undefined;
after(async () => (await sharedPglite)?.close());

/** The same behaviour on every store: in memory, PGlite, and PostgreSQL when available. */
const STORES: [string, (ctx: Mocha.Context) => StoreFactory | undefined][] = [
  ['in memory', () => async () => createMemoryStore()],
  [
    'on PGlite',
    // One in-memory PGlite (slow to start), a fresh schema per test.
    () => async () => {
      const shared = await (sharedPglite ??= openPgliteClient());
      const schema = `t_${randomUUID().replaceAll('-', '')}`;
      await shared.exec(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
      const client = { ...shared, kind: shared.kind, close: async () => undefined };
      await runMigrations(client);
      return createSqlStore(client);
    },
  ],
  [
    'on PostgreSQL',
    (ctx) => {
      const server = postgresTestUrl(ctx);
      return async () => {
        const db = await createTestDatabase(server);
        const store = await openStore({ databaseUrl: db.url });
        return Object.assign(Object.create(store) as Store, {
          close: async () => {
            await store.close();
            await db.drop();
          },
        });
      };
    },
  ],
];

for (const [where, factory] of STORES) describe(`notification pipeline ${where}: inbox → outbox → chat`, function () {
  let newStore: StoreFactory;
  before(function () {
    newStore = factory(this)!;
  });
  afterEach(async () => {
    for (const s of opened.splice(0)) await s.close();
  });

  it('delivers an event once to every configuration subscribed to its topic, even two sharing a channel', async () => {
    const h = await harness(newStore);
    await h.add('m-1', envelope('m-1', alarm('ALARM')));
    await h.settle();
    assert.equal(h.chat.posts.length, 2);
    assert.ok(h.chat.posts.every((p) => p.channelId === 'ops'));
    const rows = await h.store.outbox.forMessage('m-1');
    assert.deepEqual(rows.map((r) => [r.configuration, r.status]).sort(), [
      ['ops', 'sent'],
      ['ops-copy', 'sent'],
    ]);
  });

  it('delivers a duplicate SNS message once', async () => {
    const h = await harness(newStore);
    await h.add('m-1', envelope('m-1', alarm('ALARM')));
    await h.add('m-1', envelope('m-1', alarm('ALARM')));
    await h.settle();
    assert.equal(h.chat.posts.length, 2);
  });

  it('keeps an event no configuration subscribes to, and says so in its trace', async () => {
    const h = await harness(newStore);
    await h.store.inbox.add([{ messageId: 'm-x', kind: 'notification', topicArn: OTHER_TOPIC, body: envelope('m-x', 'hello', OTHER_TOPIC) }]);
    await h.settle();
    assert.equal(h.chat.posts.length, 0);
    assert.equal((await h.store.inbox.get('m-x'))?.status, 'done');
    const steps = (await h.store.trace.find('m-x')).map((t) => t.step);
    assert.ok(steps.includes('unrouted'));
  });

  it('threads a later event about the same alarm and updates the first card to the latest state', async () => {
    const h = await harness(newStore);
    await h.add('m-1', envelope('m-1', alarm('ALARM')));
    await h.settle();
    await h.add('m-2', envelope('m-2', alarm('OK')));
    await h.settle();
    const threaded = h.chat.posts.filter((p) => p.idempotencyKey?.endsWith('/ops'));
    assert.equal(threaded.length, 2);
    assert.equal(threaded[1]?.replyTo, threaded[0]?.messageId);
    const update = h.chat.updates.find((u) => u.messageId === threaded[0]?.messageId);
    assert.equal(update?.card?.severity, 'success', 'the first card turns green when the alarm is OK again');
    // The configuration with threading off posts each event on its own.
    const flat = h.chat.posts.filter((p) => p.idempotencyKey?.endsWith('/ops-copy'));
    assert.ok(flat.every((p) => p.replyTo === undefined));
  });

  it('rides out a chat outage and a 429, then delivers everything in order', async () => {
    const h = await harness(newStore);
    h.chat.failNext(3, FakeChat.outage);
    h.chat.failNext(1, () => FakeChat.rateLimited(0));
    const ids = Array.from({ length: 5 }, (_, i) => `m-${i}`);
    for (const id of ids) await h.add(id, envelope(id, `message ${id}`));
    await h.settle();
    const ops = h.chat.posts.filter((p) => p.idempotencyKey?.endsWith('/ops'));
    assert.deepEqual(
      ops.map((p) => p.idempotencyKey?.split('/')[0]),
      ids,
    );
    const steps = (await h.store.trace.find('m-0')).map((t) => t.step);
    assert.ok(steps.includes('retry'));
    assert.ok(steps.includes('delivered'));
  });

  it('dead-letters a message the platform refuses for good, with the reason, and goes on', async () => {
    const h = await harness(newStore);
    h.chat.failNext(1, () => new ChatSendError('permanent', 'CHAT_CHANNEL_NOT_FOUND', 'channel_not_found'));
    await h.add('m-1', envelope('m-1', 'first'));
    await h.add('m-2', envelope('m-2', 'second'));
    await h.settle();
    const dead = (await h.store.outbox.forMessage('m-1')).find((r) => r.status === 'dead');
    assert.match(dead?.lastError ?? '', /CHAT_CHANNEL_NOT_FOUND/);
    assert.ok((await h.store.outbox.forMessage('m-2')).every((r) => r.status === 'sent'));
  });

  it('gives up after the last try on a transient failure', async () => {
    const h = await harness(newStore, { maxAttempts: 3 });
    h.chat.failNext(6, FakeChat.outage);
    await h.store.inbox.add([{ messageId: 'm-1', kind: 'notification', topicArn: TOPIC, body: envelope('m-1', 'x') }]);
    await h.settle();
    const rows = await h.store.outbox.forMessage('m-1');
    assert.ok(rows.every((r) => r.status === 'dead'));
    assert.match(rows[0]?.lastError ?? '', /gave up after 3 tries/);
  });

  it('folds a burst into one digest card instead of flooding the channel', async () => {
    const h = await harness(newStore, { coalesceAbove: 10, configs: configurations().slice(0, 1) });
    for (let i = 0; i < 37; i++) await h.add(`b-${i}`, envelope(`b-${i}`, { ...alarm('ALARM'), AlarmName: `alarm-${i}`, AlarmArn: `arn:aws:cloudwatch:us-east-1:123456789012:alarm:alarm-${i}` }));
    await h.worker.runOnce();
    await h.settle();
    assert.equal(h.chat.posts.length, 1);
    assert.match(h.chat.posts[0]?.card?.title ?? '', /^37 more alarms in the last minute$/);
    const coalesced = await h.store.outbox.depth();
    assert.equal(coalesced.coalesced, 37);
    const steps = (await h.store.trace.find('b-5')).map((t) => t.step);
    assert.ok(steps.includes('coalesced'));
    // The trace of a folded event shows one delivery, and the digest message that carried it;
    // the digest row (filed under the first event's message) is not a second delivery of it.
    for (const id of ['b-0', 'b-5']) {
      const trace = await findDeliveryTrace(h.store, id);
      assert.equal(trace?.deliveries.length, 1, id);
      assert.equal(trace?.deliveries[0]?.status, 'coalesced');
      assert.deepEqual(trace?.deliveries[0]?.digest, { status: 'sent', chatMessageId: h.chat.posts[0]?.messageId, chatThreadId: h.chat.posts[0]?.messageId });
    }
  });

  it('sends a digest held back by a 429 on its own, never folded into the next digest', async () => {
    const h = await harness(newStore, { coalesceAbove: 10, configs: configurations().slice(0, 1) });
    const burst = async (prefix: string, n: number) => {
      for (let i = 0; i < n; i++) await h.add(`${prefix}-${i}`, envelope(`${prefix}-${i}`, `${prefix} message ${i}`));
      await h.worker.runOnce();
    };
    await burst('first', 25);
    h.chat.failNext(1, () => FakeChat.rateLimited(0));
    await h.deliverer.runOnce(); // the first digest meets a 429 and waits
    await burst('second', 15);
    await h.settle();
    assert.deepEqual(
      h.chat.posts.map((p) => p.card?.title),
      ['25 more notifications in the last minute', '15 more notifications in the last minute'],
    );
  });

  it('picks up an event whose worker died before finishing it', async () => {
    const h = await harness(newStore);
    await h.add('m-1', envelope('m-1', 'x'));
    // A worker claims the row and dies (never completes): its lease runs out.
    await h.store.inbox.claim({ limit: 10, leaseMs: 1, owner: 'dead-worker' });
    await new Promise((r) => setTimeout(r, 10));
    await h.settle();
    assert.equal(h.chat.posts.length, 2);
  });
});
