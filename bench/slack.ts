/**
 * Slack: the two figures of issue #5, over real HTTP on loopback, with signed requests built from
 * the shared fixtures, the load in a second process and the fake Slack Web API in a third (where
 * the service's follow-up chat.postMessage calls go), so the service's process pays only for
 * its own work.
 *  1. Interaction ack latency: rounds of 200 button clicks (`block_actions`) sent at the same
 *     moment, each on its own connection, to POST /slack/events; latency = request started
 *     (connection included) → HTTP answer. After each round, until the fake Slack has the
 *     service's "Click received" reply to every click (counted, not asserted). Goal: p99 < 100 ms.
 *  2. Events/s through the Slack receiver: `app_mention` event callbacks (a unique event_id each)
 *     as fast as the target answers, over keep-alive connections (autocannon), after a warm-up;
 *     up to BENCH_SLACK_EVENTS or 10 s. The service answers every mention in its thread
 *     ("not available yet"); it is given time to post them all afterwards, and its CPU is
 *     counted both for the run alone and until the last reply was posted.
 * Baseline in the same run for both: a bare Bolt App (Bolt's default HTTPReceiver) on its own
 * port, acking and doing nothing else (first and last for events/s; the ratio uses their mean);
 * Bolt's ExpressReceiver once for reference. The service runs on PGlite, and on PostgreSQL too
 * when TEST_DATABASE_URL is set, and on the in-memory store (not durable) to show what the store
 * costs: Bolt's authorize looks the installation up in the store before every ack, SlackChat
 * again before every post, and each mention's event id is recorded there. The click table also
 * has a floor: a bare Node http server that only answers 200, i.e. what the machine (and the
 * other processes on it) add to any ack time.
 * Knobs: BENCH_SLACK_CLICKS (200), BENCH_SLACK_ROUNDS (5), BENCH_SLACK_EVENTS (20,000),
 * BENCH_CONNECTIONS (32).
 */
import { createMemoryStore } from '../src/adapters/store/memory-store.js';
import type { Store } from '../src/ports/store.js';
import { generateLoad } from './support/generator.js';
import type { LoadResult } from './support/load-generator.js';
import type { FakeSlack } from './support/slack-fake.js';
import { startFakeSlack } from './support/slack-fake.js';
import type { SignedBatch } from './support/slack-requests.js';
import { BENCH_CHANNEL, signedClicks, signedMentions } from './support/slack-requests.js';
import type { BoltReceiverKind, SlackTarget } from './support/slack-targets.js';
import { startBareBolt, startBareHttp, startSlackService } from './support/slack-targets.js';
import type { StoreKind } from './support/stores.js';
import { openBenchStore, storeKinds } from './support/stores.js';
import { fixed, int, mean, percentile, sleep, table, waitFor } from './support/stats.js';

const CLICKS = Number(process.env.BENCH_SLACK_CLICKS ?? 200);
const ROUNDS = Number(process.env.BENCH_SLACK_ROUNDS ?? 5);
const WARMUP_ROUNDS = 1;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const EVENTS = Number(process.env.BENCH_SLACK_EVENTS ?? 20_000);
const WARMUP = 1_000;
const MAX_SECONDS = 10;
const ANSWER_TIMEOUT_MS = 30_000;
const DRAIN_TIMEOUT_MS = 180_000;
const ACK_GOAL_P99_MS = 100;

const wallClock = () => performance.timeOrigin + performance.now();

interface Target {
  name: string;
  baseline?: boolean;
  /** Shown for reference only (no goal). */
  reference?: boolean;
  /** The whole service: it posts a reply to each request, which the fake Slack records. */
  replies: boolean;
  start(fake: FakeSlack): Promise<SlackTarget>;
}

const floor: Target = {
  name: 'floor: bare Node http, reads the body and answers 200 (no verification)',
  reference: true,
  replies: false,
  start: () => startBareHttp(),
};

function bareBolt(kind: BoltReceiverKind, when?: string): Target {
  return {
    name: `bare Bolt, ${kind}${kind === 'HTTPReceiver' ? ' (Bolt\'s default)' : ''}, ack only${when ? ` (${when})` : ''}`,
    baseline: kind === 'HTTPReceiver',
    replies: false,
    start: (fake) => startBareBolt(kind, fake.url),
  };
}

