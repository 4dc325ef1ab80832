/**
 * End to end at a steady 100 events/s: from the HTTP request (the load generator, in its own
 * process, notes when it sends each MessageId) to the chat API call that posts it (TimedChat
 * notes that, in front of a FakeChat). Envelope i goes to topic i mod 20, so 20 configurations/channels get 5 events/s
 * each — well inside the sandbox's pacing (50/s per channel) — and is about alarm i mod 200, so
 * most events reply in an alarm's thread and update its first card, as flapping alarms do.
 * Baseline in the same run: the same paced load against the bare Node server of the intake
 * benchmark (parse + verify + in-memory queue), whose answer time is the floor for any latency
 * here. Issue #4's goals: p50 < 100 ms, p99 < 500 ms.
 */
import { FakeChat } from '../test/support/fake-chat.js';
import { FixedCertificateSource } from '../test/support/sns-signing.js';
import { startBaselineServer } from './support/baseline-server.js';
import { startBenchApp } from './support/bench-app.js';
import { envelopePool, POOL_CHANNELS } from './support/envelopes.js';
import { generateLoad } from './support/generator.js';
import type { StoreKind } from './support/stores.js';
import { openBenchStore, storeKinds } from './support/stores.js';
import { fixed, int, percentile, table, waitFor } from './support/stats.js';
import { TimedChat } from './support/timed-chat.js';

const RATE = Number(process.env.BENCH_RATE ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);

interface Run {
  store: StoreKind;
  buttons: boolean;
  sent: number;
  accepted: number;
  answerP50: number;
  answerP99: number;
  latencies: number[];
  missing: number;
  repeated: number;
}

async function measure(kind: StoreKind, buttons = false): Promise<Run> {
  const pool = envelopePool();
  const bench = await openBenchStore(kind);
  const chat = new TimedChat(new FakeChat('sandbox'));
  const app = await startBenchApp({ store: bench.store, certificatePem: pool.identity.certificatePem, channels: POOL_CHANNELS, chats: { sandbox: chat }, buttons });
  try {
    const count = Math.min(pool.bodies.length, RATE * SECONDS);
    const run = await generateLoad({ mode: 'paced', url: `${app.url}/sns`, file: pool.file, from: 0, count, rate: RATE });
    const ids = pool.bodies.slice(0, count).map((b) => b.messageId);
    // One map per poll: building it per id cost seconds of this process's CPU, which the service shares.
    await waitFor(async () => {
      const delivered = chat.postedByMessageId();
      return ids.every((id) => delivered.has(id));
    }, 30_000, 100);
    const posted = chat.postedByMessageId();
    const latencies = ids.flatMap((id) => {
      const at = posted.get(id);
      const sent = run.sentAt?.[id];
      return at === undefined || sent === undefined ? [] : [at - sent];
    });
    return { store: kind, buttons, sent: run.sent, accepted: run.ok, answerP50: run.latencyP50, answerP99: run.latencyP99, latencies: latencies.sort((a, b) => a - b), missing: count - latencies.length, repeated: chat.repeated };
  } finally {
    await app.close();
    await bench.dispose();
  }
}

/** The answer time of the bare server at the same rate (first `RATE * 5` envelopes: 5 s). */
async function baselineAnswer(): Promise<{ p50: number; p99: number }> {
  const pool = envelopePool();
  const server = await startBaselineServer(new FixedCertificateSource(pool.identity.certificatePem));
  try {
    const run = await generateLoad({ mode: 'paced', url: server.url, file: pool.file, from: 0, count: RATE * 5, rate: RATE });
    return { p50: run.latencyP50, p99: run.latencyP99 };
  } finally {
    await server.close();
  }
}

export async function runLatency(): Promise<void> {
  envelopePool();
  const { kinds, note } = storeKinds();
  const base = await baselineAnswer();
  const runs: Run[] = [];
  for (const kind of kinds) runs.push(await measure(kind));
  // The same load to channels with an AWS account and a custom action: every card gets a button.
  for (const kind of kinds) runs.push(await measure(kind, true));

  console.log(`\n### End to end at ${RATE} events/s\n`);
  console.log(
    `${int(RATE * SECONDS)} signed events over ${SECONDS} s, open loop (a fixed schedule whatever the answers), to ${POOL_CHANNELS} channels (${fixed(RATE / POOL_CHANNELS, 0)}/s each) of a FakeChat (in memory); latency = chat API call − HTTP request sent, per MessageId.\n`,
  );
  const rows = runs.map((r) => {
    const [p50, p90, p99] = [50, 90, 99].map((p) => percentile(r.latencies, p)) as [number, number, number];
    const met = p50 < 100 && p99 < 500 && r.missing === 0;
    const late = r.missing ? ` (${int(r.missing)} not within 30 s)` : '';
    const answer = `${fixed(r.answerP50)} / ${fixed(r.answerP99)}`;
    return [`the whole service, ${r.store}${r.buttons ? ', channels with an account and a custom action (a button on every card)' : ''}`, answer, fixed(p50), fixed(p90), fixed(p99), fixed(r.latencies.at(-1) ?? NaN), `${fixed(p50 / base.p50, 0)}×`, `${int(r.latencies.length)} of ${int(r.sent)}${late}`, met ? 'met' : 'NOT met'];
  });
  const baseline = ['baseline: bare Node http (parse + verify + in-memory queue), no delivery', `${fixed(base.p50)} / ${fixed(base.p99)}`, '—', '—', '—', '—', '1×', '—', '—'];
  console.log(
    table(
      ['target', 'HTTP 200 p50 / p99 ms', 'delivery p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'p50 ÷ baseline HTTP p50', 'delivered', 'goal: p50 < 100, p99 < 500'],
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
      [baseline, ...rows],
    ),
  );
  if (note) console.log(`\n${note}`);
}
