import assert from 'node:assert/strict';
import type { Notification } from '../../src/core/notification.js';
import { NotificationEngine } from '../../src/notifications/engine.js';
import { readFixture } from '../support/fixtures.js';

const engine = new NotificationEngine();

/** The one notification a real fixture (../shared/fixtures, read in place) becomes. */
export function notificationOf(rel: string | Buffer): Notification {
  const [n, ...rest] = engine.notifications(typeof rel === 'string' ? readFixture(rel) : rel);
  assert.ok(n, `no notification from ${typeof rel === 'string' ? rel : 'input'}`);
  assert.equal(rest.length, 0);
  return n;
}

/** Variables of a real fixture. */
export function variablesOf(rel: string): Record<string, string> {
  return notificationOf(rel).variables;
}
