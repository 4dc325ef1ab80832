import type { Card, Severity } from '../core/card.js';
import type { Platform } from '../core/chat-event.js';

/*
 * The durable parts of notification intake and delivery: inbox (what SNS handed us), outbox
 * (one row per chat message to send), delivery trace (what happened to each event) and SNS
 * subscription records. Implemented in SQL (PGlite / PostgreSQL) and in memory.
 */

// ---------------------------------------------------------------------------------- inbox

export type InboxKind = 'notification' | 'raw';
export type InboxStatus = 'pending' | 'processing' | 'done' | 'failed';

export interface NewInboxEvent {
  /** SNS MessageId (the dedupe key); for raw delivery the x-amz-sns-message-id header or a new id. */
  messageId: string;
  kind: InboxKind;
  topicArn?: string;
  /** The request body exactly as received (SNS envelope JSON, or the raw message). */
  body: string;
  /** Raw delivery on a per-configuration path: deliver only to this configuration. */
  configuration?: string;
}

export interface InboxEvent extends NewInboxEvent {
  status: InboxStatus;
  attempts: number;
  receivedAt: string;
  processedAt?: string;
  /** Event ids found inside (EventBridge id, alarm ARN+time…), for trace look-ups. */
  eventIds: string[];
  lastError?: string;
}

export type InboxAddResult = 'added' | 'duplicate';

export interface InboxStore {
  /**
   * Stores events durably (one transaction for the batch) unless their messageId is already
   * there. When the promise resolves, the rows are committed.
   */
  add(events: readonly NewInboxEvent[]): Promise<InboxAddResult[]>;
  /**
   * Takes up to `limit` pending rows (or processing rows whose lease expired: a worker died),
   * oldest first, marks them processing with a lease until now + leaseMs, and counts the try
   * (attempts + 1, so a worker killed mid-way still counts). Safe with several workers/replicas
   * (FOR UPDATE SKIP LOCKED). Within one `add` batch, rows are ordered by messageId.
   */
  claim(options: { limit: number; leaseMs: number; owner: string }): Promise<InboxEvent[]>;
  /**
   * In ONE transaction: insert the outbox rows (a row whose id exists is skipped: idempotent),
   * add the trace entries, record the event ids, and mark the inbox row done.
   */
  complete(messageId: string, result: { outbox: readonly NewOutboxMessage[]; trace: readonly NewTraceEntry[]; eventIds: readonly string[] }): Promise<void>;
  /**
   * `complete` for several rows in ONE transaction (what a worker does with a claimed batch).
   * Rows already done are skipped; an unknown id fails the whole call and writes nothing.
   */
  completeMany(items: readonly { messageId: string; result: { outbox: readonly NewOutboxMessage[]; trace: readonly NewTraceEntry[]; eventIds: readonly string[] } }[]): Promise<void>;
  /** Processing failed: back to pending, or failed with the reason once attempts (counted by claim) reach maxAttempts. */
  release(messageId: string, error: string, options: { maxAttempts: number }): Promise<InboxStatus>;
  get(messageId: string): Promise<InboxEvent | undefined>;
  /** Finds the inbox row holding this SNS MessageId or event id. */
  find(id: string): Promise<InboxEvent | undefined>;
  depth(): Promise<Record<InboxStatus, number>>;
}

// --------------------------------------------------------------------------------- outbox

export type OutboxStatus = 'pending' | 'sent' | 'dead' | 'coalesced';

export interface NewOutboxMessage {
  /** Idempotency key: one chat message per event per configuration, e.g. `<messageId>/<n>/<configuration>`. */
  id: string;
  messageId: string;
  /** The Notification id. */
  eventId: string;
  configuration: string;
  platform: Platform;
  channelId: string;
  /** `<platform>:<channelId>`: ordering, pacing and leases are per channel key. */
  channelKey: string;
  threadKey?: string;
  card: Card;
  /** For digests and traces. */
  summary: { title: string; severity: Severity; source: string; kind: string };
}

