/**
 * Whether a SubscriptionConfirmation may be confirmed automatically. Only when
 * 1. an enabled channel configuration lists the topic ARN itself — a "*" configuration never
 *    confirms: anyone can subscribe our endpoint to a topic of their own, and a wildcard would
 *    turn that into a confirmed feed into the channel; and
 * 2. the SubscribeURL is https://sns.<region>.amazonaws.com[.cn]/… (nothing else is ever fetched).
 * Otherwise the reason says what to change.
 */
import type { ChannelConfiguration } from '../../config/schema.js';
import { ANY_TOPIC } from '../../config/topic-arn.js';
import type { SnsSubscriptionEnvelope } from './sns-envelope.js';
import { checkSubscribeUrl } from './sns-urls.js';

export type SubscriptionDecision =
  | { confirm: true; url: URL; configurations: string[] }
  | { confirm: false; reason: string };

/**
 * @param onlyConfiguration the configuration of a per-configuration path (/sns/<name>): only it counts.
 */
export function decideSubscription(
  envelope: SnsSubscriptionEnvelope,
  configurations: readonly ChannelConfiguration[],
  onlyConfiguration?: string,
): SubscriptionDecision {
  const topic = envelope.TopicArn;
  const eligible = configurations.filter((c) => c.enabled && (onlyConfiguration === undefined || c.name === onlyConfiguration));
  const explicit = eligible.filter((c) => c.snsTopicArns.includes(topic));
  const scope = onlyConfiguration === undefined ? 'no enabled channel configuration' : `channel configuration "${onlyConfiguration}" (enabled) does not`;
  if (explicit.length === 0) {
    const wildcard = eligible.some((c) => c.snsTopicArns.includes(ANY_TOPIC));
    const lists = onlyConfiguration === undefined ? 'lists' : 'list';
    return {
      confirm: false,
      reason: wildcard
        ? `${scope} ${lists} the topic ARN itself ("*" configurations never confirm a subscription); add ${topic} to snsTopicArns and request confirmation again`
        : `${scope} ${lists} the topic; add ${topic} to snsTopicArns and request confirmation again`,
    };
  }
  const checked = checkSubscribeUrl(envelope.SubscribeURL);
  if (!checked.ok) return { confirm: false, reason: `SubscribeURL is not an SNS URL: ${checked.problem}` };
  return { confirm: true, url: checked.url, configurations: explicit.map((c) => c.name) };
}
