import { configurationsForTopic } from '../../config/configurations.js';
import type { ChannelConfiguration } from '../../config/schema.js';
import type { Card } from '../../core/card.js';
import type { Notification } from '../../core/notification.js';
import type { InboxEvent, NewOutboxMessage, NewTraceEntry } from '../../ports/delivery-store.js';
import type { Logger } from '../../ports/logger.js';
import type { Metrics } from '../../ports/metrics.js';
import type { ChannelPreferences, ChannelPreferenceStore } from '../../ports/preferences.js';
import type { Store } from '../../ports/store.js';
import type { NotificationEngine } from '../engine.js';
import { notificationToCard } from '../to-card.js';
import { effectiveThreading } from './channel-threading.js';
import { channelKeyOf, outboxRows } from './route-event.js';
import { Loop } from './loop.js';

export interface InboxWorkerOptions {
  store: Store;
  engine: NotificationEngine;
  configurations: readonly ChannelConfiguration[];
  metrics: Metrics;
  logger: Logger;
  /** Identifies this worker's leases (host + pid + random). */
  owner: string;
  batchSize?: number;
  leaseMs?: number;
  /** How often to look for work when nobody woke us (other replicas, restarts). */
  pollMs?: number;
  maxAttempts?: number;
  /** Called after rows were written to the outbox (wakes the deliverers). */
  onOutbox?: () => void;
  /** Lines about one configuration's notifications, filtered by its loggingLevel. */
  loggerFor?: (configuration: string) => Logger;
  /**
   * Where channel preferences (`@aws preferences`) come from; default `store.preferences`. The
   * service passes a short-lived cache (preference-cache.ts) shared with the command.
   */
  preferences?: ChannelPreferenceStore;
  /** A channel's card for a notification (custom action and logs buttons); default: the card as it is. */
  cardFor?: (notification: Notification, card: Card, configuration: ChannelConfiguration) => Promise<Card>;
}

/**
 * Inbox → outbox. Takes stored SNS events, unwraps and renders them, routes each to every
 * configuration subscribed to its topic, and writes one outbox row per chat message — in one
 * transaction with marking the inbox row done, so a crash at any point repeats the work at
 * most, and the outbox ids make the repeat a no-op.
 */
export class InboxWorker {
  private readonly loop: Loop;
  private readonly byName: Map<string, ChannelConfiguration>;

  constructor(private readonly o: InboxWorkerOptions) {
    this.byName = new Map(o.configurations.map((c) => [c.name, c]));
    this.loop = new Loop(() => this.runOnce(), { idleMs: o.pollMs ?? 1_000, logger: o.logger, name: 'inbox worker' });
  }

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  wake(): void {
    this.loop.wake();
  }

  get running(): boolean {
    return this.loop.running;
  }

  /** Processes one claimed batch; returns how many inbox rows it handled. */
  async runOnce(): Promise<number> {
    const rows = await this.o.store.inbox.claim({ limit: this.o.batchSize ?? 50, leaseMs: this.o.leaseMs ?? 60_000, owner: this.o.owner });
    if (rows.length === 0) return 0;
    // Route every claimed row, then record them all in one transaction.
    const routed: { row: InboxEvent; result: Awaited<ReturnType<InboxWorker['route']>> }[] = [];
    for (const row of rows) {
      try {
        routed.push({ row, result: await this.route(row) });
      } catch (cause) {
        await this.failed(row, cause);
      }
    }
    try {
      await this.o.store.inbox.completeMany(routed.map(({ row, result }) => ({ messageId: row.messageId, result })));
    } catch {
      // One row spoiled the batch: record them one by one, so the others still go through.
      for (const { row, result } of routed) await this.o.store.inbox.complete(row.messageId, result).catch((cause: unknown) => this.failed(row, cause));
    }
    this.o.onOutbox?.();
    return rows.length;
  }

