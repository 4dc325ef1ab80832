import { isRecord, str } from '../read.js';
import type { Normalised, SourceDefinition } from '../types.js';
import { topicInfo } from './sns-topic.js';

/**
 * SNS SubscriptionConfirmation / UnsubscribeConfirmation envelopes (source aws.sns). The card
 * says what arrived and what aws-chatops does about it; it never shows the SubscribeURL, whose
 * token would let anyone in the channel confirm the subscription.
 * Facts: topicName, topicArn, confirming (boolean).
 */
export const snsSubscription: SourceDefinition = {
  id: 'sns-subscription',
  matches: [
    { source: 'aws.sns', detailType: 'Subscription Confirmation' },
    { source: 'aws.sns', detailType: 'Unsubscribe Confirmation' },
  ],
  normalise(event) {
    const d = isRecord(event.detail) ? event.detail : {};
    const topic = topicInfo(str(d.topicArn) ?? event.sns?.topicArn);
    const confirming = event.detailType === 'Subscription Confirmation';
    const name = topic?.name ?? 'an SNS topic';
    const n: Normalised = {
      service: 'Amazon SNS',
      severity: confirming ? 'info' : 'medium',
      title: confirming ? `SNS subscription confirmation for topic ${name}` : `SNS subscription to topic ${name} was removed`,
      summary: confirming
        ? `Amazon SNS asked aws-chatops to confirm a subscription to ${name}. aws-chatops confirms it automatically only when the topic is in a channel configuration; otherwise the subscription stays pending and no notifications arrive.`
        : `Amazon SNS confirmed that this endpoint was unsubscribed from ${name}. Notifications from this topic stop. If that was not intended, subscribe the endpoint to the topic again.`,
      account: topic?.account ?? event.account,
      region: topic?.region ?? event.region,
      time: event.time,
      resources: topic ? [{ id: topic.arn, type: 'SNS topic', url: topic.url }] : [],
      links: topic ? [{ label: 'Open topic in SNS', url: topic.url }] : [],
      fields: topic ? [{ label: 'Topic', value: topic.arn }] : [],
      variables: topic ? { TopicName: topic.name } : {},
      facts: { topicName: topic?.name, topicArn: topic?.arn, confirming },
    };
    return n;
  },
};
