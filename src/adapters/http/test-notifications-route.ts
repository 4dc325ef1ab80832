import type { IRouter } from 'express';
import { z } from 'zod';
import type { Logger } from '../../ports/logger.js';
import { adminOnly } from './admin-only.js';
import { jsonBody } from './json-body.js';
import { parseBody } from './parse-body.js';

export interface TestNotificationDeps {
  /**
   * Sends a sample notification through the normal pipeline to one channel configuration.
   * Throws ChatOpsError CONFIG_NOT_FOUND (→ 404) for an unknown configuration.
   */
  sendTestNotification(configuration: string, sample?: string): Promise<{ notificationId: string }>;
  /** CHATOPS_ADMIN_TOKEN. Without it, only callers on this machine (loopback) are accepted. */
  adminToken?: string;
  logger: Logger;
}

const body = z.object(
  {
    configuration: z.string({ error: (i) => (i.input === undefined ? 'is required' : 'must be a string') }).trim().min(1, 'must not be empty').max(200, 'is too long'),
    sample: z.string({ error: 'must be a string' }).trim().min(1, 'must not be empty').max(200, 'is too long').optional(),
  },
  { error: 'expected a JSON object (Content-Type: application/json)' },
);

/**
 * POST /api/test-notifications {configuration, sample?} → 202 {notificationId}.
 * Used by the sandbox page and `chatops send-test`; mount it whatever the chat platform.
 */
export function mountTestNotifications(router: IRouter, deps: TestNotificationDeps): void {
  router.post('/api/test-notifications', adminOnly(deps.adminToken), jsonBody(), async (req, res) => {
    const { configuration, sample } = parseBody(body, req.body, 'TEST_NOTIFICATION_BAD_REQUEST');
    const { notificationId } = await deps.sendTestNotification(configuration, sample);
    deps.logger.info('test notification sent', { configuration, sample, notificationId });
    res.status(202).json({ notificationId });
  });
}
