import type { InboxStore, OutboxStore } from '../../ports/delivery-store.js';
import type { Logger } from '../../ports/logger.js';
import type { Metrics } from '../../ports/metrics.js';

export interface QueueDepthSamplerOptions {
  store: { inbox: Pick<InboxStore, 'depth'>; outbox: Pick<OutboxStore, 'depth'> };
  metrics: Pick<Metrics, 'queueDepth'>;
  /** Time between samples. Default 15 s. */
  intervalMs?: number;
  /** Where a failed sample is reported (once until a sample succeeds again). */
  logger?: Logger;
}

export interface QueueDepthSampler {
  /** Samples both queues now (also what every tick does); never rejects. */
  sample(): Promise<void>;
  /** Stops the timer and waits for a sample in progress. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Sets chatops_queue_depth{queue,status} from `store.inbox.depth()` and `store.outbox.depth()`:
 * once at start and then every `intervalMs`, one sample at a time. The timer never keeps the
 * process alive.
 */
export function startQueueDepthSampler(options: QueueDepthSamplerOptions): QueueDepthSampler {
  const { store, metrics, logger } = options;
  const intervalMs = Math.max(options.intervalMs ?? 15_000, 10);
  let stopped = false;
  let failing = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  const sampleOnce = async () => {
    try {
      const [inbox, outbox] = await Promise.all([store.inbox.depth(), store.outbox.depth()]);
      for (const [status, depth] of Object.entries(inbox)) metrics.queueDepth('inbox', status, depth);
      for (const [status, depth] of Object.entries(outbox)) metrics.queueDepth('outbox', status, depth);
      if (failing) logger?.info('queue depth sampling works again');
      failing = false;
    } catch (e) {
      if (!failing) logger?.warn('queue depth sampling failed', { error: e });
      failing = true;
    }
  };
  const sample = () => (running ??= sampleOnce().finally(() => (running = undefined)));
  const tick = () => {
    void sample().then(() => {
      if (stopped) return;
      timer = setTimeout(tick, intervalMs);
      timer.unref();
    });
  };
  tick();

  return {
    sample,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
