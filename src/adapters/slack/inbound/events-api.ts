import type { ChatEvent } from '../../../core/chat-event.js';
import { eventCallback, messageEvent } from './event-schemas.js';
import type { EventCallback, MessageEvent } from './event-schemas.js';
import { parseSlackPayload, payloadType } from './payload-error.js';
import { unformatSlackText } from './slack-text.js';

export interface SlackEventOptions {
  /** The bot's user id; by default the bot authorization Slack sends with the event. */
  botUserId?: string;
}

/** Message subtypes written by a person; every other subtype (edits, joins, bots…) is ignored. */
const HUMAN_SUBTYPES = new Set<string | undefined>([undefined, 'thread_broadcast', 'file_share']);

/** Reads an Events API body as an `event_callback`, or throws SLACK_PAYLOAD_INVALID. */
export function parseEventCallback(body: unknown): EventCallback {
  return parseSlackPayload(eventCallback, body, 'event');
}

/**
 * A Slack event as a message for the bot, or undefined when it is none:
 * - `app_mention` → a 'mention': text "@aws …" with the bot's mention removed;
 * - `message` written by a person as a reply in a thread, not mentioning the bot (Slack sends an
 *   `app_mention` for those too) → a 'thread-reply' with the text as written; the app decides
 *   whether the thread is the bot's;
 * - bot messages, edits, deletions, joins and every other event → undefined.
 * Bodies other than `event_callback` (url_verification, app_rate_limited) → undefined.
 *
 * workspaceId is the envelope's team_id: the workspace that installed the app and whose token
 * answers. In a shared (Slack Connect) channel `event.team` / `user_team` name the author's home
 * workspace, where we may have no installation at all.
 */
export function chatEventFromSlackEvent(body: unknown, options: SlackEventOptions = {}): ChatEvent | undefined {
  if (payloadType(body, 'event') !== 'event_callback') return undefined;
  const envelope = parseEventCallback(body);
  const kind = envelope.event.type;
  if (kind !== 'app_mention' && kind !== 'message') return undefined;
  const event = parseSlackPayload(messageEvent, envelope.event, `${kind} event`);
  if (event.bot_id || !HUMAN_SUBTYPES.has(event.subtype) || event.edited !== undefined) return undefined;
  if (!event.user) return undefined;
  const botUserId = options.botUserId ?? botUserOf(envelope);
  return kind === 'app_mention' ? mention(envelope, event, event.user, botUserId) : threadReply(envelope, event, event.user, botUserId);
}

function mention(envelope: EventCallback, event: MessageEvent, user: string, botUserId: string | undefined): ChatEvent {
  // Without the bot's id, drop whatever mention leads: Slack sent app_mention because of it.
  const leading = botUserId ?? /^\s*<@([A-Za-z0-9]+)(?:\|[^<>]*)?>/.exec(event.text)?.[1];
  const text = unformatSlackText(event.text, leading ? { botUserId: leading } : {});
  return chatEvent(envelope, event, user, text === '' ? '@aws' : `@aws ${text}`, 'mention');
}

function threadReply(envelope: EventCallback, event: MessageEvent, user: string, botUserId: string | undefined): ChatEvent | undefined {
  if (event.thread_ts === undefined || event.thread_ts === event.ts) return undefined;
  if (botUserId && event.text.includes(`<@${botUserId}`)) return undefined;
  return chatEvent(envelope, event, user, unformatSlackText(event.text), 'thread-reply');
}

function chatEvent(envelope: EventCallback, event: MessageEvent, user: string, text: string, source: ChatEvent['source']): ChatEvent {
  const chat: ChatEvent = {
    platform: 'slack',
    workspaceId: envelope.team_id,
    channelId: event.channel,
    messageId: event.ts,
    user: { id: user },
    text,
    source,
  };
  if (event.thread_ts) chat.threadId = event.thread_ts;
  return chat;
}

/** The bot user Slack authorized this event for (the first bot authorization). */
export function botUserOf(envelope: EventCallback): string | undefined {
  return envelope.authorizations?.find((a) => a.is_bot && a.user_id)?.user_id;
}
