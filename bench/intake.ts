/**
 * Intake: signed SNS envelopes (~2 KB) accepted per second over real HTTP on loopback, with the
 * load generator (autocannon) in a second process on the same machine. Each target gets a
 * warm-up, then the rest of the pool (each envelope a unique MessageId) or 10 s, whichever
 * ends first (the warm-up is cut at 3 s).
 *  - baseline, first and last (the ratio uses their mean): a bare Node http server that parses,
 *    verifies (the same code as the route) and pushes to an in-memory array;
 *  - the SNS route alone (Express, the route, its group commit; no workers) on an in-memory
 *    store, on PGlite and on PostgreSQL: what the route itself costs;
 *  - the whole service (startApp as `npm start` runs it: inbox worker and sandbox deliverer
 *    running) on PGlite and PostgreSQL: what SNS sees when a flood lasts.
 * PostgreSQL needs TEST_DATABASE_URL. Durable targets answer 200 only after the inbox commit.
 * Issue #4's goals: durable ≥ 40 % of the baseline on PGlite (aim 60 %), ≥ 60 % on PostgreSQL.
 */
import { createMemoryStore } from '../src/adapters/store/memory-store.js';
import type { Store } from '../src/ports/store.js';
import { FixedCertificateSource } from '../test/support/sns-signing.js';
import { startBaselineServer } from './support/baseline-server.js';
import { startBenchApp } from './support/bench-app.js';
import { envelopePool, POOL_CHANNELS } from './support/envelopes.js';
import { generateLoad } from './support/generator.js';
import type { LoadResult } from './support/load-generator.js';
import { startRouteServer } from './support/route-server.js';
import type { StoreKind } from './support/stores.js';
import { openBenchStore, storeKinds } from './support/stores.js';
import { fixed, int, percent, table } from './support/stats.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const WARMUP = 1_000;
const MAX_SECONDS = 10;
const GOALS: Record<StoreKind, { min: number; aim?: number }> = { PGlite: { min: 0.4, aim: 0.6 }, PostgreSQL: { min: 0.6 } };

const inboxRows = async (store: Store) => Object.values(await store.inbox.depth()).reduce((a, b) => a + b, 0);

interface Target {
  name: string;
  /** Rows with a goal; the baseline has none. */
  kind?: StoreKind;
  baseline?: boolean;
  /** `stored()`: rows in the inbox afterwards (undefined: no inbox). */
  start(): Promise<{ url: string; stored(): Promise<number | undefined>; close(): Promise<void> }>;
}

function baseline(certificatePem: string, when: string): Target {
  return {
    name: `baseline (${when}): bare Node http, parse + verify + in-memory queue`,
    baseline: true,
    async start() {
      const server = await startBaselineServer(new FixedCertificateSource(certificatePem));
      return { url: server.url, stored: async () => undefined, close: () => server.close() };
    },
  };
}

function service(kind: StoreKind, certificatePem: string): Target {
  return {
    name: `the whole service (inbox worker and sandbox deliverer running), ${kind}`,
    kind,
    async start() {
      const bench = await openBenchStore(kind);
      const app = await startBenchApp({ store: bench.store, certificatePem, channels: POOL_CHANNELS });
      return {
        url: `${app.url}/sns`,
        stored: () => inboxRows(bench.store),
        close: async () => {
          await app.close();
          await bench.dispose();
        },
      };
    },
  };
}

function routeOnly(kind: StoreKind | 'memory', certificatePem: string): Target {
  return {
    name: `the SNS route alone, ${kind === 'memory' ? 'in-memory store (not durable)' : kind}`,
    kind: kind === 'memory' ? undefined : kind,
    async start() {
      const bench = kind === 'memory' ? { store: createMemoryStore() as Store, dispose: async () => undefined } : await openBenchStore(kind);
      const server = await startRouteServer(bench.store, certificatePem);
      return {
        url: server.url,
        stored: () => inboxRows(bench.store),
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
  stored: number | undefined;
  /** CPU time of this process (the server, and PGlite inside it) per accepted event, µs. */
  cpuUs: number;
}

export async function runIntake(): Promise<void> {
  const pool = envelopePool();
  const { kinds, note } = storeKinds();
  const pem = pool.identity.certificatePem;
  const targets = [baseline(pem, 'first'), routeOnly('memory', pem), ...kinds.map((k) => routeOnly(k, pem)), ...kinds.map((k) => service(k, pem)), baseline(pem, 'last')];
  const measured = pool.bodies.length - WARMUP;
  const rows: Row[] = [];
  for (const target of targets) {
    const server = await target.start();
    try {
      await generateLoad({ mode: 'max', url: server.url, file: pool.file, from: 0, count: WARMUP, connections: CONNECTIONS, maxSeconds: 3 });
      const cpu = process.cpuUsage();
      const run = await generateLoad({ mode: 'max', url: server.url, file: pool.file, from: WARMUP, count: measured, connections: CONNECTIONS, maxSeconds: MAX_SECONDS });
      const used = process.cpuUsage(cpu);
      rows.push({ target, run, stored: await server.stored(), cpuUs: (used.user + used.system) / Math.max(1, run.ok) });
    } finally {
      await server.close();
    }
  }

  const rate = (r: LoadResult) => (r.ok / r.durationMs) * 1000;
  const bases = rows.filter((r) => r.target.baseline).map((r) => rate(r.run));
  const base = bases.reduce((a, b) => a + b, 0) / bases.length;
  console.log(`\n### Intake: signed SNS envelopes accepted per second\n`);
  console.log(
    `Each target: ${int(WARMUP)} envelopes to warm up, then up to ${int(measured)} or ${MAX_SECONDS} s; autocannon in a second process, ${CONNECTIONS} keep-alive connections. ` +
      `Ratios against the mean of the two baseline runs (${int(base)}/s). Server CPU counts this process only (Node and PGlite), not PostgreSQL's own processes.\n`,
  );
  console.log(
    table(
      ['target', 'events/s', '÷ baseline', 'server CPU µs/event', 'p50 ms', 'p99 ms', 'answered 200', 'in the inbox (with warm-up)', 'goal'],
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
      rows.map(({ target, run, stored, cpuUs }) => {
        const ratio = rate(run) / base;
        const goal = target.kind ? GOALS[target.kind] : undefined;
        const verdict = !goal ? '—' : `≥ ${percent(goal.min)}${goal.aim ? ` (aim ${percent(goal.aim)})` : ''}: ${ratio >= (goal.aim ?? goal.min) ? 'met' : ratio >= goal.min ? 'met (under the aim)' : 'NOT met'}`;
        const problems = run.errors || Object.keys(run.failed).length ? ` (${run.errors} errors, ${JSON.stringify(run.failed)})` : '';
        return [target.name, int(rate(run)), `${fixed(ratio, 2)}×`, int(cpuUs), fixed(run.latencyP50), fixed(run.latencyP99), `${int(run.ok)}${problems}`, stored === undefined ? '—' : int(stored), verdict];
      }),
    ),
  );
  if (note) console.log(`\n${note}`);
}
