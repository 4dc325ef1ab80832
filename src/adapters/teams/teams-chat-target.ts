import { ChatSendError } from '../../ports/chat.js';
import { splitConversationId } from './inbound/conversation.js';
import type { TeamsConversationStore, TeamsConversationType } from '../../ports/teams-conversations.js';

/** Where a post goes: the conversation (never a thread's form), its connector, and whether it has threads. */
export interface TeamsTarget {
  conversationId: string;
  conversationType: TeamsConversationType;
  /** Without a trailing slash: the SDK appends `/v3/…`. */
  serviceUrl: string;
  botId?: string;
}

/** Team channels are `19:…@thread.tacv2` (older ones `@thread.skype`); group chats are `@thread.v2`, personal chats `a:…`. */
const CHANNEL_ID = /@thread\.(tacv2|skype)$/;

/** A channel's thread, as the Bot Connector addresses it. */
export function threadConversationId(channelId: string, threadId: string): string {
  return `${channelId};messageid=${threadId}`;
}

/** Where the service URL for a conversation the bot has no reference of comes from, in order. */
export interface ServiceUrlFallbacks {
  /** SERVICE_URL: set by the operator, so it wins. */
  configured?: string;
  /** Teams' public Bot Connector; only with credentials (real Teams), never for the playground. */
  publicDefault?: string;
}

/**
 * The stored conversation reference for `channelId`. Without one (Teams announces an install
 * with the team's General channel, not each channel): SERVICE_URL, else the service URL of the
 * conversation seen last (one bot's conversations share their region's connector), else Teams'
 * public connector when running with credentials; the conversation type is then guessed from
 * the id's form. None → permanent `conversation_unknown`.
 */
export async function resolveTarget(conversations: TeamsConversationStore, channelId: string, fallbacks: ServiceUrlFallbacks): Promise<TeamsTarget> {
  const { conversationId } = splitConversationId(channelId);
  let ref;
  let latest;
  try {
    ref = await conversations.get(conversationId);
    if (!ref && !fallbacks.configured) latest = await conversations.latest();
  } catch (e) {
    throw new ChatSendError('transient', 'store_unavailable', `The Teams conversation reference for ${conversationId} could not be read from the store; retrying.`, { cause: e });
  }
  if (ref) {
    return { conversationId, conversationType: ref.conversationType, serviceUrl: trimSlash(ref.serviceUrl), ...(ref.botId ? { botId: ref.botId } : {}) };
  }
  const serviceUrl = fallbacks.configured ?? latest?.serviceUrl ?? fallbacks.publicDefault;
  if (serviceUrl) {
    return { conversationId, conversationType: CHANNEL_ID.test(conversationId) ? 'channel' : 'groupChat', serviceUrl: trimSlash(serviceUrl), ...(latest?.botId ? { botId: latest.botId } : {}) };
  }
  throw new ChatSendError(
    'permanent',
    'conversation_unknown',
    `aws does not know Teams conversation ${conversationId} yet: install the app in the team (or the chat), or let the channel have an activity for aws, before notifications can be posted there. (Or set SERVICE_URL to the Bot Connector's URL.)`,
  );
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
