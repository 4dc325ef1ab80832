import assert from 'node:assert/strict';
import type { Notification } from '../../../../src/core/notification.js';
import { NotificationEngine } from '../../../../src/notifications/engine.js';
import { readFixture, readLocalFixture } from '../../../support/fixtures.js';

/** One engine for the security source tests: the real pipeline, built-in templates. */
export const engine = new NotificationEngine();

/** The one notification in a shared fixture (../shared/fixtures/<rel>). */
export function fromShared(rel: string): Notification {
  return only(engine.notifications(readFixture(rel)));
}

/** The one notification in one of our synthetic fixtures (test/fixtures/security/<name>). */
export function fromSynthetic(name: string): Notification {
  return only(engine.notifications(readLocalFixture(`security/${name}`)));
}

/** The one notification for an EventBridge event built in the test. */
export function fromEvent(source: string, detailType: string, detail: unknown, envelope: Record<string, unknown> = {}): Notification {
  const event = { version: '0', id: 'test-event-1', 'detail-type': detailType, source, account: '123456789012', time: '2024-01-02T03:04:05Z', region: 'us-east-1', resources: [], detail, ...envelope };
  return only(engine.notifications(JSON.stringify(event)));
}

export function only(all: Notification[]): Notification {
  assert.equal(all.length, 1, 'one notification');
  return all[0]!;
}

/** The normaliser read the event itself (no generic fallback) and the card has a title and a console link. */
export function assertReadable(n: Notification, kind: string): void {
  assert.equal(n.kind, kind);
  assert.ok(n.title.trim().length > 3, `title: ${n.title}`);
  assert.doesNotMatch(n.title, /undefined|null|\[object/);
  assert.ok(!n.sections.some((s) => s.type === 'text' && /not in the shape/.test(s.text)), 'the normaliser did not fail');
  assert.ok(!n.sections.some((s) => s.type === 'code' && s.title === 'Event JSON'), 'not the generic card');
  assert.match(n.links[0]?.url ?? '', /^https:\/\//, 'a console link first');
  for (const f of n.fields) assert.doesNotMatch(f.value, /undefined|\[object/, `field ${f.label}`);
}

export function field(n: Notification, label: string): string | undefined {
  return n.fields.find((f) => f.label === label)?.value;
}
