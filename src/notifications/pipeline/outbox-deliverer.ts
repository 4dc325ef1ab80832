import type { Platform } from '../../core/chat-event.js';
import type { ChatPort } from '../../ports/chat.js';
import { ChatSendError } from '../../ports/chat.js';
import type { Clock } from '../../ports/clock.js';
import type { NewTraceEntry, OutboxMessage } from '../../ports/delivery-store.js';
import type { Logger } from '../../ports/logger.js';
import type { Metrics } from '../../ports/metrics.js';
import type { Store } from '../../ports/store.js';
import { backoffMs } from './backoff.js';
import { digestCard, worstSeverity } from './digest-card.js';
import { Loop } from './loop.js';
import { PLATFORM_LIMITS } from './platform-limits.js';
import type { RateRule } from './rate-limiter.js';
import { RateLimiter } from './rate-limiter.js';

/** The summary kind of digest rows. */
export const DIGEST_KIND = 'Digest';

export interface DelivererOptions {
  platform: Platform;
  chat: ChatPort;
  store: Store;
  metrics: Metrics;
  logger: Logger;
  clock: Clock;
  owner: string;
  /** Per-channel pacing; defaults to the platform's limits. */
  limits?: readonly RateRule[];
  /** Fold a channel's backlog into one digest card when more than this many are waiting. 0 turns it off. */
  coalesceAbove?: number;
  /** Tries before a message is dead-lettered. */
  maxAttempts?: number;
  /** Channels worked on at once. */
  concurrency?: number;
  leaseMs?: number;
  pollMs?: number;
  /** Waits; tests may pass one that resolves at once. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Lines about one configuration's notifications, filtered by its loggingLevel. */
  loggerFor?: (configuration: string) => Logger;
}

/**
 * Outbox → chat, for one platform. One deliverer holds a channel at a time (a lease in the
 * store), sends its messages in order, paced within the platform's limits, honours 429
 * Retry-After, retries transient failures with backoff and jitter, dead-letters after
 * `maxAttempts` with the reason, threads replies under the thread's first message and updates
 * that first card to the latest state, and folds a burst into a digest card.
 */
export class OutboxDeliverer {
  private readonly loop: Loop;
  private readonly limiter: RateLimiter;
  private readonly sleep: (ms: number) => Promise<void>;
  private stopping = false;

  private log(configuration: string): Logger {
    return this.o.loggerFor?.(configuration) ?? this.o.logger;
  }

  constructor(private readonly o: DelivererOptions) {
    this.limiter = new RateLimiter(o.limits ?? PLATFORM_LIMITS[o.platform]);
    this.sleep = o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.loop = new Loop(() => this.runOnce(), { idleMs: o.pollMs ?? 1_000, logger: o.logger, name: `${o.platform} deliverer` });
  }

  start(): void {
    this.stopping = false;
    this.loop.start();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.loop.stop();
  }

  wake(): void {
    this.loop.wake();
  }

  get running(): boolean {
    return this.loop.running;
  }

  /** Leases channels with due messages and drains them; returns how many messages it handled. */
  async runOnce(): Promise<number> {
    const leaseMs = this.o.leaseMs ?? 30_000;
    const channels = await this.o.store.outbox.leaseChannels(this.o.platform, { limit: this.o.concurrency ?? 8, leaseMs, owner: this.o.owner });
    const counts = await Promise.all(channels.map((key) => this.drain(key, leaseMs)));
    return counts.reduce((a, b) => a + b, 0);
  }

  /** Sends one channel's due messages in order until it is empty, paced, or the lease runs short. */
  private async drain(channelKey: string, leaseMs: number): Promise<number> {
    const started = this.o.clock.now().getTime();
    let handled = 0;
    try {
      refill: while (!this.stopping && this.o.clock.now().getTime() - started < leaseMs / 2) {
        // One read per batch: this deliverer holds the channel, so the rows stay ours to send.
        const rows = await this.o.store.outbox.pending(channelKey, 500);
        if (!rows.length) break;
        if (await this.maybeCoalesce(channelKey, rows, this.o.clock.now().getTime())) {
          handled += rows.length;
          continue;
        }
        for (const row of rows) {
          const now = this.o.clock.now().getTime();
          if (this.stopping || now - started >= leaseMs / 2) break refill;
          if (Date.parse(row.nextAttemptAt) > now) break refill; // waits for its retry time; order is kept behind it
          const wait = this.limiter.delay(channelKey, now);
          if (wait > 0) {
            if (now + wait - started > leaseMs / 2) break refill;
            await this.sleep(wait);
          }
          if (!(await this.send(row))) break; // failed: re-read, the row now waits for its retry
          handled++;
        }
      }
    } finally {
      await this.o.store.outbox.releaseChannel(channelKey, this.o.owner).catch(() => undefined);
    }
    return handled;
  }

