import type { Client } from '@microsoft/teams.api';
import type { Card } from '../../core/card.js';
import type { Platform } from '../../core/chat-event.js';
import type { ChatPort, OutgoingMessage, PostedMessage } from '../../ports/chat.js';
import { ChatSendError } from '../../ports/chat.js';
import type { Clock } from '../../ports/clock.js';
import { systemClock } from '../../ports/clock.js';
import type { Logger } from '../../ports/logger.js';
import type { TeamsConversationStore } from '../../ports/teams-conversations.js';
import { messageActivity } from './teams-chat-activity.js';
import type { TeamsTarget } from './teams-chat-target.js';
import type { ServiceUrlFallbacks } from './teams-chat-target.js';
import { splitConversationId } from './inbound/conversation.js';
import { resolveTarget, threadConversationId } from './teams-chat-target.js';
import { teamsSendError } from './teams-errors.js';

/** The part of `@microsoft/teams.api`'s Client that TeamsChat uses. */
export type TeamsConnectorClient = Pick<Client, 'conversations'>;

export interface TeamsChatOptions {
  /** Conversation references (where each conversation's Bot Connector answers) and remembered cards. */
  conversations: TeamsConversationStore;
  /**
   * A Bot Connector client for a service URL. Main code passes
   * `(url) => new Client(url, app.api.http.clone({ timeout: 10_000 }))`, so every request carries
   * the bot's token (none without credentials: the playground) and a hung request is dropped
   * (the SDK's http client has no timeout of its own). Called once per service URL; kept.
   */
  clientFor(serviceUrl: string): TeamsConnectorClient;
  /** SERVICE_URL: used for a conversation with no stored reference (see resolveTarget). */
  defaultServiceUrl?: string;
  /** Teams' public Bot Connector, the last resort for such a conversation; set only with credentials. */
  publicServiceUrl?: string;
  logger: Logger;
  /**
   * How long a call may take before it fails as transient; default 10 s. This only stops the
   * wait: the request itself ends by the client's own timeout (see clientFor). A post that timed
   * out may still have gone out, and is then posted twice.
   */
  timeoutMs?: number;
  /** For an HTTP-date Retry-After. */
  clock?: Clock;
}

/**
 * The Teams ChatPort: proactive posts and updates through the Bot Connector of the stored
 * conversation reference.
 *
 * - A channel post without a thread starts a new thread (createActivity on the channel id); with
 *   a threadId it replies in that thread (createActivity on `<channel>;messageid=<thread>`).
 * - Group and personal chats have no threads: a post goes to the chat itself. Its `threadId` is
 *   the one asked for (or its own id), so the core's thread keys keep working; the messages just
 *   appear in order in the chat.
 * - An update is updateActivity on the conversation id itself, also for a reply in a channel
 *   thread (the connector finds the message by id in the channel; so does the test connector).
 * - A card sent or updated is remembered (TeamsConversationStore.rememberCard): a click carries
 *   only the button's data, and the in-place refresh rebuilds the card from it.
 *
 * Idempotency: the Bot Connector has no way to look up earlier posts, so `idempotencyKey` can't
 * be honoured after a crash between the post and the deliverer recording it (the deliverer's
 * crash window): that post is sent again. `looksForEarlierPosts` is left unset for that reason.
 */
export class TeamsChat implements ChatPort {
  readonly platform: Platform = 'teams';
  get #fallbacks(): ServiceUrlFallbacks {
    return { ...(this.#o.defaultServiceUrl ? { configured: this.#o.defaultServiceUrl } : {}), ...(this.#o.publicServiceUrl ? { publicDefault: this.#o.publicServiceUrl } : {}) };
  }
  readonly #o: TeamsChatOptions;
  readonly #clients = new Map<string, TeamsConnectorClient>();

  constructor(o: TeamsChatOptions) {
    this.#o = o;
  }

  async post(channelId: string, message: OutgoingMessage): Promise<PostedMessage> {
    const { activity, card } = messageActivity(message);
    const target = await resolveTarget(this.#o.conversations, channelId, this.#fallbacks);
    const threadId = message.threadId ?? splitConversationId(channelId).threadRoot;
    const address = target.conversationType === 'channel' && threadId ? threadConversationId(target.conversationId, threadId) : target.conversationId;
    const sent = await this.#call(target, 'post', undefined, () => this.#client(target).conversations.createActivity(address, activity));
    const messageId = typeof sent?.id === 'string' && sent.id ? sent.id : undefined;
    if (!messageId) throw new ChatSendError('transient', 'no_id', `Teams answered the post in conversation ${target.conversationId} without a message id.`);
    if (card) await this.#remember(target.conversationId, messageId, card);
    return { messageId, threadId: threadId ?? messageId };
  }

  async update(channelId: string, messageId: string, message: OutgoingMessage): Promise<void> {
    const { activity, card } = messageActivity(message);
    const target = await resolveTarget(this.#o.conversations, channelId, this.#fallbacks);
    await this.#call(target, 'update', messageId, () => this.#client(target).conversations.updateActivity(target.conversationId, messageId, { ...activity, id: messageId }));
    if (card) await this.#remember(target.conversationId, messageId, card);
  }

  #client(target: TeamsTarget): TeamsConnectorClient {
    let client = this.#clients.get(target.serviceUrl);
    if (!client) {
      client = this.#o.clientFor(target.serviceUrl);
      this.#clients.set(target.serviceUrl, client);
    }
    return client;
  }

  /** One connector call with a timeout; every failure becomes a ChatSendError (teams-errors.ts). */
  async #call<T>(target: TeamsTarget, operation: 'post' | 'update', activityId: string | undefined, run: () => Promise<T>): Promise<T> {
    const timeoutMs = this.#o.timeoutMs ?? 10_000;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(Object.assign(new Error(`no answer in ${timeoutMs} ms`), { code: 'ETIMEDOUT' })), timeoutMs);
    });
    try {
      return await Promise.race([run(), timeout]);
    } catch (e) {
      throw teamsSendError(e, { operation, conversationId: target.conversationId, ...(activityId ? { activityId } : {}), nowMs: (this.#o.clock ?? systemClock).now().getTime() });
    } finally {
      clearTimeout(timer);
    }
  }

  /** The message is out: failing to remember its card is logged, not thrown (a retry would post it twice). */
  async #remember(conversationId: string, activityId: string, card: Card): Promise<void> {
    try {
      await this.#o.conversations.rememberCard(conversationId, activityId, card);
    } catch (e) {
      this.#o.logger.warn('could not remember the card of a teams message; a click on it will not refresh it in place', {
        conversation: conversationId,
        activityId,
        reason: e instanceof Error ? e.message : String(e),
      });
    }
  }
}
