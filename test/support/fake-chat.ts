import type { Card } from '../../src/core/card.js';
import type { Platform } from '../../src/core/chat-event.js';
import type { ChatPort, OutgoingMessage, PostedMessage } from '../../src/ports/chat.js';
import { ChatSendError } from '../../src/ports/chat.js';

export interface PostedRecord {
  channelId: string;
  messageId: string;
  threadId: string;
  card?: Card;
  replyTo?: string;
  idempotencyKey?: string;
}

/**
 * A chat platform in memory: records every post and update, honours idempotency keys, and can
 * be told to fail the next calls (outage, 429) to exercise the deliverer.
 */
export class FakeChat implements ChatPort {
  readonly posts: PostedRecord[] = [];
  readonly updates: { channelId: string; messageId: string; card?: Card }[] = [];
  private readonly byKey = new Map<string, PostedRecord>();
  private failures: ChatSendError[] = [];
  private n = 0;
  calls = 0;

  constructor(readonly platform: Platform = 'sandbox') {}

  /** The next `count` posts fail with this error. */
  failNext(count: number, error: () => ChatSendError): void {
    for (let i = 0; i < count; i++) this.failures.push(error());
  }

  static outage(): ChatSendError {
    return new ChatSendError('transient', 'CHAT_HTTP_500', 'the chat API answered 500');
  }

  static rateLimited(retryAfterMs: number): ChatSendError {
    return new ChatSendError('rate-limited', 'CHAT_RATE_LIMITED', 'the chat API answered 429', { retryAfterMs });
  }

  async post(channelId: string, message: OutgoingMessage): Promise<PostedMessage> {
    this.calls++;
    const failure = this.failures.shift();
    if (failure) throw failure;
    const seen = message.idempotencyKey ? this.byKey.get(message.idempotencyKey) : undefined;
    if (seen) return { messageId: seen.messageId, threadId: seen.threadId };
    const messageId = `m${++this.n}`;
    const record: PostedRecord = { channelId, messageId, threadId: message.threadId ?? messageId, card: message.card, replyTo: message.threadId, idempotencyKey: message.idempotencyKey };
    this.posts.push(record);
    if (message.idempotencyKey) this.byKey.set(message.idempotencyKey, record);
    return { messageId, threadId: record.threadId };
  }

  async update(channelId: string, messageId: string, message: OutgoingMessage): Promise<void> {
    this.updates.push({ channelId, messageId, card: message.card });
  }
}
