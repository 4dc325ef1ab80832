import { randomUUID } from 'node:crypto';
import { ChatOpsError } from '../core/errors.js';
import type { ChannelConfiguration } from '../config/schema.js';
import type { Clock } from '../ports/clock.js';
import type { Delivery, NotificationDelivery } from './deliver.js';
import type { NotificationEngine } from './engine.js';
import { SAMPLE_EVENTS, findSample } from './samples/sample-events.js';

export interface SendTestDeps {
  engine: NotificationEngine;
  delivery: NotificationDelivery;
  configurations: readonly ChannelConfiguration[];
  clock: Clock;
}

/**
 * Pushes a sample notification through the real pipeline (recognise, normalise, template, card,
 * thread, chat) to one configuration, as if it had arrived on that configuration's first topic.
 */
export async function sendTestNotification(deps: SendTestDeps, configurationName: string, sampleId?: string): Promise<{ notificationId: string; deliveries: Delivery[] }> {
  const configuration = deps.configurations.find((c) => c.name === configurationName);
  if (!configuration) {
    const known = deps.configurations.map((c) => c.name).join(', ') || 'none';
    throw new ChatOpsError('CONFIG_NOT_FOUND', `There is no channel configuration named "${configurationName}".`, { nextStep: `Known configurations: ${known}.` });
  }
  const sample = findSample(sampleId);
  if (!sample) {
    throw new ChatOpsError('SAMPLE_NOT_FOUND', `There is no sample event "${sampleId}".`, { nextStep: `Samples: ${SAMPLE_EVENTS.map((s) => s.id).join(', ')}.` });
  }
  const topicArn = configuration.snsTopicArns.find((t) => t !== '*');
  const [, , , region, account] = topicArn?.split(':') ?? [];
  const id: string = randomUUID();
  const time = deps.clock.now().toISOString();
  const message = sample.message({ account: account || '123456789012', region: region || 'us-east-1', time, id });
  const deliveries: Delivery[] = [];
  let notificationId = id;
  for (const event of deps.engine.events(message)) {
    event.sns = { messageId: id, topicArn, subject: sample.subject, timestamp: time, attributes: {} };
    const results = await deps.delivery.deliverEvent(event, configuration);
    deliveries.push(...results);
    notificationId = results[0]?.notificationId ?? notificationId;
  }
  const failed = deliveries.find((d) => d.error);
  if (failed?.error) throw new ChatOpsError(failed.error.code, failed.error.message);
  return { notificationId, deliveries };
}