  private async failed(row: InboxEvent, cause: unknown): Promise<void> {
    const status = await this.o.store.inbox.release(row.messageId, String(cause), { maxAttempts: this.o.maxAttempts ?? 5 });
    this.o.logger.error('processing an inbox event failed', { messageId: row.messageId, status, error: String(cause) });
  }

  private async route(row: InboxEvent): Promise<{ outbox: NewOutboxMessage[]; trace: NewTraceEntry[]; eventIds: string[] }> {
    const events = this.o.engine.events(row.body);
    for (const event of events) {
      // Per-configuration paths store "<MessageId>@<configuration>"; the SNS MessageId is the first part.
      if (row.kind === 'raw') event.sns = { ...event.sns, messageId: row.messageId.split('@')[0], topicArn: row.topicArn ?? event.sns?.topicArn };
    }
    const targetsOf = events.map((event) => this.targets(row, event.sns?.topicArn));
    const preferences = await this.channelPreferences(targetsOf.flat());
    const outbox: NewOutboxMessage[] = [];
    const trace: NewTraceEntry[] = [];
    const eventIds: string[] = [];
    for (const [index, event] of events.entries()) {
      const notification = this.o.engine.notification(event);
      const card = notificationToCard(notification);
      if (notification.id !== row.messageId) eventIds.push(notification.id);
      const known = this.o.engine.registry.find(event.source, event.detailType) !== undefined;
      trace.push({ messageId: row.messageId, eventId: notification.id, step: 'recognised', detail: { source: event.source, kind: event.detailType, title: notification.title, ...(notification.problem ? { problem: notification.problem } : {}) } });

      const targets = targetsOf[index] ?? [];
      if (targets.length === 0) {
        trace.push({ messageId: row.messageId, eventId: notification.id, step: 'unrouted', detail: { topicArn: event.sns?.topicArn ?? row.topicArn ?? null, reason: 'no enabled channel configuration is subscribed to this topic' } });
        this.o.logger.warn('no channel configuration is subscribed to this topic; the event is kept but not delivered', { messageId: row.messageId, topicArn: event.sns?.topicArn });
        continue;
      }
      for (const c of targets) {
        this.o.metrics.eventProcessed(c.name, notification.problem ? 'invalid' : known ? 'routed' : 'unsupported');
        if (notification.problem) this.o.loggerFor?.(c.name).warn('event could not be read as its kind; delivered as an error card', { messageId: row.messageId, problem: notification.problem });
        else this.o.loggerFor?.(c.name).info('event routed', { messageId: row.messageId, eventId: notification.id, source: event.source, kind: event.detailType });
        const { threading, from } = effectiveThreading(c, preferences.get(channelKeyOf(c)));
        trace.push({ messageId: row.messageId, eventId: notification.id, step: 'routed', configuration: c.name, detail: { platform: c.platform, channel: c.platform === 'webhook' ? c.name : c.channelId, threading, threadingFrom: from } });
      }
      const cards = new Map<string, Card>();
      if (this.o.cardFor) for (const c of targets) cards.set(c.name, await this.o.cardFor(notification, card, c));
      outbox.push(...outboxRows(row.messageId, index, notification, card, targets, preferences, cards));
    }
    return { outbox, trace, eventIds };
  }

  /** The preferences of the channels these configurations deliver to, by channel key. */
  private async channelPreferences(targets: readonly ChannelConfiguration[]): Promise<Map<string, ChannelPreferences>> {
    if (targets.length === 0) return new Map();
    const records = await (this.o.preferences ?? this.o.store.preferences).getMany(targets.map(channelKeyOf));
    return new Map(records.map((r) => [r.channelKey, r.preferences]));
  }

  private targets(row: InboxEvent, topicArn: string | undefined): ChannelConfiguration[] {
    if (row.configuration) {
      const c = this.byName.get(row.configuration);
      return c && c.enabled ? [c] : [];
    }
    return configurationsForTopic({ configurations: this.o.configurations }, topicArn ?? row.topicArn ?? '');
  }
}
