import { createMemoryStore } from '../../../../src/adapters/store/memory-store.js';
import type { Clock } from '../../../../src/ports/clock.js';
import type { NewOutboxMessage } from '../../../../src/ports/delivery-store.js';
import type { Store } from '../../../../src/ports/store.js';

/** A clock the test moves by hand. */
export class SettableClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
}

export const ALARM_TOPIC = 'arn:aws:sns:us-east-1:123456789012:prod-alarms';
export const MESSAGE_ID = '95df01b4-ee98-5cb9-9903-4c221d41eb5e';
export const EVENT_ID = 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:HighCPU/2026-11-23T10:00:00.000Z';

function outboxRow(configuration: string, platform: 'slack' | 'teams', channelId: string): NewOutboxMessage {
  return {
    id: `${MESSAGE_ID}/0/${configuration}`,
    messageId: MESSAGE_ID,
    eventId: EVENT_ID,
    configuration,
    platform,
    channelId,
    channelKey: `${platform}:${channelId}`,
    threadKey: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:HighCPU',
    card: { title: 'ALARM: HighCPU', severity: 'critical', sections: [] },
    summary: { title: 'ALARM: HighCPU', severity: 'critical', source: 'aws.cloudwatch', kind: 'alarm' },
  };
}

/**
 * A memory store holding one CloudWatch alarm that went through the whole pipeline: received,
 * routed to two configurations, delivered to Slack as a thread reply, dead on Teams after 8 tries.
 * Plus one SNS message still waiting in the inbox.
 */
export async function storeWithHistory(): Promise<Store> {
  const clock = new SettableClock(new Date('2026-11-23T10:00:01.250Z'));
  const store = createMemoryStore({ clock });
  await store.inbox.add([{ messageId: MESSAGE_ID, kind: 'notification', topicArn: ALARM_TOPIC, body: '{}' }]);

  clock.set('2026-11-23T10:00:02.000Z');
  await store.inbox.claim({ limit: 10, leaseMs: 60_000, owner: 'worker-1' });
  await store.inbox.complete(MESSAGE_ID, {
    eventIds: [EVENT_ID],
    outbox: [outboxRow('prod-alerts', 'slack', 'C0123'), outboxRow('ops-teams', 'teams', '19:ops@thread.tacv2')],
    trace: [
      { messageId: MESSAGE_ID, eventId: EVENT_ID, step: 'recognised', detail: { source: 'aws.cloudwatch', kind: 'alarm' } },
      { messageId: MESSAGE_ID, eventId: EVENT_ID, step: 'routed', configuration: 'prod-alerts' },
      { messageId: MESSAGE_ID, eventId: EVENT_ID, step: 'routed', configuration: 'ops-teams' },
    ],
  });

  clock.set('2026-11-23T10:00:03.000Z');
  await store.outbox.markSent(`${MESSAGE_ID}/0/prod-alerts`, { chatMessageId: '1700000000.000100', chatThreadId: '1699999000.000200' });
  await store.trace.add([{ messageId: MESSAGE_ID, eventId: EVENT_ID, step: 'delivered', configuration: 'prod-alerts', detail: { channel: 'C0123', chatMessageId: '1700000000.000100' } }]);

  for (let i = 0; i < 7; i++) await store.outbox.markRetry(`${MESSAGE_ID}/0/ops-teams`, 'CHAT_UNAVAILABLE: Teams answered 503', new Date('2026-11-23T10:00:04.000Z'));
  clock.set('2026-11-23T10:05:00.000Z');
  await store.outbox.markDead(`${MESSAGE_ID}/0/ops-teams`, 'CHAT_FORBIDDEN: the bot is not a member of this conversation');
  await store.trace.add([{ messageId: MESSAGE_ID, eventId: EVENT_ID, step: 'dead', configuration: 'ops-teams', detail: { reason: 'CHAT_FORBIDDEN' } }]);

  await store.inbox.add([{ messageId: 'waiting-1', kind: 'raw', body: 'Budget alert', configuration: 'prod-alerts' }]);
  return store;
}