function service(kind: StoreKind | 'memory'): Target {
  return {
    name: `the whole service (startApp), ${kind === 'memory' ? 'in-memory store (not durable)' : kind}`,
    replies: true,
    async start(fake) {
      const bench = kind === 'memory' ? { store: createMemoryStore() as Store, dispose: async () => undefined } : await openBenchStore(kind);
      const app = await startSlackService(bench.store, fake.url);
      return {
        url: app.url,
        ...(app.inProcess ? { inProcess: app.inProcess } : {}),
        close: async () => {
          await app.close();
          await bench.dispose();
        },
      };
    },
  };
}

/** Waits until the bot has posted `posts` messages in the bench channel; when it saw them, or undefined. */
async function postsReach(fake: FakeSlack, posts: number, timeoutMs: number, everyMs: number): Promise<number | undefined> {
  let at: number | undefined;
  await waitFor(
    async () => {
      if ((await fake.replies(BENCH_CHANNEL)).posts < posts) return false;
      at = wallClock();
      return true;
    },
    timeoutMs,
    everyMs,
  );
  return at;
}

/**
 * Waits until the bot stops posting (no new post for `quietMs`): requests the load generator
 * gave up on when it stopped may still be in the service, and are answered before it closes.
 */
async function quiet(fake: FakeSlack, quietMs = 500): Promise<void> {
  let last = -1;
  let since = performance.now();
  await waitFor(
    async () => {
      const { posts } = await fake.replies(BENCH_CHANNEL);
      if (posts !== last) [last, since] = [posts, performance.now()];
      return performance.now() - since >= quietMs;
    },
    DRAIN_TIMEOUT_MS,
    100,
  );
}

/** How many of `ts` (the clicked cards, the mentions) got a reply in their thread. */
async function answered(fake: FakeSlack, ts: readonly string[]): Promise<{ answered: number; failed: number }> {
  const { threads, failed } = await fake.replies(BENCH_CHANNEL, true);
  const replied = new Set(threads);
  return { answered: ts.filter((t) => replied.has(t)).length, failed };
}

const problemsOf = (runs: readonly LoadResult[]) => {
  const errors = runs.reduce((s, r) => s + r.errors, 0);
  const failed: Record<string, number> = {};
  for (const r of runs) for (const [code, n] of Object.entries(r.failed)) failed[code] = (failed[code] ?? 0) + n;
  return errors || Object.keys(failed).length ? ` (${errors} errors, ${JSON.stringify(failed)})` : '';
};

// ---- 1. Interaction ack latency ----

interface ClickRow {
  target: Target;
  /** Every measured click's ack time, ascending. */
  latencies: number[];
  /** The service's own view: request reached it → ack sent, ascending (ms). */
  inProcess?: number[];
  roundP99: number[];
  sent: number;
  problems: string;
  /** CPU of this process per click over the measured rounds: the ack, and the reply where there is one (µs). */
  cpuUs: number;
  answered?: number;
  failedPosts?: number;
  /** Per round: from the first click to the fake Slack holding a reply to every click. */
  allAnsweredMs?: (number | undefined)[];
}

async function clickRounds(target: Target, fake: FakeSlack): Promise<ClickRow> {
  await fake.reset();
  const server = await target.start(fake);
  try {
    const batch: SignedBatch = signedClicks((WARMUP_ROUNDS + ROUNDS) * CLICKS);
    if (target.replies) await fake.seed(BENCH_CHANNEL, batch.seed);
    const runs: LoadResult[] = [];
    const allAnsweredMs: (number | undefined)[] = [];
    let cpuUs = 0;
    for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
      const cpu = process.cpuUsage();
      const run = await generateLoad({ mode: 'burst', url: server.url, file: batch.file, headersFile: batch.headersFile, headers: {}, from: round * CLICKS, count: CLICKS });
      if (target.replies) {
        const at = await postsReach(fake, (round + 1) * CLICKS, ANSWER_TIMEOUT_MS, 10);
        if (round >= WARMUP_ROUNDS) allAnsweredMs.push(at === undefined ? undefined : at - run.startedAt!);
      }
      const used = process.cpuUsage(cpu);
      if (round === WARMUP_ROUNDS - 1) server.inProcess?.clear();
      if (round >= WARMUP_ROUNDS) {
        runs.push(run);
        cpuUs += used.user + used.system;
      }
      await sleep(250);
    }
    if (target.replies) await quiet(fake);
    const measuredTs = batch.ts.slice(WARMUP_ROUNDS * CLICKS);
    const replies = target.replies ? await answered(fake, measuredTs) : undefined;
    return {
      target,
      latencies: runs.flatMap((r) => r.latencies ?? []).sort((a, b) => a - b),
      ...(server.inProcess ? { inProcess: [...server.inProcess.acks].sort((a, b) => a - b) } : {}),
      roundP99: runs.map((r) => percentile(r.latencies ?? [], 99)),
      sent: runs.reduce((s, r) => s + r.sent, 0),
      problems: problemsOf(runs),
      cpuUs: cpuUs / Math.max(1, runs.reduce((n, r) => n + r.sent, 0)),
      ...(replies ? { answered: replies.answered, failedPosts: replies.failed, allAnsweredMs } : {}),
    };
  } finally {
    await server.close();
  }
}

