import assert from 'node:assert/strict';
import { startQueueDepthSampler } from '../../../src/adapters/metrics/queue-depth-sampler.js';
import type { InboxStatus, OutboxStatus } from '../../../src/ports/delivery-store.js';
import type { Metrics } from '../../../src/ports/metrics.js';
import { RecordingLogger } from '../../support/recording-logger.js';

/** The depths the fake store reports; `failing` makes depth() reject. */
class FakeQueues {
  inboxDepth: Record<InboxStatus, number> = { pending: 3, processing: 1, done: 40, failed: 0 };
  outboxDepth: Record<OutboxStatus, number> = { pending: 7, sent: 30, dead: 1, coalesced: 2 };
  failing = false;
  calls = 0;
  readonly inbox = { depth: async () => this.read(this.inboxDepth) };
  readonly outbox = { depth: async () => this.read(this.outboxDepth) };
  private read<T>(value: T): T {
    this.calls += 1;
    if (this.failing) throw new Error('store closed');
    return { ...value };
  }
}

class GaugeRecorder implements Pick<Metrics, 'queueDepth'> {
  readonly values = new Map<string, number>();
  queueDepth(queue: 'inbox' | 'outbox', status: string, depth: number): void {
    this.values.set(`${queue}/${status}`, depth);
  }
}

describe('queue depth sampler', () => {
  it('sets the gauge for every status of both queues', async () => {
    const store = new FakeQueues();
    const metrics = new GaugeRecorder();
    const sampler = startQueueDepthSampler({ store, metrics, intervalMs: 60_000 });
    await sampler.sample();
    await sampler.stop();
    assert.deepEqual(Object.fromEntries(metrics.values), {
      'inbox/pending': 3,
      'inbox/processing': 1,
      'inbox/done': 40,
      'inbox/failed': 0,
      'outbox/pending': 7,
      'outbox/sent': 30,
      'outbox/dead': 1,
      'outbox/coalesced': 2,
    });
  });

  it('samples again on its own after the interval', async () => {
    const store = new FakeQueues();
    const metrics = new GaugeRecorder();
    const sampler = startQueueDepthSampler({ store, metrics, intervalMs: 10 });
    try {
      await sampler.sample();
      store.outboxDepth.pending = 0;
      while (metrics.values.get('outbox/pending') !== 0) await new Promise((r) => setTimeout(r, 5));
    } finally {
      await sampler.stop();
    }
  });

  it('stops sampling when stopped', async () => {
    const store = new FakeQueues();
    const sampler = startQueueDepthSampler({ store, metrics: new GaugeRecorder(), intervalMs: 10 });
    await sampler.stop();
    const calls = store.calls;
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(store.calls, calls);
  });

  it('logs a failing store once and keeps the last values', async () => {
    const store = new FakeQueues();
    const metrics = new GaugeRecorder();
    const logger = new RecordingLogger();
    const sampler = startQueueDepthSampler({ store, metrics, logger, intervalMs: 60_000 });
    await sampler.sample();
    store.failing = true;
    await sampler.sample();
    await sampler.sample();
    await sampler.stop();
    assert.equal(metrics.values.get('outbox/pending'), 7);
    assert.deepEqual(
      logger.lines.map((l) => l.message),
      ['queue depth sampling failed'],
    );
  });
});
