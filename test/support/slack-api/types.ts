/** The public shape of the fake Slack Web API server (test/support/slack-api/slack-api-server.ts). */

export interface FakeTeamOptions {
  id: string;
  name: string;
  botToken: string;
  botUserId: string;
  enterpriseId?: string;
}

export interface FakeChannelOptions {
  id: string;
  name: string;
  /** The workspace the channel belongs to; without one every workspace the fake knows sees it. */
  teamId?: string;
  isPrivate?: boolean;
  isArchived?: boolean;
  botIsMember?: boolean;
}

export interface SlackApiServerOptions {
  /** Workspaces the fake knows; default one: team T0001 "Example", bot token 'xoxb-test-token', bot user U0BOT, app A0APP. */
  teams?: FakeTeamOptions[];
  /** Channels; default C0ALERTS (public, bot is member), C0OTHER (public, bot not member), G0PRIVATE (private, bot not member), C0ARCHIVED (archived). */
  channels?: FakeChannelOptions[];
  /** OAuth: codes accepted by oauth.v2.access (code -> team id). Default: 'test-oauth-code' -> the first team. */
  oauthCodes?: Record<string, string>;
  clientId?: string;
  clientSecret?: string;
}

export interface SlackApiCall {
  method: string;
  token?: string;
  /** The arguments as sent, with JSON strings (blocks, metadata, view, files, attachments) parsed to values. */
  args: Record<string, unknown>;
}

export type SlackApiFailure = { error: string } | { status: 429; retryAfterSeconds: number } | { status: number };

export interface FakeSlackMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  text?: string;
  blocks?: unknown[];
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  edited?: boolean;
}

export interface FakeSlackFile {
  id: string;
  filename: string;
  title?: string;
  content: string;
  channel?: string;
  thread_ts?: string;
  initialComment?: string;
}

export interface FakeSlackView {
  triggerId: string;
  view: Record<string, unknown>;
}

export type SocketEnvelopeType = 'events_api' | 'interactive' | 'slash_commands';

export interface FakeSocketMode {
  connected(): boolean;
  waitForConnection(): Promise<void>;
  /** Sends an envelope to the newest connection and resolves with the client's ack. */
  send(envelope: { type: SocketEnvelopeType; payload: unknown }): Promise<{ envelope_id: string; payload?: unknown }>;
  /** (Beyond the agreed interface.) Asks every client to reconnect, as Slack does before recycling a server. */
  requestReconnect(reason?: string): void;
}

export interface SlackApiServer {
  /** Base URL ending in '/api/': give it to WebClient({ slackApiUrl }) or SLACK_API_URL. */
  readonly url: string;
  readonly calls: readonly SlackApiCall[];
  callsTo(method: string): SlackApiCall[];
  /** The next `times` (default 1) calls of `method` fail: a Slack error code ({ok:false,error}), HTTP 429 with Retry-After seconds, or an HTTP 5xx. */
  failNext(method: string, failure: SlackApiFailure, times?: number): void;
  /** Messages the bot posted (and later updated) in a channel, oldest first, with ts, thread_ts, text, blocks, metadata. */
  messages(channel: string): FakeSlackMessage[];
  /**
   * (Beyond the agreed interface.) A message from a person, as if typed in Slack: a thread the bot
   * replies to must exist, so a test seeds the mention it answers. Returns the message with its ts.
   */
  addUserMessage(channel: string, message: { user: string; text: string; ts?: string; thread_ts?: string }): FakeSlackMessage;
  /** Files uploaded through files.getUploadURLExternal + upload + files.completeUploadExternal. */
  readonly files: readonly FakeSlackFile[];
  /** Views opened with views.open. */
  readonly views: readonly FakeSlackView[];
  /** Socket Mode: apps.connections.open returns a ws:// URL to this server. */
  readonly socket: FakeSocketMode;
  reset(): void;
  close(): Promise<void>;
}
