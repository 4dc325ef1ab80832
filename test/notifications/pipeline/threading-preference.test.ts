import assert from 'node:assert/strict';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { parseConfigText } from '../../../src/config/index.js';
import { NotificationEngine } from '../../../src/notifications/engine.js';
import { InboxWorker } from '../../../src/notifications/pipeline/inbox-worker.js';
import { OutboxDeliverer } from '../../../src/notifications/pipeline/outbox-deliverer.js';
import { cachedPreferences } from '../../../src/notifications/pipeline/preference-cache.js';
import type { Clock } from '../../../src/ports/clock.js';
import { systemClock } from '../../../src/ports/clock.js';
import { noMetrics } from '../../../src/ports/metrics.js';
import type { ChannelPreferenceStore, Store } from '../../../src/ports/store.js';
import { FakeChat } from '../../support/fake-chat.js';
import type { PostedRecord } from '../../support/fake-chat.js';
import { readFixture } from '../../support/fixtures.js';
import { RecordingLogger } from '../../support/recording-logger.js';

const TOPIC = 'arn:aws:sns:us-east-1:123456789012:alarms';

/** Channel "ops" gets every alarm twice: from `ops` (threading on) and `ops-copy` (threading off); "elsewhere" from `other` (on). */
const CONFIGURATIONS = parseConfigText(
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
  - name: other
    platform: sandbox
    channelId: elsewhere
    snsTopicArns: ["${TOPIC}"]
`,
  { env: {} },
).configurations;

const alarm = (state: 'ALARM' | 'OK') => JSON.stringify({ ...(JSON.parse(readFixture('cloudwatch/alarm-sns-message-single-metric-alarm.json').toString()) as Record<string, unknown>), NewStateValue: state });

function manualClock(start = Date.parse('2026-11-23T10:00:00Z')): Clock & { advance(ms: number): void } {
  let now = start;
  return { now: () => new Date(now), advance: (ms) => (now += ms) };
}

interface Harness {
  store: Store;
  chat: FakeChat;
  /** Delivers one more event about the same alarm and returns the posts it made, per configuration. */
  notify(state?: 'ALARM' | 'OK'): Promise<Map<string, PostedRecord>>;
}

function harness(options: { preferences?: (store: Store) => ChannelPreferenceStore } = {}): Harness {
  const store = createMemoryStore();
  const chat = new FakeChat('sandbox');
  const logger = new RecordingLogger();
  const worker = new InboxWorker({ store, engine: new NotificationEngine(), configurations: CONFIGURATIONS, metrics: noMetrics, logger, owner: 'test', preferences: options.preferences?.(store) });
  const deliverer = new OutboxDeliverer({ platform: 'sandbox', chat, store, metrics: noMetrics, logger, clock: systemClock, owner: 'test', limits: [{ limit: 1_000, windowMs: 1_000 }], coalesceAbove: 0, sleep: () => Promise.resolve() });
  let n = 0;
  return {
    store,
    chat,
    async notify(state = 'ALARM') {
      const messageId = `m-${++n}`;
      const body = JSON.stringify({ Type: 'Notification', MessageId: messageId, TopicArn: TOPIC, Message: alarm(state), Timestamp: '2026-11-23T10:00:00.000Z' });
      await store.inbox.add([{ messageId, kind: 'notification', topicArn: TOPIC, body }]);
      while ((await worker.runOnce()) + (await deliverer.runOnce()) > 0);
      return new Map(chat.posts.filter((p) => p.idempotencyKey?.startsWith(`${messageId}/`)).map((p) => [p.idempotencyKey!.split('/')[2]!, p]));
    },
  };
}

const threaded = (post: PostedRecord | undefined) => post?.replyTo !== undefined;

describe('channel threading preference in the inbox worker', function () {
  it('follows each configuration\'s own threading while the channel has no preference', async function () {
    const h = harness();
    await h.notify();
    const second = await h.notify();
    assert.equal(threaded(second.get('ops')), true);
    assert.equal(threaded(second.get('ops-copy')), false);
    assert.equal(threaded(second.get('other')), true);
  });

  it('posts each notification on its own in a channel whose preference is off, even for a configuration with threading on', async function () {
    const h = harness();
    await h.store.preferences.set('sandbox:ops', { threading: 'off' }, 'alice');
    await h.notify();
    const second = await h.notify('OK');
    assert.equal(threaded(second.get('ops')), false);
    assert.equal(threaded(second.get('ops-copy')), false);
    assert.deepEqual(h.chat.updates.map((u) => u.channelId), ['elsewhere'], 'only the other channel updates a first card');
    assert.ok((await h.store.outbox.forMessage('m-2')).filter((r) => r.channelKey === 'sandbox:ops').every((r) => r.threadKey === undefined));
  });

  it('threads a configuration whose own threading is off when the channel\'s preference is on', async function () {
    const h = harness();
    await h.store.preferences.set('sandbox:ops', { threading: 'on' }, 'alice');
    await h.notify();
    const second = await h.notify();
    assert.equal(threaded(second.get('ops')), true);
    assert.equal(threaded(second.get('ops-copy')), true);
  });

  it('leaves other channels as their configurations say', async function () {
    const h = harness();
    await h.store.preferences.set('sandbox:ops', { threading: 'off' }, 'alice');
    await h.notify();
    const second = await h.notify();
    assert.equal(second.get('other')?.channelId, 'elsewhere');
    assert.equal(threaded(second.get('other')), true);
  });

  it('goes back to the configurations when the preference is removed, replying in the thread started before', async function () {
    const h = harness();
    const first = await h.notify();
    await h.store.preferences.set('sandbox:ops', { threading: 'off' }, 'alice');
    assert.equal(threaded((await h.notify()).get('ops')), false);
    await h.store.preferences.set('sandbox:ops', { threading: null }, 'bob');
    const third = await h.notify();
    assert.equal(third.get('ops')?.replyTo, first.get('ops')?.messageId);
    assert.equal(threaded(third.get('ops-copy')), false);
  });

  it('says in the trace whether threading came from the channel or the configuration', async function () {
    const h = harness();
    await h.store.preferences.set('sandbox:ops', { threading: 'off' }, 'alice');
    await h.notify();
    const routed = (await h.store.trace.find('m-1')).filter((t) => t.step === 'routed').map((t) => [t.configuration, t.detail?.threading, t.detail?.threadingFrom]);
    assert.deepEqual(routed, [
      ['ops', 'off', 'channel'],
      ['ops-copy', 'off', 'channel'],
      ['other', 'on', 'configuration'],
    ]);
  });

  describe('through the short-lived cache the service uses', function () {
    it('applies a change made through the cache to the very next event', async function () {
      const clock = manualClock();
      let cache: ChannelPreferenceStore | undefined;
      const h = harness({ preferences: (store) => (cache = cachedPreferences(store.preferences, { clock })) });
      await h.notify();
      assert.equal(threaded((await h.notify()).get('ops')), true);
      await cache!.set('sandbox:ops', { threading: 'off' }, 'alice');
      assert.equal(threaded((await h.notify()).get('ops')), false);
    });

    it('applies a change made by another replica once the cache time has passed', async function () {
      const clock = manualClock();
      const h = harness({ preferences: (store) => cachedPreferences(store.preferences, { clock, ttlMs: 5_000 }) });
      await h.notify();
      // Another replica writes to the shared database; this one still has "no preference" cached.
      await h.store.preferences.set('sandbox:ops', { threading: 'off' }, 'alice');
      assert.equal(threaded((await h.notify()).get('ops')), true);
      clock.advance(5_000);
      assert.equal(threaded((await h.notify()).get('ops')), false);
    });
  });
});
