import type { Card } from '../core/card.js';
import type { Platform } from '../core/chat-event.js';

export interface OutgoingMessage {
  card?: Card;
  /** Plain text, used when there is no card. */
  text?: string;
  /** Reply in this thread (the thread's first message id). */
  threadId?: string;
  /**
   * The same key posts once: a second post with it returns the first message instead of a new
   * one (after a crash between "sent" and "recorded"). Adapters do what their platform allows.
   */
  idempotencyKey?: string;
  /**
   * Which try this is (1, the default, for the first). With an idempotency key, adapters that
   * can only honour it by looking for the earlier message first (Slack) look only from try 2 on,
   * so a first post costs one API call. The deliverer passes its row's `attempts + 1`, plus one
   * when an earlier try was interrupted before it was recorded (see `looksForEarlierPosts`).
   */
  attempt?: number;
  /**
   * The workspace (Slack team id) or tenant the channel belongs to, when the adapter serves
   * several; adapters that serve one ignore it.
   */
  workspaceId?: string;
}

export interface PostedMessage {
  messageId: string;
  /** The thread the message belongs to: its own id for a new top-level message. */
  threadId: string;
}

/** What the core needs from a chat platform. */
export interface ChatPort {
  readonly platform: Platform;
  /**
   * True when the adapter honours an idempotency key by looking for the message an earlier try
   * posted (Slack), and so must be told, through `attempt`, that a try was interrupted before
   * it was recorded. The deliverer then marks a row as being sent before posting it, so a try
   * cut short by a crash still counts. Adapters that honour the key without looking (the
   * sandbox derives the message id from it) leave this unset and cost no extra write.
   */
  readonly looksForEarlierPosts?: boolean;
  post(channelId: string, message: OutgoingMessage): Promise<PostedMessage>;
  update(channelId: string, messageId: string, message: OutgoingMessage): Promise<void>;
}

/**
 * A failed chat API call, classified for the deliverer: rate limited (retry after the given
 * time), transient (retry with backoff: 5xx, timeouts, network) or permanent (channel not
 * found, bot not in channel, invalid payload: retrying can't help).
 */
export class ChatSendError extends Error {
  readonly kind: 'rate-limited' | 'transient' | 'permanent';
  readonly code: string;
  readonly retryAfterMs?: number;

  constructor(kind: 'rate-limited' | 'transient' | 'permanent', code: string, message: string, options: { retryAfterMs?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'ChatSendError';
    this.kind = kind;
    this.code = code;
    this.retryAfterMs = options.retryAfterMs;
  }
}