export interface OutboxMessage extends NewOutboxMessage {
  /** Insertion order; delivery within a channel follows it. */
  seq: number;
  status: OutboxStatus;
  attempts: number;
  /** Not before this time (ISO). */
  nextAttemptAt: string;
  lastError?: string;
  chatMessageId?: string;
  chatThreadId?: string;
  /** The outbox id of the digest this row was folded into. */
  digestId?: string;
  /**
   * Set (ISO) while a try is under way (`markSending`), cleared by its outcome. A pending row
   * that has it was being sent when the process stopped: the chat may have the message.
   */
  sendingSince?: string;
  createdAt: string;
  updatedAt: string;
}

export interface OutboxStore {
  /** Adds rows outside an inbox completion (digests); a row whose id exists is skipped. */
  add(messages: readonly NewOutboxMessage[]): Promise<void>;
  /**
   * Leases up to `limit` channel keys of this platform whose FIRST pending row (lowest seq) is
   * due and that have no live lease held by another owner (a lease expires after leaseMs);
   * channels waiting longest first. A row waiting for its retry holds back the rows behind it,
   * so one deliverer per channel at a time keeps each channel's order.
   */
  leaseChannels(platform: Platform, options: { limit: number; leaseMs: number; owner: string }): Promise<string[]>;
  /** Extends or gives back a channel lease. */
  renewChannel(channelKey: string, owner: string, leaseMs: number): Promise<boolean>;
  releaseChannel(channelKey: string, owner: string): Promise<void>;
  /** Pending rows of one channel, in seq order (due or not: the caller paces). */
  pending(channelKey: string, limit: number): Promise<OutboxMessage[]>;
  countPending(channelKey: string): Promise<number>;
  /**
   * A try of this pending row starts now: sets `sendingSince` (a row no longer pending is left
   * alone). Every outcome below clears it. Unknown ids throw.
   */
  markSending(id: string): Promise<void>;
  markSent(id: string, chat: { chatMessageId: string; chatThreadId: string }): Promise<void>;
  markRetry(id: string, error: string, nextAttemptAt: Date): Promise<void>;
  markDead(id: string, error: string): Promise<void>;
  markCoalesced(ids: readonly string[], digestId: string): Promise<void>;
  /**
   * In ONE transaction: insert the digest row (skipped if its id exists) and mark every row of
   * `ids` that is still pending as coalesced into it. Returns the ids actually coalesced (a row
   * already sent or coalesced by someone else is left alone). Nothing is lost or shown twice
   * if the process dies half-way.
   */
  coalesce(ids: readonly string[], digest: NewOutboxMessage): Promise<string[]>;
  get(id: string): Promise<OutboxMessage | undefined>;
  /** Every row of one inbox message (trace). */
  forMessage(messageId: string): Promise<OutboxMessage[]>;
  depth(): Promise<Record<OutboxStatus, number>>;
}

// ---------------------------------------------------------------------------------- trace

export type TraceStep =
  | 'received'
  | 'verified'
  | 'duplicate'
  | 'rejected'
  | 'recognised'
  | 'routed'
  | 'unrouted'
  | 'rendered'
  | 'delivered'
  | 'updated'
  | 'retry'
  | 'dead'
  | 'coalesced'
  | 'subscription-confirmed'
  | 'subscription-refused'
  | 'unsubscribed';

export interface NewTraceEntry {
  messageId: string;
  eventId?: string;
  step: TraceStep;
  configuration?: string;
  /** Small JSON detail: channel, chat message id, reason… never secrets. */
  detail?: Record<string, unknown>;
}

export interface TraceEntry extends NewTraceEntry {
  at: string;
  seq: number;
}

export interface TraceStore {
  add(entries: readonly NewTraceEntry[]): Promise<void>;
  /** Entries whose messageId or eventId is `id`, in order. */
  find(id: string): Promise<TraceEntry[]>;
}

// -------------------------------------------------------------------------- subscriptions

export interface SubscriptionRecord {
  messageId: string;
  type: 'SubscriptionConfirmation' | 'UnsubscribeConfirmation';
  topicArn: string;
  status: 'confirmed' | 'refused' | 'failed' | 'recorded';
  reason?: string;
  at: string;
}

export interface SubscriptionStore {
  record(entry: Omit<SubscriptionRecord, 'at'>): Promise<void>;
  list(topicArn?: string): Promise<SubscriptionRecord[]>;
}
