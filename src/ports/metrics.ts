import type { Platform } from '../core/chat-event.js';

/**
 * What the pipelines count. The real adapter exposes Prometheus text at /metrics (prom-client);
 * `noMetrics` is for tests and tools that don't serve it.
 */
export interface Metrics {
  /** An HTTP request to an SNS endpoint: accepted into the inbox, a duplicate, or rejected (reason = error code). */
  snsRequest(outcome: 'accepted' | 'duplicate' | 'rejected' | 'subscription', reason?: string): void;
  /** The worker processed an event for a configuration. */
  eventProcessed(configuration: string, outcome: 'routed' | 'unsupported' | 'invalid'): void;
  /** Events folded into a digest card instead of sent one by one. */
  eventsThrottled(configuration: string, count: number): void;
  /** One chat message attempt. */
  delivery(configuration: string, platform: Platform, outcome: 'success' | 'failure' | 'retry' | 'dead'): void;
  /** Seconds from receipt at /sns to the chat API call that delivered it. */
  deliveryLatency(platform: Platform, seconds: number): void;
  /**
   * Seconds from a chat platform's request reaching us to our acknowledgement (Slack wants it
   * within 3 s): kind is event, command or interaction.
   */
  chatAck(platform: Platform, kind: string, seconds: number): void;
  /** Current queue depth, set by a periodic sampler. */
  queueDepth(queue: 'inbox' | 'outbox', status: string, depth: number): void;
}

export const noMetrics: Metrics = {
  snsRequest() {},
  eventProcessed() {},
  eventsThrottled() {},
  delivery() {},
  deliveryLatency() {},
  chatAck() {},
  queueDepth() {},
};
