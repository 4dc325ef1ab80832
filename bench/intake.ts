/**
 * Intake: signed SNS envelopes (~2 KB) accepted per second over real HTTP on loopback, with the
 * load generator (autocannon) in a second process on the same machine. Each target gets a
 * warm-up, then every remaining envelope of the pool once (each a unique MessageId).
 *  - baseline: a bare Node http server that parses, verifies (the same code as the route) and
 *    pushes to an in-memory array — the least any SNS endpoint must do;
 *  - the real service (startApp: Express, metrics, the SNS route with its group commit, the
 *    inbox worker and deliverer running) answering 200 only after the inbox row is committed,
 *    on PGlite and, when TEST_DATABASE_URL is set, on PostgreSQL.
 * Issue #4's goals: durable ≥ 40 % of the baseline on PGlite (aim 60 %), ≥ 60 % on PostgreSQL.
 */
import { StreamLogger } from '../src/adapters/log/stream-logger.js';
import { createHttpServer } from '../src/adapters/http/server.js';
import { mountSnsIntake } from '../src/adapters/sns/sns-route.js';
import { parseConfigText } from '../src/config/index.js';
import { noMetrics } from '../src/ports/metrics.js';
import { FixedCertificateSource } from '../test/support/sns-signing.js';
import { startBaselineServer } from './support/baseline-server.js';
import { benchConfigYaml, startBenchApp } from './support/bench-app.js';
import { envelopePool, POOL_CHANNELS } from './support/envelopes.js';
import { generateLoad } from './support/generator.js';
import type { LoadResult } from './support/load-generator.js';
import type { StoreKind } from './support/stores.js';
import { openBenchStore, storeKinds } from './support/stores.js';
import { fixed, int, percent, table } from './support/stats.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const WARMUP = 1_000;
const GOALS: Record<StoreKind, { min: number; aim?: number }> = { PGlite: { min: 0.4, aim: 0.6 }, PostgreSQL: { min: 0.6 } };

interface Target {
  name: string;
  kind?: StoreKind;
  start(): Promise<{ url: string; stored(): Promise<number>; close(): Promise<void> }>;
}

function baseline(certificatePem: string): Target {
  return {
    name: 'baseline: bare Node http, parse + verify + in-memory queue',
    async start() {
      const server = await startBaselineServer(new FixedCertificateSource(certificatePem));
      return { url: server.url, stored: async () => new Set(server.queued.map((q) => q.messageId)).size, close: () => server.close() };
    },
  };
}

function service(kind: StoreKind, certificatePem: string): Target {
  return {
    name: `the service, durable on ${kind}`,
    kind,
    async start() {
      const bench = await openBenchStore(kind);
      const app = await startBenchApp({ store: bench.store, certificatePem, channels: POOL_CHANNELS });
      return {
        url: `${app.url}/sns`,
        stored: async () => Object.values(await bench.store.inbox.depth()).reduce((a, b) => a + b, 0),
        close: async () => {
          await app.close();
          await bench.dispose();
        },
      };
    },
  };
}

/** The SNS route alone (no workers): shows what the inbox worker and deliverer cost intake. */
function routeOnly(kind: StoreKind, certificatePem: string): Target {
  return {
    name: `the SNS route alone (no workers), ${kind}`,
    kind,
    async start() {
      const bench = await openBenchStore(kind);
      const logger = new StreamLogger({ level: 'error', format: 'text' });
      const config = parseConfigText(benchConfigYaml(POOL_CHANNELS), { env: {} });
      const http = createHttpServer({ logger, closeGraceMs: 100 });
      http.mount((router) =>
        mountSnsIntake(router, {
          config,
          store: bench.store,
          certificates: new FixedCertificateSource(certificatePem),
          confirmer: { confirm: async () => undefined },
          metrics: noMetrics,
          logger,
          batching: { maxConcurrent: bench.store.kind === 'postgres' ? 4 : 1 },
        }),
      );
      const server = await http.listen(0, '127.0.0.1');
      return {
        url: `${server.url}/sns`,
        stored: async () => Object.values(await bench.store.inbox.depth()).reduce((a, b) => a + b, 0),
        close: async () => {
          await server.close();
          await bench.store.close();
          await bench.dispose();
        },
      };
    },
  };
}

interface Row {
  target: Target;
  run: LoadResult;
  stored: number;
}

export async function runIntake(): Promise<void> {
  const pool = envelopePool();
  const { kinds, note } = storeKinds();
  const pem = pool.identity.certificatePem;
  const targets = [baseline(pem), ...kinds.map((k) => service(k, pem))];
  if (process.env.BENCH_ROUTE_ONLY) targets.push(...kinds.map((k) => routeOnly(k, pem)));
  const measured = pool.bodies.length - WARMUP;
  const rows: Row[] = [];
  for (const target of targets) {
    const server = await target.start();
    try {
      await generateLoad({ mode: 'max', url: server.url, file: pool.file, from: 0, count: WARMUP, connections: CONNECTIONS });
      const run = await generateLoad({ mode: 'max', url: server.url, file: pool.file, from: WARMUP, count: measured, connections: CONNECTIONS });
      rows.push({ target, run, stored: await server.stored() });
    } finally {
      await server.close();
    }
  }

  const rate = (r: LoadResult) => (r.ok / r.durationMs) * 1000;
  const base = rate(rows[0]!.run);
  console.log(`\n### Intake: signed SNS envelopes accepted per second\n`);
  console.log(`${int(measured)} envelopes per target after ${int(WARMUP)} to warm up; autocannon in a second process, ${CONNECTIONS} keep-alive connections.\n`);
  console.log(
    table(
      ['target', 'events/s', '÷ baseline', 'p50 ms', 'p99 ms', 'answered 200', 'stored', 'goal'],
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
      rows.map(({ target, run, stored }) => {
        const ratio = rate(run) / base;
        const goal = target.kind ? GOALS[target.kind] : undefined;
        const verdict = !goal ? '—' : `≥ ${percent(goal.min)}${goal.aim ? ` (aim ${percent(goal.aim)})` : ''}: ${ratio >= (goal.aim ?? goal.min) ? 'met' : ratio >= goal.min ? 'met (under the aim)' : 'NOT met'}`;
        const problems = run.errors || Object.keys(run.failed).length ? ` (${run.errors} errors, ${JSON.stringify(run.failed)})` : '';
        return [target.name, int(rate(run)), `${fixed(ratio, 2)}×`, fixed(run.latencyP50), fixed(run.latencyP99), `${int(run.ok)}${problems}`, int(stored), verdict];
      }),
    ),
  );
  if (note) console.log(`\n${note}`);
}
