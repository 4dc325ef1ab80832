/** Looking up channel configurations: by topic for routing, by name for commands and tests. */
import { chatChannelKey } from '../core/chat-event.js';
import { sameActionName, type CustomActionConfig } from './actions-schema.js';
import type { ChannelConfiguration } from './schema.js';
import { ANY_TOPIC } from './topic-arn.js';

interface HasConfigurations {
  configurations: readonly ChannelConfiguration[];
}

/** Whether a configuration subscribes to the topic ("*" subscribes to every topic). */
export function subscribesTo(configuration: ChannelConfiguration, topicArn: string): boolean {
  return configuration.snsTopicArns.some((arn) => arn === ANY_TOPIC || arn === topicArn);
}

/** Every enabled configuration subscribed to the topic, in file order. */
export function configurationsForTopic(config: HasConfigurations, topicArn: string): ChannelConfiguration[] {
  return config.configurations.filter((c) => c.enabled && subscribesTo(c, topicArn));
}

/** The configuration with this exact name (enabled or not), or undefined. */
export function findConfiguration(config: HasConfigurations, name: string): ChannelConfiguration | undefined {
  return config.configurations.find((c) => c.name === name);
}

/** What the enabled configurations delivering to one channel declare for its notification buttons. */
export interface ChannelButtonSettings {
  /** Their custom actions; the first of a name (without case) wins. */
  customActions: CustomActionConfig[];
  /** Their log groups by alarm name or namespace, merged. */
  logGroups: Record<string, string[]>;
}

/**
 * A channel's declared buttons (`<platform>:<channel id>`): custom actions and log groups belong
 * to the channel, as those made in chat do, whichever of its configurations a notification came
 * through.
 */
export function channelButtonSettings(configurations: readonly ChannelConfiguration[], channelKey: string): ChannelButtonSettings {
  const customActions: CustomActionConfig[] = [];
  const logGroups: Record<string, string[]> = {};
  for (const c of configurations) {
    if (c.platform === 'webhook' || !c.enabled || chatChannelKey(c) !== channelKey) continue;
    for (const a of c.customActions) if (!customActions.some((d) => sameActionName(d.name, a.name))) customActions.push(a);
    for (const [key, groups] of Object.entries(c.logGroups)) logGroups[key] = [...new Set([...(logGroups[key] ?? []), ...groups])];
  }
  return { customActions, logGroups };
}
