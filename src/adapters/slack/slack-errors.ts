import { ErrorCode } from '@slack/web-api';
import { ChatSendError } from '../../ports/chat.js';

/** What the failed call was about, for words a Slack admin can act on. */
export interface SlackCallContext {
  method: string;
  channelId?: string;
}

const REINSTALL = new Set(['invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive', 'no_permission', 'team_access_not_granted', 'missing_scope', 'ekm_access_denied']);
const TRANSIENT = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'team_added_to_org']);

/**
 * Any error from a WebClient call → a ChatSendError the deliverer can act on: Slack's error
 * code in `.code`, words for the admin in `.message`, and the kind: rate-limited (with
 * Retry-After), transient (5xx, network, timeouts: retry) or permanent (retrying can't help).
 * Never includes a token: WebClient errors carry none, and only codes and ids are quoted.
 */
export function slackSendError(e: unknown, at: SlackCallContext): ChatSendError {
  if (e instanceof ChatSendError) return e;
  const code = (e as { code?: unknown } | undefined)?.code;
  if (code === ErrorCode.RateLimitedError) {
    const seconds = Number((e as { retryAfter?: unknown }).retryAfter);
    const retryAfterMs = Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1_000;
    return new ChatSendError('rate-limited', 'ratelimited', `Slack is rate limiting ${at.method}${where(at)}; retrying after ${retryAfterMs / 1000} s.`, { retryAfterMs, cause: e });
  }
  if (code === ErrorCode.HTTPError) {
    const status = Number((e as { statusCode?: unknown }).statusCode);
    const kind = status >= 500 || status === 408 ? 'transient' : 'permanent';
    return new ChatSendError(kind, `http_${status}`, `Slack answered ${at.method} with HTTP ${status}${kind === 'transient' ? '; retrying' : ''}.`, { cause: e });
  }
  if (code === ErrorCode.RequestError) {
    const original = (e as { original?: { name?: string; message?: string } }).original;
    const timedOut = original?.name === 'TimeoutError' || original?.name === 'AbortError';
    return new ChatSendError('transient', timedOut ? 'timeout' : 'network_error', timedOut ? `Slack did not answer ${at.method} in time; retrying.` : `Slack could not be reached for ${at.method}; retrying.`, { cause: e });
  }
  if (code === ErrorCode.PlatformError) {
    const data = (e as { data?: PlatformData }).data ?? {};
    const error = typeof data.error === 'string' ? data.error : 'unknown_error';
    return platformError(error, data, at, e);
  }
  const message = e instanceof Error ? e.message : String(e);
  return new ChatSendError('transient', 'slack_call_failed', `${at.method} failed: ${message.slice(0, 300)}`, { cause: e });
}

interface PlatformData {
  error?: unknown;
  errors?: unknown;
  response_metadata?: { messages?: unknown; retryAfter?: unknown };
}

function platformError(error: string, data: PlatformData, at: SlackCallContext, cause: unknown): ChatSendError {
  const detail = detailOf(data);
  const channel = at.channelId ? `channel ${at.channelId}` : 'the channel';
  const permanent = (message: string) => new ChatSendError('permanent', error, message, { cause });
  switch (error) {
    case 'not_in_channel':
      return permanent(`The aws-chatops bot is not in ${channel}. Invite it with /invite @aws, then resend.`);
    case 'channel_not_found':
      return permanent(`Slack has no ${channel} the bot can see: check the channel id in the configuration, or invite @aws if it is private.`);
    case 'is_archived':
      return permanent(`${capital(channel)} is archived: unarchive it or point the configuration at another channel.`);
    case 'msg_too_long':
      return permanent(`The message is too long for Slack (${at.method}${where(at)}).`);
    case 'invalid_blocks':
    case 'invalid_blocks_format':
      return permanent(`Slack refused the message's blocks${detail ? ` (${detail})` : ''}. This is a bug in aws-chatops: please report it.`);
    case 'expired_trigger_id':
    case 'invalid_trigger_id':
      return permanent('The form could not open: Slack allows 3 seconds after a click. Click "Fill in" again.');
    case 'message_not_found':
    case 'cant_update_message':
      return permanent(`Slack could not update the message in ${channel} (${error}): it was deleted or is not the bot's.`);
    case 'ratelimited':
    case 'rate_limited': {
      const seconds = Number(data.response_metadata?.retryAfter);
      const retryAfterMs = Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1_000;
      return new ChatSendError('rate-limited', error, `Slack is rate limiting ${at.method}${where(at)}; retrying after ${retryAfterMs / 1000} s.`, { retryAfterMs, cause });
    }
  }
  if (REINSTALL.has(error)) return permanent(`Slack refused the bot's token (${error}): reinstall the aws-chatops app in the workspace (or set a new SLACK_BOT_TOKEN), then resend.`);
  if (TRANSIENT.has(error)) return new ChatSendError('transient', error, `Slack had a problem with ${at.method} (${error}); retrying.`, { cause });
  return permanent(`Slack refused ${at.method}${where(at)}: ${error}${detail ? ` (${detail})` : ''}.`);
}

/** Which block Slack complained about: "blocks[3]" from a "[json-pointer:/blocks/3/text]" message. */
function detailOf(data: PlatformData): string | undefined {
  const lines = [...(Array.isArray(data.errors) ? data.errors : []), ...(Array.isArray(data.response_metadata?.messages) ? data.response_metadata.messages : [])].filter((x): x is string => typeof x === 'string');
  if (lines.length === 0) return undefined;
  const first = lines[0]!.replace(/^\[(ERROR|WARN)\]\s*/, '');
  const pointer = /\[json-pointer:\/blocks\/(\d+)((?:\/[^\]]*)?)\]/.exec(first);
  const reason = first.replace(/\s*\[json-pointer:[^\]]*\]/, '').slice(0, 200);
  return pointer ? `block ${pointer[1]}${pointer[2] ? ` at ${pointer[2].slice(1)}` : ''}: ${reason}` : reason;
}

function where(at: SlackCallContext): string {
  return at.channelId ? ` in channel ${at.channelId}` : '';
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
