import type { Card } from '../../core/card.js';
import { ChatOpsError } from '../../core/errors.js';
import { contentId } from '../../support/hash.js';
import type { ChatPort, OutgoingMessage, PostedMessage } from '../../ports/chat.js';
import type { Logger } from '../../ports/logger.js';
import type { SandboxMessage, SandboxMessageStore } from '../../ports/store.js';
import { renderSlack } from '../../render/slack.js';
import { renderTeams } from '../../render/teams.js';
import type { SandboxMessageListener } from './sandbox-events.js';
import { SandboxEvents } from './sandbox-events.js';

export interface SandboxChannel {
  id: string;
  name: string;
}

/** Card → platform payloads. Defaults to the real renderers. */
export interface CardRenderers {
  slack(card: Card): unknown;
  teams(card: Card): unknown;
}

export interface SandboxChatOptions {
  store: SandboxMessageStore;
  channels: readonly SandboxChannel[];
  logger: Logger;
  renderers?: CardRenderers;
}

export interface UserMessage {
  user: string;
  text: string;
  /** Any message of the thread; the reply is filed under the thread's first message. */
  threadId?: string;
}

export const BOT = 'bot';

/**
 * The sandbox "chat platform": a ChatPort whose channels live in the store and on the local chat
 * page. Bot messages carry the card plus both renderings; every change is published to `events`.
 */
export class SandboxChat implements ChatPort {
  readonly platform = 'sandbox' as const;
  readonly channels: readonly SandboxChannel[];
  readonly events: SandboxEvents;
  readonly #store: SandboxMessageStore;
  readonly #render: CardRenderers;

  constructor(options: SandboxChatOptions) {
    this.#store = options.store;
    this.channels = options.channels;
    this.#render = options.renderers ?? { slack: renderSlack, teams: renderTeams };
    this.events = new SandboxEvents(options.logger);
  }

  async post(channelId: string, message: OutgoingMessage): Promise<PostedMessage> {
    this.#requireChannel(channelId);
    const threadId = message.threadId === undefined ? null : await this.#threadRoot(channelId, message.threadId);
    // The same idempotency key posts once: the message id is derived from it.
    const id = message.idempotencyKey === undefined ? undefined : `m-${contentId(message.idempotencyKey)}`;
    const existing = id === undefined ? undefined : await this.#store.get(id);
    if (existing) return { messageId: existing.id, threadId: existing.threadId ?? existing.id };
    let stored: SandboxMessage;
    try {
      stored = await this.#store.append({ ...(id ? { id } : {}), channelId, threadId, from: BOT, ...this.#content(message) });
    } catch (e) {
      const raced = id === undefined ? undefined : await this.#store.get(id);
      if (!raced) throw e;
      return { messageId: raced.id, threadId: raced.threadId ?? raced.id };
    }
    this.events.publish(stored);
    return { messageId: stored.id, threadId: stored.threadId ?? stored.id };
  }

  async update(channelId: string, messageId: string, message: OutgoingMessage): Promise<void> {
    const current = await this.#store.get(messageId);
    if (!current || current.channelId !== channelId || current.from !== BOT) throw messageNotFound(messageId);
    const updated = await this.#store.update(messageId, this.#content(message));
    if (!updated) throw messageNotFound(messageId);
    this.events.publish(updated);
  }

  /** Someone typing in the sandbox page. Stored and published; answering is the caller's business. */
  async postAsUser(channelId: string, message: UserMessage): Promise<SandboxMessage> {
    this.#requireChannel(channelId);
    const threadId = message.threadId === undefined ? null : await this.#threadRoot(channelId, message.threadId);
    const stored = await this.#store.append({ channelId, threadId, from: message.user, text: message.text, card: null, slack: null, teams: null });
    this.events.publish(stored);
    return stored;
  }

  /** Oldest first; updated cards in their latest state. */
  async messages(channelId: string): Promise<SandboxMessage[]> {
    this.#requireChannel(channelId);
    return this.#store.list(channelId);
  }

  message(id: string): Promise<SandboxMessage | undefined> {
    return this.#store.get(id);
  }

  subscribe(listener: SandboxMessageListener): () => void {
    return this.events.subscribe(listener);
  }

  #requireChannel(channelId: string): SandboxChannel {
    const channel = this.channels.find((c) => c.id === channelId);
    if (!channel) {
      throw new ChatOpsError('SANDBOX_CHANNEL_NOT_FOUND', `There is no sandbox channel "${channelId}".`, {
        nextStep: `Sandbox channels: ${this.channels.map((c) => c.id).join(', ') || 'none'}.`,
      });
    }
    return channel;
  }

  async #threadRoot(channelId: string, threadId: string): Promise<string> {
    const parent = await this.#store.get(threadId);
    if (!parent || parent.channelId !== channelId) {
      throw new ChatOpsError('SANDBOX_THREAD_NOT_FOUND', `There is no message "${threadId}" to reply to in channel "${channelId}".`);
    }
    return parent.threadId ?? parent.id;
  }

  /** A card message keeps its card and both renderings; a text message has none (slack/teams null). */
  #content(message: OutgoingMessage): Pick<SandboxMessage, 'text' | 'card' | 'slack' | 'teams'> {
    const { card, text } = message;
    if (card) return { text: text ?? card.fallbackText ?? card.title, card, slack: this.#render.slack(card), teams: this.#render.teams(card) };
    if (text) return { text, card: null, slack: null, teams: null };
    throw new ChatOpsError('SANDBOX_MESSAGE_INVALID', 'A message needs a card or some text.');
  }
}

function messageNotFound(messageId: string): ChatOpsError {
  return new ChatOpsError('SANDBOX_MESSAGE_NOT_FOUND', `There is no bot message "${messageId}" in this channel.`);
}
