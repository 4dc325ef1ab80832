/**
 * The text SNS signs: chosen fields in a fixed (alphabetical) order, each as "Name\nvalue\n".
 * https://docs.aws.amazon.com/sns/latest/dg/sns-verify-signature-of-message.html
 */
import type { SnsEnvelope } from './sns-envelope.js';

/** Notification: Message, MessageId, Subject (only when present), Timestamp, TopicArn, Type. */
export const NOTIFICATION_SIGNED_FIELDS = ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'] as const;
/** SubscriptionConfirmation and UnsubscribeConfirmation. */
export const SUBSCRIPTION_SIGNED_FIELDS = ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'] as const;

export function canonicalString(envelope: SnsEnvelope): string {
  if (envelope.Type === 'Notification') {
    const subject = typeof envelope.Subject === 'string' ? `Subject\n${envelope.Subject}\n` : '';
    return (
      `Message\n${envelope.Message}\n` +
      `MessageId\n${envelope.MessageId}\n` +
      subject +
      `Timestamp\n${envelope.Timestamp}\n` +
      `TopicArn\n${envelope.TopicArn}\n` +
      `Type\n${envelope.Type}\n`
    );
  }
  return (
    `Message\n${envelope.Message}\n` +
    `MessageId\n${envelope.MessageId}\n` +
    `SubscribeURL\n${envelope.SubscribeURL}\n` +
    `Timestamp\n${envelope.Timestamp}\n` +
    `Token\n${envelope.Token}\n` +
    `TopicArn\n${envelope.TopicArn}\n` +
    `Type\n${envelope.Type}\n`
  );
}
