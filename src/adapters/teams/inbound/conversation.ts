/**
 * Where an activity happened: the conversation (a channel, a group chat, a personal chat), the
 * channel thread it belongs to, the tenant and team, and the reference the store keeps so the
 * bot can post there later. A channel message's conversation id is `<channel id>;messageid=<thread
 * root>`: the channel is the part before `;messageid=`, the thread is the root's id.
 */
import type { TeamsConversationRef, TeamsConversationType } from '../../../ports/teams-conversations.js';
import type { TeamsActivity } from './activity-schema.js';

const THREAD_MARK = ';messageid=';

export interface ConversationParts {
  /** The channel or chat id, without `;messageid=…`. */
  conversationId: string;
  /** The thread root named in the conversation id, if any. */
  threadRoot?: string;
}

export function splitConversationId(id: string): ConversationParts {
  const at = id.toLowerCase().indexOf(THREAD_MARK);
  if (at < 0) return { conversationId: id };
  const root = id.slice(at + THREAD_MARK.length);
  return { conversationId: id.slice(0, at), ...(root ? { threadRoot: root } : {}) };
}

export function conversationType(activity: TeamsActivity): TeamsConversationType {
  const declared = activity.conversation.conversationType;
  if (declared === 'channel' || declared === 'groupChat' || declared === 'personal') return declared;
  if (activity.channelData?.team) return 'channel';
  return activity.conversation.isGroup ? 'groupChat' : 'personal';
}

export function tenantOf(activity: TeamsActivity): string | undefined {
  return activity.conversation.tenantId ?? activity.channelData?.tenant?.id ?? undefined;
}

/** The reference of the activity's conversation (for a channel: the channel, never a thread). */
export function referenceOf(activity: TeamsActivity, conversationId = splitConversationId(activity.conversation.id).conversationId): TeamsConversationRef {
  const type = conversationType(activity);
  const tenantId = tenantOf(activity);
  const teamId = type === 'channel' ? activity.channelData?.team?.id : undefined;
  const botId = activity.recipient?.id;
  return {
    conversationId,
    conversationType: type,
    serviceUrl: activity.serviceUrl,
    ...(tenantId ? { tenantId } : {}),
    ...(teamId ? { teamId } : {}),
    ...(botId ? { botId } : {}),
  };
}

/**
 * The thread an activity belongs to: in a channel, the root named in the conversation id, else
 * `ownRoot` (a new post is the root of its own thread; a card's thread is the card). Chats have
 * no threads.
 */
export function threadOf(activity: TeamsActivity, ownRoot: string | undefined): string | undefined {
  if (conversationType(activity) !== 'channel') return undefined;
  return splitConversationId(activity.conversation.id).threadRoot ?? ownRoot;
}
