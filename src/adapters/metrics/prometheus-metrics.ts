import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Platform } from '../../core/chat-event.js';
import type { Metrics } from '../../ports/metrics.js';
import { configurationLabel, errorCodeLabel } from './bounded-label.js';

/** Delivery latency buckets in seconds: 10 ms to 60 s. */
export const LATENCY_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/** Ack latency buckets in seconds: 1 ms to 3 s (Slack's limit). */
export const ACK_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3];
const ACK_KINDS = new Set(['event', 'command', 'interaction']);

export interface PrometheusMetricsOptions {
  /** Add prom-client's process metrics (CPU, memory, event loop, GC) to the registry. Default true. */
  defaultMetrics?: boolean;
}

/**
 * The Metrics port on prom-client, with a registry of its own (never prom-client's global one),
 * so several can live in one process. `text()` is the Prometheus exposition served at /metrics.
 */
export class PrometheusMetrics implements Metrics {
  readonly registry = new Registry();
  private readonly configurations = configurationLabel();
  private readonly reasons = errorCodeLabel();

  private readonly snsRequests = new Counter({
    name: 'chatops_sns_requests_total',
    help: 'Requests to an SNS endpoint by outcome (accepted, duplicate, rejected, subscription); reason is the error code of a rejection.',
    labelNames: ['outcome', 'reason'] as const,
    registers: [this.registry],
  });
  private readonly eventsProcessed = new Counter({
    name: 'chatops_events_processed_total',
    help: 'Events the worker processed per channel configuration: routed, unsupported or invalid.',
    labelNames: ['configuration', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly throttled = new Counter({
    name: 'chatops_events_throttled_total',
    help: 'Events folded into a digest card instead of being sent one by one.',
    labelNames: ['configuration'] as const,
    registers: [this.registry],
  });
  private readonly deliveries = new Counter({
    name: 'chatops_deliveries_total',
    help: 'Chat message attempts per configuration and platform: success, failure, retry or dead.',
    labelNames: ['configuration', 'platform', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'chatops_delivery_latency_seconds',
    help: 'Seconds from receipt at the SNS endpoint to the chat API call that delivered the event.',
    labelNames: ['platform'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly ack = new Histogram({
    name: 'chatops_chat_ack_seconds',
    help: 'Seconds from a chat platform request reaching the service to its acknowledgement (Slack allows 3 s).',
    labelNames: ['platform', 'kind'] as const,
    buckets: ACK_BUCKETS,
    registers: [this.registry],
  });
  private readonly depth = new Gauge({
    name: 'chatops_queue_depth',
    help: 'Rows in the inbox and outbox by status, as last sampled.',
    labelNames: ['queue', 'status'] as const,
    registers: [this.registry],
  });

  constructor(options: PrometheusMetricsOptions = {}) {
    if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: this.registry });
  }

  /** The content type of `text()` (Prometheus text format 0.0.4). */
  get contentType(): string {
    return this.registry.contentType;
  }

  /** Every series in Prometheus text format. */
  text(): Promise<string> {
    return this.registry.metrics();
  }

  snsRequest(outcome: 'accepted' | 'duplicate' | 'rejected' | 'subscription', reason?: string): void {
    this.snsRequests.inc({ outcome, reason: this.reasons.value(reason) });
  }

  eventProcessed(configuration: string, outcome: 'routed' | 'unsupported' | 'invalid'): void {
    this.eventsProcessed.inc({ configuration: this.configurations.value(configuration), outcome });
  }

  eventsThrottled(configuration: string, count: number): void {
    if (!(count > 0)) return;
    this.throttled.inc({ configuration: this.configurations.value(configuration) }, count);
  }

  delivery(configuration: string, platform: Platform, outcome: 'success' | 'failure' | 'retry' | 'dead'): void {
    this.deliveries.inc({ configuration: this.configurations.value(configuration), platform, outcome });
  }

  chatAck(platform: Platform, kind: string, seconds: number): void {
    if (!Number.isFinite(seconds) || seconds < 0) return;
    this.ack.observe({ platform, kind: ACK_KINDS.has(kind) ? kind : 'other' }, seconds);
  }

  deliveryLatency(platform: Platform, seconds: number): void {
    if (!Number.isFinite(seconds) || seconds < 0) return;
    this.latency.observe({ platform }, seconds);
  }

  queueDepth(queue: 'inbox' | 'outbox', status: string, depth: number): void {
    if (!Number.isFinite(depth)) return;
    this.depth.set({ queue, status: /^[a-z-]{1,32}$/.test(status) ? status : 'other' }, depth);
  }
}
