/** The variables the real notification engine finds in a shared fixture (read in place). */
import { NotificationEngine } from '../../../src/notifications/engine.js';
import { readFixture } from '../../support/fixtures.js';

const engine = new NotificationEngine();

export function variablesOf(fixture: string): Record<string, string> {
  const [notification] = engine.notifications(readFixture(fixture));
  if (!notification) throw new Error(`${fixture} gave no notification`);
  return notification.variables;
}
