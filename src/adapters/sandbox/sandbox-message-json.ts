import type { SandboxMessage } from '../../ports/store.js';

/** The wire shape of a sandbox message (GET messages, the SSE stream). Part of the API contract. */
export interface SandboxMessageJson {
  id: string;
  channelId: string;
  /** The thread's first message id; null for a top-level message. */
  threadId: string | null;
  /** "bot" or the user name. */
  from: string;
  text: string;
  card: SandboxMessage['card'];
  /** Block Kit payload `{text, blocks}`; null for a text message. */
  slack: unknown;
  /** Adaptive Card; null for a text message. */
  teams: unknown;
  createdAt: string;
  updatedAt: string;
}

export function toMessageJson(m: SandboxMessage): SandboxMessageJson {
  return {
    id: m.id,
    channelId: m.channelId,
    threadId: m.threadId,
    from: m.from,
    text: m.text,
    card: m.card,
    slack: m.slack ?? null,
    teams: m.teams ?? null,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  };
}
