import type { ChannelConfiguration } from '../../config/schema.js';
import { chatChannelKey } from '../../core/chat-event.js';
import type { Card } from '../../core/card.js';
import type { Notification } from '../../core/notification.js';
import type { NewOutboxMessage } from '../../ports/delivery-store.js';
import type { ChannelPreferences } from '../../ports/preferences.js';
import { effectiveThreading } from './channel-threading.js';

/** The channel key that orders, paces and leases delivery: `<platform>:<channel id or webhook>`. */
export function channelKeyOf(configuration: ChannelConfiguration): string {
  return configuration.platform === 'webhook' ? `webhook:${configuration.name}` : chatChannelKey(configuration);
}

export function channelIdOf(configuration: ChannelConfiguration): string {
  return configuration.platform === 'webhook' ? configuration.name : configuration.channelId;
}

/**
 * One outbox row per configuration the event goes to. The id is the idempotency key: the
 * same event (inbox message + position) to the same configuration is one chat message, ever.
 * A row carries the card's thread key when threading is on for it: the channel's preference
 * (`preferences`, by channel key) when set, else the configuration's `threading`.
 */
export function outboxRows(
  messageId: string,
  index: number,
  notification: Notification,
  card: Card,
  targets: readonly ChannelConfiguration[],
  preferences: ReadonlyMap<string, ChannelPreferences> = new Map(),
  /** A channel's own card (with its buttons), by configuration name; else `card`. */
  cards: ReadonlyMap<string, Card> = new Map(),
): NewOutboxMessage[] {
  return targets.map((configuration) => ({
    id: `${messageId}/${index}/${configuration.name}`,
    messageId,
    eventId: notification.id,
    configuration: configuration.name,
    platform: configuration.platform,
    channelId: channelIdOf(configuration),
    channelKey: channelKeyOf(configuration),
    ...(card.threadKey && effectiveThreading(configuration, preferences.get(channelKeyOf(configuration))).threading === 'on' ? { threadKey: card.threadKey } : {}),
    card: cards.get(configuration.name) ?? card,
    summary: { title: notification.title, severity: notification.severity, source: notification.source, kind: notification.kind },
  }));
}
