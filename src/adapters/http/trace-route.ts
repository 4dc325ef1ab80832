import type { IRouter } from 'express';
import { ChatOpsError } from '../../core/errors.js';
import { adminOnly } from './admin-only.js';
import { findDeliveryTrace } from './delivery-trace.js';
import type { TraceSources } from './delivery-trace.js';

export interface TraceRouteDeps {
  /** The store's inbox, trace and outbox (a Store fits). */
  store: TraceSources;
  /** CHATOPS_ADMIN_TOKEN. Without it, only callers on this machine (loopback) are accepted. */
  adminToken?: string;
}

const MAX_ID_LENGTH = 512;

/**
 * GET /api/trace/:id → 200 DeliveryTrace (delivery-trace.ts) for an SNS MessageId or an event id;
 * 404 TRACE_NOT_FOUND. Same access rule as POST /api/test-notifications.
 */
export function mountTrace(router: IRouter, deps: TraceRouteDeps): void {
  router.get('/api/trace/:id', adminOnly(deps.adminToken), async (req, res) => {
    const id = String(req.params.id ?? '').trim();
    if (!id || id.length > MAX_ID_LENGTH) {
      throw new ChatOpsError('TRACE_BAD_REQUEST', `Give an SNS MessageId or an event id of 1–${MAX_ID_LENGTH} characters.`);
    }
    const trace = await findDeliveryTrace(deps.store, id).catch((cause: unknown) => {
      throw new ChatOpsError('TRACE_UNAVAILABLE', 'The delivery trace could not be read from the store.', { cause, nextStep: 'Try again; if it keeps failing, check /readyz and the server log.' });
    });
    if (!trace) {
      throw new ChatOpsError('TRACE_NOT_FOUND', `Nothing was received with the MessageId or event id "${id}".`, {
        nextStep: 'Check the id (an SNS MessageId or the id of the event inside it), and that the notification reached this service\'s SNS endpoint: see the log lines and chatops_sns_requests_total{outcome="rejected"} at /metrics.',
      });
    }
    res.setHeader('Cache-Control', 'no-store');
    res.json(trace);
  });
}
