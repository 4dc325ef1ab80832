/** One message as the fake Slack keeps it. */
export interface StoredMessage {
  ts: string;
  threadTs?: string;
  text?: string;
  blocks?: unknown[];
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  user: string;
  team: string;
  /** Set when an app's bot posted it (chat.postMessage). */
  bot?: { botId: string; appId: string };
  edited?: { user: string; ts: string };
  /** A thread reply also shown in the channel (reply_broadcast). */
  broadcast?: boolean;
  /** Replies' timestamps, oldest first, when this message is a thread's parent. */
  replies: string[];
  /** Who replied in the thread, first reply first. */
  replyUsers: string[];
}

/** A channel's messages in timestamp order, with a lookup by ts. */
export class MessageLog {
  private readonly ordered: StoredMessage[] = [];
  private readonly byTs = new Map<string, StoredMessage>();

  constructor(readonly channel: string) {}

  add(message: StoredMessage): void {
    let at = this.ordered.length;
    while (at > 0 && compareTs(this.ordered[at - 1]!.ts, message.ts) > 0) at -= 1;
    this.ordered.splice(at, 0, message);
    this.byTs.set(message.ts, message);
    if (message.threadTs !== undefined && message.threadTs !== message.ts) {
      const parent = this.byTs.get(message.threadTs);
      if (parent) {
        parent.threadTs = parent.ts;
        parent.replies.push(message.ts);
        if (!parent.replyUsers.includes(message.user)) parent.replyUsers.push(message.user);
      }
    }
  }

  get(ts: unknown): StoredMessage | undefined {
    return typeof ts === 'string' ? this.byTs.get(ts) : undefined;
  }

  has(ts: string): boolean {
    return this.byTs.has(ts);
  }

  /** What conversations.history shows: top-level messages and broadcast replies, oldest first. */
  channelView(): StoredMessage[] {
    return this.ordered.filter((m) => m.threadTs === undefined || m.threadTs === m.ts || m.broadcast);
  }

  /** A thread: the parent, then its replies, oldest first. */
  thread(parent: StoredMessage): StoredMessage[] {
    return [parent, ...parent.replies.map((ts) => this.byTs.get(ts)).filter((m): m is StoredMessage => m !== undefined)];
  }

  all(): readonly StoredMessage[] {
    return this.ordered;
  }
}

/** Orders Slack timestamps ("seconds.micros") numerically. */
export function compareTs(a: string, b: string): number {
  const [as = '0', au = '0'] = a.split('.');
  const [bs = '0', bu = '0'] = b.split('.');
  return Number(as) - Number(bs) || Number(au.padEnd(6, '0')) - Number(bu.padEnd(6, '0'));
}

export const TS_PATTERN = /^\d{1,12}\.\d{1,6}$/;