  /**
   * A backlog bigger than the channel can take soon becomes one digest card: the first
   * message of the burst already went out on its own, the rest are listed in the digest.
   */
  private async maybeCoalesce(channelKey: string, rows: OutboxMessage[], now: number): Promise<boolean> {
    const above = this.o.coalesceAbove ?? 10;
    // A digest waiting for its turn (after a 429) is sent as it is, never folded into another.
    const foldable = rows.filter((r) => r.summary.kind !== DIGEST_KIND);
    if (above <= 0 || foldable.length <= above) return false;
    rows = foldable;
    const first = rows[0]!;
    const ids = rows.map((r) => r.id);
    const span = Math.max(1, Math.round((Date.parse(rows[rows.length - 1]!.createdAt) - Date.parse(first.createdAt)) / 60_000));
    const card = digestCard(rows, span <= 1 ? 'in the last minute' : `in the last ${span} minutes`);
    const digest = {
      id: `digest/${channelKey}/${first.seq}-${rows[rows.length - 1]!.seq}`,
      messageId: first.messageId,
      eventId: `digest:${first.seq}`,
      configuration: first.configuration,
      platform: first.platform,
      channelId: first.channelId,
      channelKey,
      card,
      summary: { title: card.title, severity: worstSeverity(rows.map((r) => r.summary.severity)), source: 'aws-chatops', kind: DIGEST_KIND },
    };
    const folded = await this.o.store.outbox.coalesce(ids, digest);
    const perConfiguration = new Map<string, number>();
    for (const r of rows.filter((x) => folded.includes(x.id))) perConfiguration.set(r.configuration, (perConfiguration.get(r.configuration) ?? 0) + 1);
    for (const [configuration, n] of perConfiguration) this.o.metrics.eventsThrottled(configuration, n);
    await this.o.store.trace.add(
      rows.filter((x) => folded.includes(x.id)).map((r) => ({ messageId: r.messageId, eventId: r.eventId, step: 'coalesced' as const, configuration: r.configuration, detail: { digestId: digest.id, waiting: rows.length } })),
    );
    this.o.logger.info('burst folded into a digest card', { channelKey, events: folded.length, digestId: digest.id, now });
    return folded.length > 0;
  }

  /** True when the message went out; false when it failed (retry scheduled or dead-lettered). */
  private async send(row: OutboxMessage): Promise<boolean> {
    const chat = this.o.chat;
    const now = () => this.o.clock.now().getTime();
    try {
      const thread = row.threadKey ? await this.o.store.threads.get(row.channelKey, row.threadKey) : undefined;
      // A chat that looks for earlier posts must hear of a try that a crash cut short before its
      // outcome was recorded (attempts counts ended tries only): mark the try before it starts,
      // and count a row found marked as tried once more. Other chats need no extra write.
      const attempt = row.attempts + 1 + (row.sendingSince ? 1 : 0);
      if (chat.looksForEarlierPosts) await this.o.store.outbox.markSending(row.id);
      const posted = await chat.post(row.channelId, { card: row.card, idempotencyKey: row.id, attempt, ...(thread ? { threadId: thread.threadId } : {}) });
      this.limiter.record(row.channelKey, now());
      if (row.threadKey && !thread) {
        await this.o.store.threads.putIfAbsent({ channelKey: row.channelKey, threadKey: row.threadKey, messageId: posted.messageId, threadId: posted.threadId });
      }
      await this.o.store.outbox.markSent(row.id, { chatMessageId: posted.messageId, chatThreadId: posted.threadId });
      this.o.metrics.delivery(row.configuration, row.platform, 'success');
      this.log(row.configuration).info('notification delivered', { outboxId: row.id, channel: row.channelId, chatMessageId: posted.messageId });
      this.o.metrics.deliveryLatency(row.platform, Math.max(0, (now() - Date.parse(row.createdAt)) / 1000));
      const trace: NewTraceEntry[] = [{ messageId: row.messageId, eventId: row.eventId, step: 'delivered', configuration: row.configuration, detail: { channel: row.channelId, chatMessageId: posted.messageId, chatThreadId: posted.threadId, attempt } }];
      if (thread) {
        // The thread's first card shows the latest state (an alarm back to OK turns it green).
        await chat.update(row.channelId, thread.messageId, { card: { ...row.card, threadKey: row.threadKey } }).then(
          () => trace.push({ messageId: row.messageId, eventId: row.eventId, step: 'updated', configuration: row.configuration, detail: { channel: row.channelId, chatMessageId: thread.messageId, chatThreadId: thread.threadId, attempt: 1 } }),
          (e: unknown) => this.log(row.configuration).warn('could not update the first card of the thread', { channelKey: row.channelKey, error: String(e) }),
        );
      }
      await this.o.store.trace.add(trace);
      return true;
    } catch (e) {
      await this.failed(row, e);
      return false;
    }
  }

  private async failed(row: OutboxMessage, e: unknown): Promise<void> {
    const err = e instanceof ChatSendError ? e : new ChatSendError('transient', 'CHAT_FAILED', e instanceof Error ? e.message : String(e), { cause: e });
    const attempt = row.attempts + 1;
    const max = this.o.maxAttempts ?? 8;
    const reason = `${err.code}: ${err.message}`;
    if (err.kind === 'permanent' || attempt >= max) {
      await this.o.store.outbox.markDead(row.id, err.kind === 'permanent' ? reason : `gave up after ${attempt} tries: ${reason}`);
      await this.o.store.trace.add([{ messageId: row.messageId, eventId: row.eventId, step: 'dead', configuration: row.configuration, detail: { reason, attempts: attempt } }]);
      this.o.metrics.delivery(row.configuration, row.platform, 'dead');
      this.log(row.configuration).error('message dead-lettered', { configuration: row.configuration, channelKey: row.channelKey, outboxId: row.id, reason });
      return;
    }
    const now = this.o.clock.now().getTime();
    const wait = err.kind === 'rate-limited' ? (err.retryAfterMs ?? 1_000) : backoffMs(attempt, { random: this.o.random });
    if (err.kind === 'rate-limited') this.limiter.block(row.channelKey, now + wait);
    await this.o.store.outbox.markRetry(row.id, reason, new Date(now + wait));
    await this.o.store.trace.add([{ messageId: row.messageId, eventId: row.eventId, step: 'retry', configuration: row.configuration, detail: { reason, attempt, retryInMs: wait } }]);
    this.o.metrics.delivery(row.configuration, row.platform, err.kind === 'rate-limited' ? 'retry' : 'failure');
    this.log(row.configuration).warn('delivery will be retried', { configuration: row.configuration, channelKey: row.channelKey, outboxId: row.id, reason, retryInMs: wait });
  }
}
