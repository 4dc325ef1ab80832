import type { ApiRequest } from './read-request.js';
import type { FakeChannel, FakeTeam, FakeWorkspace } from './workspace.js';

/** A Web API answer: `{ ok: true, ... }` or `{ ok: false, error, ... }`, always HTTP 200. */
export type ApiResult = { ok: boolean } & Record<string, unknown>;

export function ok(fields: Record<string, unknown> = {}): ApiResult {
  return { ok: true, ...fields };
}

export function fail(error: string, extra: Record<string, unknown> = {}): ApiResult {
  return { ok: false, error, ...extra };
}

/** Slack's answer to a malformed argument: invalid_arguments with the reason in response_metadata. */
export function invalidArguments(...messages: string[]): ApiResult {
  return fail('invalid_arguments', { response_metadata: { messages: messages.map((m) => `[ERROR] ${m}`) } });
}

export function isFailure(value: unknown): value is ApiResult {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}

export interface MethodContext {
  request: ApiRequest;
  args: Record<string, unknown>;
  workspace: FakeWorkspace;
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Issues a one-time Socket Mode URL (apps.connections.open). */
  openSocketUrl(): string;
}

export type BotContext = MethodContext & { team: FakeTeam; token: string };

/** One Web API method: which token it takes and what it does. */
export type FakeMethod =
  | { auth: 'bot'; handle(ctx: BotContext): ApiResult | Promise<ApiResult> }
  | { auth: 'app' | 'none'; handle(ctx: MethodContext): ApiResult | Promise<ApiResult> };

/**
 * The channel named by `args[key]` as the bot may use it, or the error Slack gives.
 * - `post`: public channels work without joining (chat:write.public); a private one needs the bot in it.
 * - `read`: history needs the bot in the channel; a private channel it is not in does not exist for it.
 */
export function channelFor(ctx: BotContext, purpose: 'post' | 'read' | 'info', key = 'channel'): FakeChannel | ApiResult {
  const channel = ctx.workspace.channel(ctx.args[key], ctx.team);
  if (!channel) return fail('channel_not_found');
  if (channel.isPrivate && !channel.botIsMember) return purpose === 'post' ? fail('not_in_channel') : fail('channel_not_found');
  if (purpose === 'post' && channel.isArchived) return fail('is_archived');
  if (purpose === 'read' && !channel.botIsMember) return fail('not_in_channel');
  return channel;
}
