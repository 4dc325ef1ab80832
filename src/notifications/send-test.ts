import { randomUUID } from 'node:crypto';
import { ChatOpsError } from '../core/errors.js';
import type { ChannelConfiguration } from '../config/schema.js';
import type { Clock } from '../ports/clock.js';
import type { Store } from '../ports/store.js';
import { SAMPLE_EVENTS, findSample } from './samples/sample-events.js';

export interface SendTestDeps {
  store: Store;
  configurations: readonly ChannelConfiguration[];
  clock: Clock;
  /** Wakes the inbox worker. */
  onAccepted?: () => void;
}

/**
 * Pushes a sample notification through the real pipeline — inbox, worker, outbox, deliverer,
 * chat — to one configuration, as an SNS notification on that configuration's first topic.
 * Returns the SNS MessageId, which `chatops trace` looks up.
 */
export async function sendTestNotification(deps: SendTestDeps, configurationName: string, sampleId?: string): Promise<{ notificationId: string }> {
  const configuration = deps.configurations.find((c) => c.name === configurationName);
  if (!configuration) {
    const known = deps.configurations.map((c) => c.name).join(', ') || 'none';
    throw new ChatOpsError('CONFIG_NOT_FOUND', `There is no channel configuration named "${configurationName}".`, { nextStep: `Known configurations: ${known}.` });
  }
  const sample = findSample(sampleId);
  if (!sample) {
    throw new ChatOpsError('SAMPLE_NOT_FOUND', `There is no sample event "${sampleId}".`, { nextStep: `Samples: ${SAMPLE_EVENTS.map((s) => s.id).join(', ')}.` });
  }
  const topicArn = configuration.snsTopicArns.find((t) => t !== '*') ?? 'arn:aws:sns:us-east-1:123456789012:chatops-test';
  const [, , , region, account] = topicArn.split(':');
  const messageId: string = randomUUID();
  const time = deps.clock.now().toISOString();
  const message = sample.message({ account: account || '123456789012', region: region || 'us-east-1', time, id: messageId });
  // The same shape SNS posts, unsigned: it is written straight to the inbox, not through /sns.
  const envelope = { Type: 'Notification', MessageId: messageId, TopicArn: topicArn, ...(sample.subject ? { Subject: sample.subject } : {}), Message: message, Timestamp: time };
  await deps.store.inbox.add([{ messageId, kind: 'notification', topicArn, body: JSON.stringify(envelope), configuration: configuration.name }]);
  deps.onAccepted?.();
  return { notificationId: messageId };
}
