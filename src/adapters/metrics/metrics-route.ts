import type { IRouter } from 'express';
import { ChatOpsError } from '../../core/errors.js';
import type { PrometheusMetrics } from './prometheus-metrics.js';

/**
 * GET /metrics: every series in Prometheus text format, for a Prometheus scraper. Open like
 * /healthz (it holds counts and configuration names, never message contents or secrets).
 */
export function mountMetrics(router: IRouter, metrics: Pick<PrometheusMetrics, 'text' | 'contentType'>): void {
  router.get('/metrics', async (_req, res) => {
    let text: string;
    try {
      text = await metrics.text();
    } catch (cause) {
      throw new ChatOpsError('METRICS_UNAVAILABLE', 'The metrics could not be collected.', { cause });
    }
    res.setHeader('Content-Type', metrics.contentType);
    res.setHeader('Cache-Control', 'no-store');
    res.send(text);
  });
}
