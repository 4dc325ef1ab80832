import { readFixture } from '../../../../support/fixtures.js';

/** A Slack JSON fixture from ../shared/fixtures/slack, read in place; a fresh copy each call. */
export function slackJson(name: string): Record<string, unknown> {
  return JSON.parse(readFixture(`slack/${name}`).toString('utf8')) as Record<string, unknown>;
}

/** A Slack raw-body fixture (form-encoded), as sent. */
export function slackBody(name: string): string {
  return readFixture(`slack/${name}`).toString('utf8');
}

/** Changes made to a copy of a fixture's `event` (for what no real sample shows). */
export function withEvent(body: Record<string, unknown>, changes: Record<string, unknown>): Record<string, unknown> {
  return { ...body, event: { ...(body.event as Record<string, unknown>), ...changes } };
}
