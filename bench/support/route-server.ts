/**
 * The SNS route alone: the HTTP server with only POST /sns (its fast path, Express behind it), no inbox worker or deliverer, wired
 * as main.ts wires it (group commit: 4 commits at once on PostgreSQL, else 1).
 */
import { createHttpServer } from '../../src/adapters/http/server.js';
import { StreamLogger } from '../../src/adapters/log/stream-logger.js';
import { PrometheusMetrics } from '../../src/adapters/metrics/prometheus-metrics.js';
import { createSnsIntakeHandlers } from '../../src/adapters/sns/sns-route.js';
import { parseConfigText } from '../../src/config/index.js';
import type { Store } from '../../src/ports/store.js';
import { FixedCertificateSource } from '../../test/support/sns-signing.js';
import { benchConfigYaml } from './bench-app.js';
import { POOL_CHANNELS } from './envelopes.js';

export async function startRouteServer(store: Store, certificatePem: string): Promise<{ url: string; close(): Promise<void> }> {
  const logger = new StreamLogger({ level: 'error', format: 'text' });
  const config = parseConfigText(benchConfigYaml(POOL_CHANNELS), { env: {} });
  const http = createHttpServer({ logger, closeGraceMs: 100 });
  const sns = createSnsIntakeHandlers({
    config,
    store,
    certificates: new FixedCertificateSource(certificatePem),
    confirmer: { confirm: async () => undefined },
    metrics: new PrometheusMetrics({ defaultMetrics: false }),
    logger,
    batching: { maxConcurrent: store.kind === 'postgres' ? 4 : 1 },
  });
  http.fast(sns.fast);
  http.mount(sns.mount);
  const server = await http.listen(0, '127.0.0.1');
  return { url: `${server.url}/sns`, close: () => server.close() };
}
