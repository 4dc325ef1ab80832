import { ChatSendError } from '../../ports/chat.js';

/**
 * A failed Bot Connector call → a ChatSendError the deliverer can act on: the connector's error
 * code (or `http_<status>`) in `.code`, words for a Teams admin in `.message`, and the kind:
 * rate-limited (429, with Retry-After), transient (5xx, timeouts, network: retry) or permanent
 * (bot removed, conversation gone, invalid message: retrying can't help).
 *
 * The SDK's errors are AxiosErrors; they are read by duck typing (`response.status`,
 * `response.headers`, `response.data.error.code`, `code`) so nothing here imports axios. An
 * AxiosError carries the request's headers, Authorization included, so it is never kept as the
 * cause: the cause is a plain Error with the status, code and message only.
 */

/** What the failed call was about, for words an admin can act on. */
export interface TeamsCallContext {
  /** 'post' (createActivity) or 'update' (updateActivity). */
  operation: 'post' | 'update';
  conversationId: string;
  activityId?: string;
  /** For an HTTP-date Retry-After; default Date.now(). */
  nowMs?: number;
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND', 'ERR_NETWORK', 'ERR_SOCKET_CONNECTION_TIMEOUT']);
const TIMEOUT_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ERR_CANCELED']);
const DEFAULT_RETRY_MS = 1_000;

interface ConnectorFailure {
  status?: number;
  headers?: unknown;
  data?: unknown;
  code?: string;
  message: string;
}

export function teamsSendError(e: unknown, at: TeamsCallContext): ChatSendError {
  if (e instanceof ChatSendError) return e;
  const failure = readFailure(e);
  const cause = safeCause(failure);
  const where = `conversation ${at.conversationId}`;
  const { status } = failure;
  if (status === undefined) {
    if (failure.code && TIMEOUT_CODES.has(failure.code)) return new ChatSendError('transient', 'timeout', `Teams did not answer the ${at.operation} in ${where} in time; retrying.`, { cause });
    if (failure.code && NETWORK_CODES.has(failure.code)) return new ChatSendError('transient', 'network_error', `Teams could not be reached for the ${at.operation} in ${where} (${failure.code}); retrying.`, { cause });
    return new ChatSendError('transient', 'teams_call_failed', `The ${at.operation} in ${where} failed: ${failure.message.slice(0, 300)}`, { cause });
  }
  const error = connectorError(failure.data);
  const code = error.code ?? `http_${status}`;
  const said = error.message ? ` ("${error.message.slice(0, 200)}")` : '';
  const permanent = (message: string) => new ChatSendError('permanent', code, message, { cause });

  if (status === 429) {
    const retryAfterMs = retryAfter(failure.headers, at.nowMs ?? Date.now());
    return new ChatSendError('rate-limited', code === 'http_429' ? 'rate_limited' : code, `Teams is rate limiting posts to ${where}; retrying after ${retryAfterMs / 1000} s.`, { retryAfterMs, cause });
  }
  if (status >= 500 || status === 408) return new ChatSendError('transient', code, `Teams had a problem with the ${at.operation} in ${where} (HTTP ${status}${error.code ? `, ${error.code}` : ''}); retrying.`, { cause });
  if (code === 'BotNotInConversationRoster') {
    return permanent(`aws is not in ${where} any more (it was removed, or the channel is private and the app isn't added to it). Add the app to the team again.`);
  }
  if (code === 'ConversationNotFound') {
    return permanent(`Teams has no ${where} that aws can reach: the channel or chat was deleted, or the app was removed from it. Check the channel id in the configuration, or add the app to the team again.`);
  }
  if (code === 'ActivityNotFoundInConversation') {
    const message = at.activityId ? `message ${at.activityId}` : 'the message';
    return permanent(`Teams could not find ${message} in ${where}: it was deleted, or is not one aws posted. Post a new message instead.`);
  }
  if (code === 'MessageSizeTooBig' || status === 413) {
    return permanent(`The message is too big for Teams (${where})${said}. This is a bug in aws-chatops: please report it.`);
  }
  if (status === 401) {
    return permanent(`Teams refused the bot's credentials (HTTP 401${error.code ? `, ${error.code}` : ''}) for ${where}. Check CLIENT_ID, CLIENT_SECRET and TENANT_ID against the bot registration, then resend.`);
  }
  if (status === 403) {
    return permanent(`Teams does not allow aws to post in ${where} (HTTP 403${error.code ? `, ${error.code}` : ''})${said}. Check that the app is added to the team or chat and not blocked by a Teams admin, then resend.`);
  }
  if (status === 404) return permanent(`Teams answered 404${error.code ? ` (${error.code})` : ''} for the ${at.operation} in ${where}: check the channel id in the configuration.`);
  if (status === 400) return permanent(`Teams refused the message in ${where} as invalid${error.code ? ` (${error.code})` : ''}${said}. This is a bug in aws-chatops: please report it.`);
  return permanent(`Teams refused the ${at.operation} in ${where} (HTTP ${status}${error.code ? `, ${error.code}` : ''})${said}.`);
}

/**
 * Retry-After in milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3); one second
 * when it is missing or unreadable, never negative.
 */
export function retryAfter(headers: unknown, nowMs: number): number {
  const raw = header(headers, 'retry-after');
  if (raw === undefined || raw.trim() === '') return DEFAULT_RETRY_MS;
  const value = raw.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? DEFAULT_RETRY_MS : Math.max(0, at - nowMs);
}

function readFailure(e: unknown): ConnectorFailure {
  const err = (typeof e === 'object' && e !== null ? e : {}) as { response?: { status?: unknown; headers?: unknown; data?: unknown }; code?: unknown; message?: unknown };
  const status = typeof err.response?.status === 'number' ? err.response.status : undefined;
  return {
    ...(status !== undefined ? { status, headers: err.response?.headers, data: err.response?.data } : {}),
    ...(typeof err.code === 'string' ? { code: err.code } : {}),
    message: typeof err.message === 'string' ? err.message : String(e),
  };
}

/** `{ error: { code, message } }`, the Bot Connector's error body; anything else gives nothing. */
function connectorError(data: unknown): { code?: string; message?: string } {
  const error = (data as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  if (typeof error !== 'object' || error === null) return {};
  return {
    ...(typeof error.code === 'string' && error.code ? { code: error.code } : {}),
    ...(typeof error.message === 'string' && error.message ? { message: error.message } : {}),
  };
}

/** A header from AxiosHeaders (has get()) or a plain record, case-insensitively. */
function header(headers: unknown, name: string): string | undefined {
  if (typeof headers !== 'object' || headers === null) return undefined;
  const getter = (headers as { get?: unknown }).get;
  const value: unknown =
    typeof getter === 'function'
      ? (getter as (n: string) => unknown).call(headers, name)
      : Object.entries(headers as Record<string, unknown>).find(([k]) => k.toLowerCase() === name)?.[1];
  if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : undefined;
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

/** The failure without the request it came from (whose headers hold the bot token). */
function safeCause(f: ConnectorFailure): Error {
  const parts = [f.status !== undefined ? `HTTP ${f.status}` : undefined, f.code, f.message.slice(0, 300)].filter(Boolean);
  const error = new Error(`Bot Connector call failed: ${parts.join(', ')}`);
  error.name = 'TeamsConnectorError';
  return error;
}
