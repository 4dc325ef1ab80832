import assert from 'node:assert/strict';
import type { Notification } from '../../../../src/core/notification.js';
import { NotificationEngine } from '../../../../src/notifications/engine.js';
import type { Logger } from '../../../../src/ports/logger.js';
import { readFixture, readLocalFixture } from '../../../support/fixtures.js';

/** Keeps warnings, so a test can say the kind's normaliser and template ran without falling back. */
class WarningLog implements Logger {
  readonly warnings: string[] = [];
  debug(): void {}
  info(): void {}
  warn(message: string, fields?: Record<string, unknown>): void {
    this.warnings.push(`${message} ${JSON.stringify(fields)}`);
  }
  error(message: string, fields?: Record<string, unknown>): void {
    this.warnings.push(`${message} ${JSON.stringify(fields)}`);
  }
}

const log = new WarningLog();
const engine = new NotificationEngine({ logger: log });

/** The one notification in the input, read through the whole engine, with no fallback warnings. */
export function card(input: Buffer | string): Notification {
  const before = log.warnings.length;
  const all = engine.notifications(input);
  assert.equal(all.length, 1);
  assert.deepEqual(log.warnings.slice(before), [], 'the normaliser or template fell back');
  return all[0]!;
}

export const shared = (rel: string) => card(readFixture(rel));
export const local = (rel: string) => card(readLocalFixture(`operations/${rel}`));

/** A shared fixture with its `detail` changed (for statuses the corpus has no sample of). */
export function sharedWith(rel: string, change: (detail: Record<string, unknown>, event: Record<string, unknown>) => void): Notification {
  const event = JSON.parse(readFixture(rel).toString('utf8')) as Record<string, unknown>;
  const detail = (event.detail ?? {}) as Record<string, unknown>;
  change(detail, event);
  event.detail = detail;
  return card(JSON.stringify(event));
}

export function field(n: Notification, label: string): string | undefined {
  return n.fields.find((f) => f.label === label)?.value;
}

export function labels(n: Notification): string[] {
  return n.fields.map((f) => f.label);
}

export function listItems(n: Notification, title: string): string[] {
  const list = n.sections.find((s) => s.type === 'list' && s.title === title);
  return list?.type === 'list' ? list.items : [];
}

export { engine };