/** The goal is an in-process figure: judged on the service's own ack times, and on every click acked. */
function goalVerdict(clientP99: number, r: ClickRow): string {
  if (r.latencies.length !== r.sent) return 'NOT met (not every click acked)';
  const own = r.inProcess?.length ? percentile(r.inProcess, 99) : undefined;
  if (own === undefined) return clientP99 < ACK_GOAL_P99_MS ? 'met' : 'NOT met';
  return `${own < ACK_GOAL_P99_MS ? 'met' : 'NOT met'} in-process; ${clientP99 < ACK_GOAL_P99_MS ? 'met' : 'not met'} at the client`;
}

function printClicks(rows: readonly ClickRow[]): void {
  const base = rows.find((r) => r.target.baseline);
  const baseP99 = base ? percentile(base.latencies, 99) : NaN;
  console.log(`\n### Slack: interaction ack latency, ${CLICKS} concurrent button clicks\n`);
  console.log(
    `${ROUNDS} rounds of ${CLICKS} signed \`block_actions\` posts (after ${WARMUP_ROUNDS} warm-up round), all started at once, each on a new connection, from a second process; ` +
      `ack = request started (connection included) → HTTP 200. Between rounds the service posts its "Click received" reply to each click in the card's thread, through the fake Slack Web API in a third process; ` +
      `"answered" counts the clicks whose reply the fake Slack holds, "all answered" the time from a round's first click to its last reply (median and worst round, polled every 10 ms). ` +
      `"in-process" is the service's own ack time (the request reached it → the ack was written), as its \`chatops_chat_ack_seconds\` metric sees it: what the goal is about, without the connection queue of 200 simultaneous connects. ` +
        `Server CPU counts this process only (not the load generator's or the fake Slack's): for the service, from a round's first click until its last reply was posted. The floor row shows what the machine itself adds.\n`,
  );
  console.log(
    table(
      ['target', 'ack p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'in-process p50 / p99 ms', 'p99 per round ms', 'p99 ÷ baseline', 'server CPU µs/click', 'acked 200', 'answered', 'all answered ms (median / worst)', `goal: p99 < ${ACK_GOAL_P99_MS} ms`],
      ['l', 'r', 'r', 'r', 'r', 'r', 'l', 'r', 'r', 'r', 'r', 'r', 'l'],
      rows.map((r) => {
        const [p50, p90, p99] = [50, 90, 99].map((p) => percentile(r.latencies, p)) as [number, number, number];
        const done = (r.allAnsweredMs ?? []).filter((x): x is number => x !== undefined).sort((a, b) => a - b);
        const late = (r.allAnsweredMs ?? []).length - done.length;
        const within = r.allAnsweredMs ? `${fixed(percentile(done, 50), 0)} / ${late ? `> ${ANSWER_TIMEOUT_MS / 1000} s in ${late} rounds` : fixed(done.at(-1) ?? NaN, 0)}` : '—';
        const answeredCell = r.answered === undefined ? '—' : `${int(r.answered)} of ${int(r.sent)}${r.failedPosts ? ` (${int(r.failedPosts)} posts refused)` : ''}`;
        return [
          r.target.name,
          fixed(p50),
          fixed(p90),
          fixed(p99),
          fixed(r.latencies.at(-1) ?? NaN),
          r.inProcess?.length ? `${fixed(percentile(r.inProcess, 50))} / ${fixed(percentile(r.inProcess, 99))}` : '—',
          r.roundP99.map((x) => fixed(x, 0)).join(' / '),
          r.target.baseline ? '1×' : `${fixed(p99 / baseP99, 2)}×`,
          int(r.cpuUs),
          `${int(r.latencies.length)} of ${int(r.sent)}${r.problems}`,
          answeredCell,
          within,
          r.target.baseline || r.target.reference ? '—' : goalVerdict(p99, r),
        ];
      }),
    ),
  );
}

// ---- 2. Events/s through the Slack receiver ----

interface EventRow {
  target: Target;
  run: LoadResult;
  /** CPU of this process (the target, and PGlite inside it) per acked event during the run, µs. */
  cpuRunUs: number;
  /** The same, until the last reply was posted (the service only). */
  cpuAllUs?: number;
  /** From the end of the run to the last reply posted (s); undefined: not all within the timeout. */
  drainS?: number;
  answered?: number;
  failedPosts?: number;
}

async function eventRun(target: Target, fake: FakeSlack): Promise<EventRow> {
  await fake.reset();
  const batch = signedMentions(WARMUP + EVENTS);
  if (target.replies) await fake.seed(BENCH_CHANNEL, batch.seed);
  const server = await target.start(fake);
  try {
    const job = { mode: 'max', url: server.url, file: batch.file, headersFile: batch.headersFile, headers: {}, connections: CONNECTIONS } as const;
    const warm = await generateLoad({ ...job, from: 0, count: WARMUP, maxSeconds: 3 });
    // The warm-up's replies are posted before the measured run starts.
    if (target.replies) await postsReach(fake, warm.ok, DRAIN_TIMEOUT_MS, 50);
    const cpu = process.cpuUsage();
    const run = await generateLoad({ ...job, from: WARMUP, count: EVENTS, maxSeconds: MAX_SECONDS });
    const used = process.cpuUsage(cpu);
    const perEvent = (u: NodeJS.CpuUsage) => (u.user + u.system) / Math.max(1, run.ok);
    const row: EventRow = { target, run, cpuRunUs: perEvent(used) };
    if (target.replies) {
      const ended = wallClock();
      const at = await postsReach(fake, warm.ok + run.ok, DRAIN_TIMEOUT_MS, 50);
      const all = process.cpuUsage(cpu);
      const replies = await answered(fake, batch.ts);
      await quiet(fake);
      Object.assign(row, { cpuAllUs: perEvent(all), drainS: at === undefined ? undefined : Math.max(0, at - ended) / 1000, answered: replies.answered, failedPosts: replies.failed });
    }
    return row;
  } finally {
    await server.close();
  }
}

function printEvents(rows: readonly EventRow[]): void {
  const rate = (r: LoadResult) => (r.ok / r.durationMs) * 1000;
  const base = mean(rows.filter((r) => r.target.baseline).map((r) => rate(r.run)));
  console.log(`\n### Slack: app_mention events/s through the receiver\n`);
  console.log(
    `Each target: ${int(WARMUP)} signed event callbacks to warm up, then up to ${int(EVENTS)} or ${MAX_SECONDS} s; autocannon in a second process, ${CONNECTIONS} keep-alive connections; every event a new event_id. ` +
      `Ratios against the mean of the two bare-Bolt HTTPReceiver runs (${int(base)}/s). Server CPU counts this process only (the target, and PGlite in it): during the run, and until every reply was posted. ` +
      `The service answers each mention in its thread through the fake Slack (its own process); "replies posted" counts the mentions (warm-up included) whose reply it holds, "drained" the time after the run until the last one.\n`,
  );
  console.log(
    table(
      ['target', 'events/s', '÷ baseline', 'server CPU µs/event (run)', 'with replies', 'p50 ms', 'p99 ms', 'acked 200', 'replies posted', 'drained s'],
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      rows.map(({ target, run, cpuRunUs, cpuAllUs, drainS, answered: replies, failedPosts }) => [
        target.name,
        int(rate(run)),
        `${fixed(rate(run) / base, 2)}×`,
        int(cpuRunUs),
        cpuAllUs === undefined ? '—' : int(cpuAllUs),
        fixed(run.latencyP50),
        fixed(run.latencyP99),
        `${int(run.ok)}${problemsOf([run])}`,
        replies === undefined ? '—' : `${int(replies)}${failedPosts ? ` (${int(failedPosts)} refused)` : ''}`,
        !target.replies ? '—' : drainS === undefined ? `> ${DRAIN_TIMEOUT_MS / 1000}` : fixed(drainS),
      ]),
    ),
  );
}

export async function runSlack(): Promise<void> {
  const { kinds, note } = storeKinds();
  const fake = await startFakeSlack();
  try {
    const clicks: ClickRow[] = [];
    for (const target of [floor, bareBolt('HTTPReceiver'), service('memory'), ...kinds.map(service)]) clicks.push(await clickRounds(target, fake));
    printClicks(clicks);

    const events: EventRow[] = [];
    for (const target of [bareBolt('HTTPReceiver', 'first'), bareBolt('ExpressReceiver'), service('memory'), ...kinds.map(service), bareBolt('HTTPReceiver', 'last')]) events.push(await eventRun(target, fake));
    printEvents(events);
    if (note) console.log(`\n${note}`);
  } finally {
    await fake.close();
  }
}
