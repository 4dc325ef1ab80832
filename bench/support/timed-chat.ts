/**
 * A ChatPort in front of another (the sandbox, or test/support's FakeChat) that notes when each
 * chat API call was made, and can answer 429 with Retry-After to every n-th post. It also
 * watches the deliverer: a post to a channel still inside a Retry-After window it was given is
 * counted as an unhonoured 429.
 */
import type { ChatPort, OutgoingMessage, PostedMessage } from '../../src/ports/chat.js';
import { ChatSendError } from '../../src/ports/chat.js';

export interface TimedChatOptions {
  /** Answer 429 to every n-th post (0: never). */
  rateLimitEvery?: number;
  retryAfterMs?: number;
}

/** Wall-clock milliseconds with sub-millisecond resolution, comparable across processes. */
export const wallClock = () => performance.timeOrigin + performance.now();

export class TimedChat implements ChatPort {
  readonly platform: ChatPort['platform'];
  /** Idempotency key (outbox id) → when the post that delivered it was called. */
  readonly postedAt = new Map<string, number>();
  posts = 0;
  updates = 0;
  rateLimited = 0;
  /** Posts with a key already delivered (a re-send). */
  repeated = 0;
  /** Posts made to a channel before the Retry-After it was given had passed. */
  unhonoured = 0;
  private calls = 0;
  private readonly blockedUntil = new Map<string, number>();

  constructor(
    private readonly inner: ChatPort,
    private readonly o: TimedChatOptions = {},
  ) {
    this.platform = inner.platform;
  }

  async post(channelId: string, message: OutgoingMessage): Promise<PostedMessage> {
    const at = wallClock();
    this.calls++;
    if (at < (this.blockedUntil.get(channelId) ?? 0)) this.unhonoured++;
    const every = this.o.rateLimitEvery ?? 0;
    if (every > 0 && this.calls % every === 0) {
      const retryAfterMs = this.o.retryAfterMs ?? 1_000;
      this.blockedUntil.set(channelId, at + retryAfterMs);
      this.rateLimited++;
      throw new ChatSendError('rate-limited', 'CHAT_RATE_LIMITED', 'the chat API answered 429', { retryAfterMs });
    }
    const posted = await this.inner.post(channelId, message);
    this.posts++;
    const key = message.idempotencyKey;
    if (key !== undefined) {
      if (this.postedAt.has(key)) this.repeated++;
      else this.postedAt.set(key, at);
    }
    return posted;
  }

  async update(channelId: string, messageId: string, message: OutgoingMessage): Promise<void> {
    this.updates++;
    await this.inner.update(channelId, messageId, message);
  }

  /** SNS MessageId → when its first chat message was posted (outbox ids are `<MessageId>/<n>/<configuration>`). */
  postedByMessageId(): Map<string, number> {
    const out = new Map<string, number>();
    for (const [key, at] of this.postedAt) {
      if (key.startsWith('digest/')) continue;
      const messageId = key.slice(0, key.indexOf('/'));
      out.set(messageId, Math.min(at, out.get(messageId) ?? Infinity));
    }
    return out;
  }
}
