import { DIGEST_KIND } from '../../notifications/pipeline/outbox-deliverer.js';
import type { InboxEvent, InboxStore, OutboxMessage, OutboxStatus, OutboxStore, TraceEntry, TraceStore } from '../../ports/delivery-store.js';

/** One step of an event's way through the service, oldest first. */
export interface TraceStepView {
  at: string;
  step: string;
  configuration?: string;
  eventId?: string;
  detail?: Record<string, unknown>;
}

/** One chat message the event became (an outbox row). */
export interface DeliveryView {
  configuration: string;
  platform: string;
  channelId: string;
  status: OutboxStatus;
  attempts: number;
  eventId: string;
  title: string;
  chatMessageId?: string;
  chatThreadId?: string;
  lastError?: string;
  digestId?: string;
  /** For a coalesced delivery: the digest message it was folded into, and where that went. */
  digest?: { status: OutboxStatus; chatMessageId?: string; chatThreadId?: string; lastError?: string };
  updatedAt: string;
}

/** The answer of GET /api/trace/:id and `chatops trace ID --json`. */
export interface DeliveryTrace {
  /** What was asked for: an SNS MessageId or an event id. */
  id: string;
  messageId: string;
  /** The inbox row's status (pending, processing, done, failed); without one, the last step (e.g. rejected). */
  status: string;
  receivedAt?: string;
  topicArn?: string;
  /** The configuration a raw delivery path named. */
  configurationHint?: string;
  eventIds: string[];
  /** Why processing failed, for a failed inbox row. */
  lastError?: string;
  steps: TraceStepView[];
  deliveries: DeliveryView[];
}

export interface TraceSources {
  inbox: Pick<InboxStore, 'find' | 'get'>;
  trace: Pick<TraceStore, 'find'>;
  outbox: Pick<OutboxStore, 'forMessage' | 'get'>;
}

/**
 * Everything known about one SNS message, found by its MessageId or by an event id inside it.
 * Undefined when the id is neither in the inbox nor in the trace.
 */
export async function findDeliveryTrace(store: TraceSources, id: string): Promise<DeliveryTrace | undefined> {
  let inbox = await store.inbox.find(id);
  let messageId = inbox?.messageId;
  if (!inbox) {
    const first = (await store.trace.find(id))[0];
    if (!first) return undefined;
    messageId = first.messageId;
    inbox = await store.inbox.get(messageId);
  }
  if (messageId === undefined) return undefined;
  // By messageId: every step of the message, not only those of the event id that was asked for.
  const entries = await store.trace.find(messageId);
  const outbox = await store.outbox.forMessage(messageId);
  const steps = [...receiptSteps(inbox, entries), ...entries.map(stepView)];
  return {
    id,
    messageId,
    status: inbox?.status ?? entries.at(-1)?.step ?? 'unknown',
    receivedAt: inbox?.receivedAt ?? entries[0]?.at,
    topicArn: inbox?.topicArn,
    configurationHint: inbox?.configuration,
    eventIds: inbox?.eventIds ?? [...new Set(entries.flatMap((e) => (e.eventId ? [e.eventId] : [])))],
    lastError: inbox?.status === 'failed' ? inbox.lastError : undefined,
    steps,
    deliveries: await Promise.all(
      // A digest row is filed under the message of its first event; it is shown with each
      // delivery folded into it, not as a delivery of that one event.
      [...outbox]
        .filter((row) => row.summary.kind !== DIGEST_KIND)
        .sort((a, b) => a.seq - b.seq)
        .map(async (row) => deliveryView(row, row.digestId ? await store.outbox.get(row.digestId) : undefined)),
    ),
  };
}

/**
 * No trace row is written for the receipt itself: the inbox row is the record. A notification in
 * the inbox passed signature verification before it was stored; a raw delivery came on a path
 * that holds its configuration's secret token.
 */
function receiptSteps(inbox: InboxEvent | undefined, entries: readonly TraceEntry[]): TraceStepView[] {
  if (!inbox) return [];
  const written = new Set(entries.map((e) => e.step));
  const steps: TraceStepView[] = [];
  if (!written.has('received')) steps.push({ at: inbox.receivedAt, step: 'received', detail: { kind: inbox.kind } });
  if (!written.has('verified')) {
    steps.push({ at: inbox.receivedAt, step: 'verified', detail: inbox.kind === 'raw' ? { by: 'path token (raw delivery)' } : { by: 'SNS signature' } });
  }
  return steps;
}

function stepView(entry: TraceEntry): TraceStepView {
  return {
    at: entry.at,
    step: entry.step,
    ...(entry.configuration ? { configuration: entry.configuration } : {}),
    ...(entry.eventId ? { eventId: entry.eventId } : {}),
    ...(entry.detail && Object.keys(entry.detail).length ? { detail: entry.detail } : {}),
  };
}

function deliveryView(row: OutboxMessage, digest: OutboxMessage | undefined): DeliveryView {
  return {
    configuration: row.configuration,
    platform: row.platform,
    channelId: row.channelId,
    status: row.status,
    attempts: row.attempts,
    eventId: row.eventId,
    title: row.summary.title,
    ...(row.chatMessageId ? { chatMessageId: row.chatMessageId } : {}),
    ...(row.chatThreadId ? { chatThreadId: row.chatThreadId } : {}),
    ...(row.lastError ? { lastError: row.lastError } : {}),
    ...(row.digestId ? { digestId: row.digestId } : {}),
    ...(digest
      ? {
          digest: {
            status: digest.status,
            ...(digest.chatMessageId ? { chatMessageId: digest.chatMessageId } : {}),
            ...(digest.chatThreadId ? { chatThreadId: digest.chatThreadId } : {}),
            ...(digest.lastError ? { lastError: digest.lastError } : {}),
          },
        }
      : {}),
    updatedAt: row.updatedAt,
  };
}
