/** Looking up channel configurations: by topic for routing, by name for commands and tests. */
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
