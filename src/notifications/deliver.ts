import type { Platform } from '../core/chat-event.js';
import type { Card } from '../core/card.js';
import { ChatOpsError } from '../core/errors.js';
import type { Notification } from '../core/notification.js';
import type { ChannelConfiguration } from '../config/schema.js';
import { configurationsForTopic } from '../config/configurations.js';
import type { ChatPort } from '../ports/chat.js';
import type { Logger } from '../ports/logger.js';
import type { ThreadStore } from '../ports/store.js';
import type { NotificationEngine } from './engine.js';
import type { SourceEvent } from './source-event.js';
import { notificationToCard } from './to-card.js';

export interface DeliveryDeps {
  engine: NotificationEngine;
  configurations: readonly ChannelConfiguration[];
  /** One ChatPort per platform that is running. */
  chats: Partial<Record<Platform, ChatPort>>;
  threads: ThreadStore;
  logger: Logger;
}

export interface Delivery {
  configuration: string;
  platform: Platform;
  channelId?: string;
  notificationId: string;
  messageId?: string;
  threadId?: string;
  /** Set when this configuration's delivery failed; the others still went out. */
  error?: { code: string; message: string };
}

/**
 * Routes notifications to every channel configuration subscribed to their SNS topic and posts
 * the card, threading by thread key. (Durable inbox/outbox delivery builds on this.)
 */
export class NotificationDelivery {
  constructor(private readonly deps: DeliveryDeps) {}

  /** Every event in the input, to every configuration subscribed to its topic. */
  async deliverInput(input: string | Buffer): Promise<Delivery[]> {
    const out: Delivery[] = [];
    for (const event of this.deps.engine.events(input)) out.push(...(await this.deliverEvent(event)));
    return out;
  }

  async deliverEvent(event: SourceEvent, only?: ChannelConfiguration): Promise<Delivery[]> {
    const notification = this.deps.engine.notification(event);
    const targets = only ? [only] : configurationsForTopic({ configurations: this.deps.configurations }, event.sns?.topicArn ?? '');
    if (targets.length === 0) {
      this.deps.logger.warn('no channel configuration is subscribed to this topic; nothing delivered', { topicArn: event.sns?.topicArn, notificationId: notification.id });
    }
    const card = notificationToCard(notification);
    const results: Delivery[] = [];
    for (const configuration of targets) results.push(await this.deliverTo(configuration, notification, card));
    return results;
  }

  private async deliverTo(configuration: ChannelConfiguration, notification: Notification, card: Card): Promise<Delivery> {
    const base: Delivery = { configuration: configuration.name, platform: configuration.platform, notificationId: notification.id };
    const chat = this.deps.chats[configuration.platform];
    if (configuration.platform === 'webhook' || !chat) {
      const error = new ChatOpsError('DELIVERY_PLATFORM_UNAVAILABLE', `The ${configuration.platform} platform is not running, so "${configuration.name}" can't receive notifications.`, {
        nextStep: configuration.platform === 'sandbox' ? 'Enable the sandbox (sandbox.enabled: true).' : `Set the ${configuration.platform} credentials and restart.`,
      });
      this.deps.logger.error(error.userMessage, { code: error.code, configuration: configuration.name });
      return { ...base, error: { code: error.code, message: error.userMessage } };
    }
    const channelId = configuration.channelId;
    const channelKey = `${configuration.platform}:${channelId}`;
    try {
      const threadKey = configuration.threading === 'on' ? card.threadKey : undefined;
      const existing = threadKey ? await this.deps.threads.get(channelKey, threadKey) : undefined;
      const posted = await chat.post(channelId, { card, ...(existing ? { threadId: existing.threadId } : {}) });
      if (threadKey && !existing) await this.deps.threads.putIfAbsent({ channelKey, threadKey, messageId: posted.messageId, threadId: posted.threadId });
      if (configuration.loggingLevel === 'INFO') this.deps.logger.info('notification delivered', { configuration: configuration.name, notificationId: notification.id, messageId: posted.messageId });
      return { ...base, channelId, messageId: posted.messageId, threadId: posted.threadId };
    } catch (cause) {
      const code = cause instanceof ChatOpsError ? cause.code : 'DELIVERY_FAILED';
      const message = cause instanceof ChatOpsError ? cause.userMessage : 'The chat platform refused the message.';
      if (configuration.loggingLevel !== 'NONE') this.deps.logger.error('notification delivery failed', { configuration: configuration.name, notificationId: notification.id, code, error: String(cause) });
      return { ...base, channelId, error: { code, message } };
    }
  }
}
