import { FAKE_TEAMS } from './defaults.js';
import type { FakeConversationOptions, FakeTeamsMessage } from './types.js';

/** A Bot Connector error: the HTTP status and the `{error:{code,message}}` body Teams sends. */
export class ConnectorError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const THREAD_SUFFIX = /;messageid=([^;]+)$/;

/** The conversations the fake knows and the bot's messages in them. */
export class ConnectorState {
  readonly conversations = new Map<string, FakeConversationOptions>();
  readonly log: FakeTeamsMessage[] = [];
  #nextId: number = FAKE_TEAMS.firstMessageId;

  constructor(private readonly initial: readonly FakeConversationOptions[]) {
    this.reset();
  }

  reset(): void {
    this.conversations.clear();
    for (const c of this.initial) this.conversations.set(c.id, { ...c });
    this.log.length = 0;
    this.#nextId = FAKE_TEAMS.firstMessageId;
  }

  nextId(): string {
    return String(this.#nextId++);
  }

  /** The conversation a path names, and the thread for a channel's `;messageid=` form; 404/403/400 as Teams answers. */
  resolve(pathId: string): { conversation: FakeConversationOptions; threadId?: string } {
    const match = THREAD_SUFFIX.exec(pathId);
    const id = match ? pathId.slice(0, match.index) : pathId;
    const conversation = this.conversations.get(id);
    if (!conversation) throw new ConnectorError(404, 'ConversationNotFound', 'Conversation not found.');
    if (conversation.botRemoved) throw new ConnectorError(403, 'BotNotInConversationRoster', 'The bot is not part of the conversation roster.');
    if (match && conversation.type !== 'channel') throw new ConnectorError(400, 'BadArgument', `Conversation ${id} is a ${conversation.type}: only channels have threads (;messageid=).`);
    return match ? { conversation, threadId: match[1]! } : { conversation };
  }

  find(conversationId: string, activityId: string): FakeTeamsMessage {
    const found = this.log.find((m) => m.conversationId === conversationId && m.id === activityId);
    if (!found) throw new ConnectorError(404, 'ActivityNotFoundInConversation', `Activity ${activityId} not found in conversation.`);
    return found;
  }

  /** A channel reply joins the thread of the message it answers (a person's post the fake never saw starts its own). */
  threadOf(conversationId: string, activityId: string): string {
    return this.log.find((m) => m.conversationId === conversationId && m.id === activityId)?.threadId ?? activityId;
  }

  messages(pathId: string): FakeTeamsMessage[] {
    const match = THREAD_SUFFIX.exec(pathId);
    const id = match ? pathId.slice(0, match.index) : pathId;
    return this.log.filter((m) => m.conversationId === id && (!match || m.threadId === match[1])).map((m) => structuredClone(m));
  }
}
