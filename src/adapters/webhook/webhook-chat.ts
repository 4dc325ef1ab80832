import { randomUUID } from 'node:crypto';
import type { ChatPort, OutgoingMessage, PostedMessage } from '../../ports/chat.js';
import { ChatSendError } from '../../ports/chat.js';
import { renderSlack } from '../../render/slack.js';

export interface WebhookChatOptions {
  /** Configuration name → incoming webhook URL (a secret: never logged). */
  urls: ReadonlyMap<string, string>;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/**
 * A generic incoming webhook (what replaced Amazon Chime webhooks): each message is POSTed as
 * `{"text", "blocks"}` — the Slack-compatible shape most chat webhooks accept. Webhooks can't
 * thread or edit, so replies arrive as new messages and updates are skipped.
 */
export class WebhookChat implements ChatPort {
  readonly platform = 'webhook' as const;
  private readonly fetch: typeof fetch;

  constructor(private readonly o: WebhookChatOptions) {
    this.fetch = o.fetch ?? fetch;
  }

  async post(channelId: string, message: OutgoingMessage): Promise<PostedMessage> {
    const url = this.o.urls.get(channelId);
    if (!url) throw new ChatSendError('permanent', 'WEBHOOK_NOT_CONFIGURED', `The configuration "${channelId}" has no webhook URL.`);
    const body = message.card ? renderSlack(message.card) : { text: message.text ?? '' };
    let res: Response;
    try {
      res = await this.fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(this.o.timeoutMs ?? 10_000), redirect: 'error' });
    } catch (cause) {
      throw new ChatSendError('transient', 'WEBHOOK_UNREACHABLE', `The webhook of "${channelId}" did not answer.`, { cause });
    }
    await res.body?.cancel().catch(() => undefined);
    if (res.status === 429) throw new ChatSendError('rate-limited', 'WEBHOOK_RATE_LIMITED', `The webhook of "${channelId}" asked us to slow down.`, { retryAfterMs: retryAfterMs(res.headers.get('retry-after')) });
    if (res.status >= 500 || res.status === 408) throw new ChatSendError('transient', `WEBHOOK_HTTP_${res.status}`, `The webhook of "${channelId}" answered HTTP ${res.status}.`);
    if (res.status >= 300) throw new ChatSendError('permanent', `WEBHOOK_HTTP_${res.status}`, `The webhook of "${channelId}" refused the message (HTTP ${res.status}); check its URL.`);
    const id = randomUUID();
    return { messageId: id, threadId: message.threadId ?? id };
  }

  async update(): Promise<void> {
    // Incoming webhooks can't edit a message they posted.
  }
}

/** Retry-After in seconds or as an HTTP date; 1 s when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number {
  if (!header) return 1_000;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? 1_000 : Math.max(0, date - now);
}
