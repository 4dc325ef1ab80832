import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Card } from '../../../src/core/card.js';
import type { Platform } from '../../../src/core/chat-event.js';
import type { NewInboxEvent, NewOutboxMessage, Store } from '../../../src/ports/store.js';
import { inboxContract } from './inbox-contract.js';
import { outboxContract } from './outbox-contract.js';
import { openedStores } from './store-backings.js';
import { traceContract } from './trace-contract.js';

/** Where a store keeps its data; `openReplica` opens a second store on the same data (another replica). */
export interface DeliveryBacking {
  open(): Promise<Store>;
  /** Absent where one process owns the data (memory, PGlite): the same store then plays both replicas. */
  openReplica?(): Promise<Store>;
  destroy(): Promise<void>;
}

export interface DeliverySuite {
  /** The store under test. */
  store(): Store;
  /** A second replica on the same data (the same store where there is only one). */
  replica(): Store;
  durable: boolean;
  /** Closes the store and opens it again on the same data (durable stores only). */
  reopen(): Promise<Store>;
}

/** A lease no test outlives; a lease of 0 ms has run out by the next statement. */
export const LIVE = 600_000;
export const PLATFORMS: readonly Platform[] = ['slack', 'teams', 'sandbox', 'webhook'];

export const card: Card = {
  title: 'ALARM: “cpu-high” in EU (Ireland)',
  severity: 'high',
  sections: [{ type: 'text', text: 'Threshold crossed: 1 datapoint [91.5] > 80.0', format: 'markdown' }],
  actions: [],
};

export function inboxEvent(overrides: Partial<NewInboxEvent> = {}): NewInboxEvent {
  const messageId = overrides.messageId ?? randomUUID();
  return {
    messageId,
    kind: 'notification',
    topicArn: 'arn:aws:sns:eu-west-1:123456789012:alarms',
    body: JSON.stringify({ Type: 'Notification', MessageId: messageId, Message: 'x'.repeat(200) }),
    ...overrides,
  };
}

/** A fresh channel key of `platform` (its own, so tests never see each other's rows). */
export function channelKey(platform: Platform = 'slack'): string {
  return `${platform}:C${randomUUID().slice(0, 8)}`;
}

export function outboxMessage(key: string, n: number, overrides: Partial<NewOutboxMessage> = {}): NewOutboxMessage {
  const [platform, channelId] = key.split(':') as [Platform, string];
  const messageId = overrides.messageId ?? `m-${randomUUID()}`;
  return {
    id: `${messageId}/${n}/ops`,
    messageId,
    eventId: `event-${n}`,
    configuration: 'ops',
    platform,
    channelId,
    channelKey: key,
    threadKey: `alarm:${n}`,
    card: { ...card, title: `${card.title} #${n}` },
    summary: { title: `#${n}`, severity: 'high', source: 'aws.cloudwatch', kind: 'alarm' },
    ...overrides,
  };
}

/**
 * Leaves nothing claimable in the inbox and nothing due in the outbox, so that a test's claims and
 * leases see only its own rows. (Rows waiting for a retry in the future stay: they are not due.)
 */
export async function drain(store: Store): Promise<void> {
  for (;;) {
    const claimed = await store.inbox.claim({ limit: 500, leaseMs: LIVE, owner: 'drain' });
    if (claimed.length === 0) break;
    for (const event of claimed) await store.inbox.complete(event.messageId, { outbox: [], trace: [], eventIds: [] });
  }
  for (const platform of PLATFORMS) {
    for (;;) {
      const keys = await store.outbox.leaseChannels(platform, { limit: 100, leaseMs: LIVE, owner: 'drain' });
      if (keys.length === 0) break;
      for (const key of keys) {
        for (const row of await store.outbox.pending(key, 10_000)) await store.outbox.markDead(row.id, 'drained by the test suite');
        await store.outbox.releaseChannel(key, 'drain');
      }
    }
  }
}

/** What every Store must do for durable delivery: inbox, outbox with channel leases, trace, subscriptions. */
export function deliveryContract(name: string, createBacking: (ctx: Mocha.Context) => Promise<DeliveryBacking>, traits: { durable: boolean }): void {
  describe(`delivery store contract: ${name}`, function () {
    this.timeout(120_000);
    const stores = openedStores(createBacking);

    beforeEach(async function () {
      if (stores.backing) await drain(stores.store);
    });

    const suite: DeliverySuite = {
      store: () => stores.store,
      replica: () => stores.other,
      durable: traits.durable,
      async reopen() {
        await stores.reopen();
        return stores.store;
      },
    };
    inboxContract(suite);
    outboxContract(suite);
    traceContract(suite);

    it('refuses delivery work once closed', async function () {
      const store = await stores.closeStore();
      const closed = (e: { code?: string }) => e.code === 'STORE_CLOSED';
      await assert.rejects(store.inbox.add([inboxEvent()]), closed);
      await assert.rejects(store.inbox.claim({ limit: 1, leaseMs: LIVE, owner: 'w' }), closed);
      await assert.rejects(store.outbox.leaseChannels('slack', { limit: 1, leaseMs: LIVE, owner: 'w' }), closed);
      await assert.rejects(store.outbox.pending(channelKey(), 1), closed);
      await assert.rejects(store.trace.find('x'), closed);
      await assert.rejects(store.subscriptions.list(), closed);
    });
  });
}
