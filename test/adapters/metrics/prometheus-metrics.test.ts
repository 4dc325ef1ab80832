import assert from 'node:assert/strict';
import { createHttpServer } from '../../../src/adapters/http/server.js';
import type { ListeningHttpServer } from '../../../src/adapters/http/server.js';
import { mountMetrics } from '../../../src/adapters/metrics/metrics-route.js';
import { PrometheusMetrics } from '../../../src/adapters/metrics/prometheus-metrics.js';
import { RecordingLogger } from '../../support/recording-logger.js';

/** The value of one series line, e.g. `chatops_deliveries_total{configuration="a",…} 3`. */
function valueOf(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(series + ' '));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('Prometheus metrics', () => {
  it('counts SNS requests by outcome and error code', async () => {
    const metrics = new PrometheusMetrics({ defaultMetrics: false });
    metrics.snsRequest('accepted');
    metrics.snsRequest('accepted');
    metrics.snsRequest('rejected', 'SNS_SIGNATURE_INVALID');
    const text = await metrics.text();
    assert.equal(valueOf(text, 'chatops_sns_requests_total{outcome="accepted",reason=""}'), 2);
    assert.equal(valueOf(text, 'chatops_sns_requests_total{outcome="rejected",reason="SNS_SIGNATURE_INVALID"}'), 1);
  });

  it('counts events, throttled events and deliveries per configuration', async () => {
    const metrics = new PrometheusMetrics({ defaultMetrics: false });
    metrics.eventProcessed('prod-alerts', 'routed');
    metrics.eventProcessed('prod-alerts', 'unsupported');
    metrics.eventsThrottled('prod-alerts', 37);
    metrics.delivery('prod-alerts', 'slack', 'success');
    metrics.delivery('prod-alerts', 'slack', 'retry');
    metrics.delivery('ops', 'teams', 'dead');
    const text = await metrics.text();
    assert.equal(valueOf(text, 'chatops_events_processed_total{configuration="prod-alerts",outcome="routed"}'), 1);
    assert.equal(valueOf(text, 'chatops_events_processed_total{configuration="prod-alerts",outcome="unsupported"}'), 1);
    assert.equal(valueOf(text, 'chatops_events_throttled_total{configuration="prod-alerts"}'), 37);
    assert.equal(valueOf(text, 'chatops_deliveries_total{configuration="prod-alerts",platform="slack",outcome="success"}'), 1);
    assert.equal(valueOf(text, 'chatops_deliveries_total{configuration="prod-alerts",platform="slack",outcome="retry"}'), 1);
    assert.equal(valueOf(text, 'chatops_deliveries_total{configuration="ops",platform="teams",outcome="dead"}'), 1);
  });

  it('puts delivery latencies into buckets from 10 ms to 60 s', async () => {
    const metrics = new PrometheusMetrics({ defaultMetrics: false });
    metrics.deliveryLatency('slack', 0.004);
    metrics.deliveryLatency('slack', 0.3);
    metrics.deliveryLatency('slack', 45);
    const text = await metrics.text();
    assert.equal(valueOf(text, 'chatops_delivery_latency_seconds_bucket{le="0.01",platform="slack"}'), 1);
    assert.equal(valueOf(text, 'chatops_delivery_latency_seconds_bucket{le="0.5",platform="slack"}'), 2);
    assert.equal(valueOf(text, 'chatops_delivery_latency_seconds_bucket{le="60",platform="slack"}'), 3);
    assert.equal(valueOf(text, 'chatops_delivery_latency_seconds_count{platform="slack"}'), 3);
  });

  it('shows the last sampled queue depth', async () => {
    const metrics = new PrometheusMetrics({ defaultMetrics: false });
    metrics.queueDepth('outbox', 'pending', 12);
    metrics.queueDepth('outbox', 'pending', 5);
    assert.equal(valueOf(await metrics.text(), 'chatops_queue_depth{queue="outbox",status="pending"}'), 5);
  });

  it('keeps label values bounded: odd reasons and names are counted as other', async () => {
    const metrics = new PrometheusMetrics({ defaultMetrics: false });
    metrics.snsRequest('rejected', 'Unexpected token < in JSON at position 0');
    metrics.eventProcessed('name with spaces {"x"}', 'invalid');
    const text = await metrics.text();
    assert.equal(valueOf(text, 'chatops_sns_requests_total{outcome="rejected",reason="OTHER"}'), 1);
    assert.equal(valueOf(text, 'chatops_events_processed_total{configuration="other",outcome="invalid"}'), 1);
  });

  it('keeps two instances apart: each has its own registry', async () => {
    const first = new PrometheusMetrics();
    const second = new PrometheusMetrics();
    first.delivery('prod-alerts', 'slack', 'success');
    const series = 'chatops_deliveries_total{configuration="prod-alerts",platform="slack",outcome="success"}';
    assert.equal(valueOf(await first.text(), series), 1);
    assert.equal(valueOf(await second.text(), series), undefined);
  });

  it('includes the process metrics', async () => {
    const text = await new PrometheusMetrics().text();
    assert.match(text, /^process_cpu_user_seconds_total \d/m);
    assert.match(text, /^nodejs_heap_size_used_bytes \d/m);
  });

  describe('GET /metrics', () => {
    let server: ListeningHttpServer;
    const metrics = new PrometheusMetrics();

    before(async () => {
      const http = createHttpServer({ logger: new RecordingLogger(), closeGraceMs: 100, mounts: [(router) => mountMetrics(router, metrics)] });
      server = await http.listen(0, '127.0.0.1');
    });
    after(() => server.close());

    it('serves every series in Prometheus text format', async () => {
      metrics.eventProcessed('prod-alerts', 'routed');
      const res = await fetch(`${server.url}/metrics`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
      const text = await res.text();
      assert.match(text, /^# TYPE chatops_events_processed_total counter$/m);
      assert.equal(valueOf(text, 'chatops_events_processed_total{configuration="prod-alerts",outcome="routed"}'), 1);
      assert.match(text, /^# TYPE chatops_delivery_latency_seconds histogram$/m);
    });
  });
});
