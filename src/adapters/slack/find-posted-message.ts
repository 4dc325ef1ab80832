import type { WebClient } from '@slack/web-api';

/** The metadata event type that marks a message posted with an idempotency key. */
export const IDEMPOTENCY_EVENT_TYPE = 'chatops_message';

export interface PostedSlackMessage {
  ts: string;
  threadTs?: string;
}

export interface FindOptions {
  channel: string;
  key: string;
  /** Look among the thread's replies instead of the channel's top-level messages. */
  threadTs?: string;
  /** Only messages at or after this time (ms since the epoch). */
  sinceMs: number;
  /** At most this many recent messages (one page). */
  limit: number;
}

/** Message metadata marking a post with its idempotency key. */
export function idempotencyMetadata(key: string): { event_type: string; event_payload: { key: string } } {
  return { event_type: IDEMPOTENCY_EVENT_TYPE, event_payload: { key } };
}

/**
 * The message posted earlier with this idempotency key, if one is among the channel's (or the
 * thread's) recent messages: one conversations.history or conversations.replies call, with
 * include_all_metadata, bounded by time and count.
 */
export async function findPostedMessage(client: WebClient, o: FindOptions): Promise<PostedSlackMessage | undefined> {
  const oldest = (Math.max(0, o.sinceMs) / 1000).toFixed(6);
  const page = o.threadTs
    ? await client.conversations.replies({ channel: o.channel, ts: o.threadTs, oldest, limit: o.limit, include_all_metadata: true })
    : await client.conversations.history({ channel: o.channel, oldest, limit: o.limit, include_all_metadata: true });
  for (const m of page.messages ?? []) {
    const metadata = m.metadata as { event_type?: string; event_payload?: { key?: unknown } } | undefined;
    if (m.ts && metadata?.event_type === IDEMPOTENCY_EVENT_TYPE && metadata.event_payload?.key === o.key) {
      return { ts: m.ts, ...(m.thread_ts ? { threadTs: m.thread_ts } : {}) };
    }
  }
  return undefined;
}
