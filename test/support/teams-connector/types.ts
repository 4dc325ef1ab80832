/** The public shape of the fake Bot Framework Connector (test/support/teams-connector/index.ts). */

export type FakeConversationType = 'channel' | 'groupChat' | 'personal';

export interface FakeConversationOptions {
  /** A channel (`19:…@thread.tacv2`), group chat or personal chat id; never a thread's `;messageid=` form. */
  id: string;
  type: FakeConversationType;
  /** For a channel: its team (the team's General channel id). */
  teamId?: string;
  /** The bot was removed (or never added to a private channel): every call answers 403 BotNotInConversationRoster. */
  botRemoved?: boolean;
}

export interface TeamsConnectorOptions {
  /** Where the routes live under the origin, e.g. '/_connector' like the Agents Playground; default ''. */
  basePath?: string;
  /** The conversations the connector knows; default FAKE_TEAMS' (a team with channels, a group chat, a personal chat). */
  conversations?: FakeConversationOptions[];
}

/** One HTTP request as the fake received it, with the status it answered. */
export interface ConnectorRequest {
  method: string;
  /** The path under the base path, as sent (conversation id not decoded), query string included. */
  path: string;
  /** The conversation id from the path, decoded, in the form sent (a thread's `;messageid=` form kept). */
  conversationId?: string;
  /** The activity id from the path (a reply, update or delete). */
  activityId?: string;
  headers: Record<string, string | string[] | undefined>;
  /** The Authorization header, when there was one. */
  authorization?: string;
  body: unknown;
  status: number;
}

/** A message the bot has in a conversation, as Teams would show it. */
export interface FakeTeamsMessage {
  id: string;
  /** The channel or chat (never a thread's form). */
  conversationId: string;
  /** In a channel: the thread's first message (its own id for a new thread). In a chat: its own id. */
  threadId: string;
  /** Set when it was sent as a reply to an activity (replyToId or the reply route). */
  replyToId?: string;
  text?: string;
  textFormat?: string;
  /** The first Adaptive Card attachment's content. */
  card?: Record<string, unknown>;
  attachments: unknown[];
  /** How many times it was updated. */
  updates: number;
}

export interface ConnectorFailure {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface TeamsConnector {
  /** The service URL (origin + base path, no trailing slash): give it to `new Client(url)` or SERVICE_URL. */
  readonly url: string;
  readonly requests: readonly ConnectorRequest[];
  /** The bot's messages in a channel or chat, oldest first; a thread's `;messageid=` form lists that thread. */
  messages(conversationId: string): FakeTeamsMessage[];
  addConversation(conversation: FakeConversationOptions): void;
  /** The bot is removed from the conversation: later calls answer 403 BotNotInConversationRoster. */
  removeBot(conversationId: string): void;
  /** The next request (any route) answers `status` with `body` (default `{error:{code,message}}`) and headers. */
  failNext(status: number, body?: unknown, headers?: Record<string, string>): void;
  /** The next `n` requests answer 429 with Retry-After: `retryAfterSeconds`. */
  rateLimit(n: number, retryAfterSeconds: number): void;
  /** Forgets requests, messages and queued failures; conversations go back to the start options. */
  reset(): void;
  close(): Promise<void>;
}
