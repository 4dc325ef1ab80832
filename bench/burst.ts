/**
 * Burst: 10,000 signed events through POST /sns as fast as the service takes them, to 20
 * configurations each subscribed to its own topic (500 events per channel), delivered to a
 * FakeChat that answers 429 with Retry-After to every 20th post. Then, from the store: every
 * MessageId's outbox rows are sent or coalesced into a digest that was sent (none lost, none
 * dead), and from the chat: no post reached a channel inside a Retry-After it had been given.
 * Baseline in the same run: the bare Node server of the intake benchmark taking the same
 * 10,000 envelopes (parse + verify + in-memory queue): the floor for the intake part.
 */
import type { Store } from '../src/ports/store.js';
import { FakeChat } from '../test/support/fake-chat.js';
import { FixedCertificateSource } from '../test/support/sns-signing.js';
import { startBaselineServer } from './support/baseline-server.js';
import { startBenchApp } from './support/bench-app.js';
import { envelopePool, POOL_CHANNELS } from './support/envelopes.js';
import { generateLoad } from './support/generator.js';
import type { StoreKind } from './support/stores.js';
import { openBenchStore, storeKinds } from './support/stores.js';
import { fixed, int, table, waitFor } from './support/stats.js';
import { TimedChat } from './support/timed-chat.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const RATE_LIMIT_EVERY = 20;
const RETRY_AFTER_MS = 1_000;
const DRAIN_TIMEOUT_MS = 240_000;

interface Outcome {
  kind: StoreKind;
  events: number;
  intakeS: number;
  drainS: number;
  sent: number;
  coalesced: number;
  digests: number;
  /** Digests that hit a 429 and were folded, while waiting, into the next digest. */
  nested: number;
  lost: number;
  dead: number;
  chat: TimedChat;
}

/** A digest reached the chat: it was sent, or folded (while waiting for a retry) into a later digest that was. */
async function digestDelivered(store: Store, id: string, depth = 0): Promise<'sent' | 'nested' | 'lost'> {
  const digest = await store.outbox.get(id);
  if (digest?.status === 'sent') return 'sent';
  if (digest?.status !== 'coalesced' || !digest.digestId || depth > 20) return 'lost';
  return (await digestDelivered(store, digest.digestId, depth + 1)) === 'lost' ? 'lost' : 'nested';
}

/** Every MessageId's own outbox rows (not the digests filed under the first of a burst), and the digests they went into. */
async function account(store: Store, messageIds: readonly string[]) {
  const counts = { sent: 0, coalesced: 0, dead: 0, digests: 0, nested: 0, lost: 0 };
  const digests = new Set<string>();
  for (const id of messageIds) {
    const own = (await store.outbox.forMessage(id)).filter((r) => r.messageId === id && !r.id.startsWith('digest/'));
    if (own.length === 0) counts.lost++;
    for (const r of own) {
      if (r.status === 'sent') counts.sent++;
      else if (r.status === 'coalesced' && r.digestId) {
        counts.coalesced++;
        digests.add(r.digestId);
      }
      else if (r.status === 'dead') counts.dead++;
      else counts.lost++;
    }
  }
  for (const id of digests) {
    const outcome = await digestDelivered(store, id);
    if (outcome === 'sent') counts.digests++;
    else if (outcome === 'nested') counts.nested++;
    else counts.lost++;
  }
  return counts;
}

async function burst(kind: StoreKind): Promise<Outcome> {
  const pool = envelopePool();
  const bench = await openBenchStore(kind);
  const chat = new TimedChat(new FakeChat('sandbox'), { rateLimitEvery: RATE_LIMIT_EVERY, retryAfterMs: RETRY_AFTER_MS });
  const app = await startBenchApp({ store: bench.store, certificatePem: pool.identity.certificatePem, channels: POOL_CHANNELS, chats: { sandbox: chat }, pipeline: { pollMs: 200 } });
  try {
    const started = performance.now();
    const load = await generateLoad({ mode: 'max', url: `${app.url}/sns`, file: pool.file, from: 0, count: pool.bodies.length, connections: CONNECTIONS });
    const drained = await waitFor(
      async () => {
        const [inbox, outbox] = [await bench.store.inbox.depth(), await bench.store.outbox.depth()];
        return inbox.pending + inbox.processing === 0 && outbox.pending === 0;
      },
      DRAIN_TIMEOUT_MS,
      100,
    );
    const drainS = (performance.now() - started) / 1000;
    if (!drained) console.warn(`(the ${kind} burst did not drain within ${DRAIN_TIMEOUT_MS / 1000} s)`);
    const counts = await account(bench.store, pool.bodies.map((b) => b.messageId));
    return { kind, events: load.ok, intakeS: load.durationMs / 1000, drainS, ...counts, chat };
  } finally {
    await app.close();
    await bench.dispose();
  }
}

/** How long the bare server takes to accept the same envelopes. */
async function baselineIntakeS(): Promise<number> {
  const pool = envelopePool();
  const server = await startBaselineServer(new FixedCertificateSource(pool.identity.certificatePem));
  try {
    const load = await generateLoad({ mode: 'max', url: server.url, file: pool.file, from: 0, count: pool.bodies.length, connections: CONNECTIONS });
    return load.durationMs / 1000;
  } finally {
    await server.close();
  }
}

export async function runBurst(): Promise<void> {
  const pool = envelopePool();
  const { kinds, note } = storeKinds();
  const baseS = await baselineIntakeS();
  const outcomes: Outcome[] = [];
  for (const kind of kinds) outcomes.push(await burst(kind));

  console.log(`\n### Burst: ${int(pool.bodies.length)} events to ${POOL_CHANNELS} channels\n`);
  console.log(
    `${POOL_CHANNELS} configurations, each subscribed to its own topic (${int(pool.bodies.length / POOL_CHANNELS)} events per channel), sent through POST /sns by autocannon (${CONNECTIONS} connections); ` +
      `the fake chat answers 429 with Retry-After ${RETRY_AFTER_MS / 1000} s to every ${RATE_LIMIT_EVERY}th post. The bare Node baseline accepts the same envelopes in ${fixed(baseS)} s.\n`,
  );
  console.log(
    table(
      ['store', 'accepted', 'intake s (÷ baseline)', 'drained s', 'outbox rows/s', 'sent one by one', 'coalesced → digests (+ digests in digests)', '429s (unhonoured)', 'lost', 'dead', 'chat posts'],
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      outcomes.map((o) => [
        o.kind,
        int(o.events),
        `${fixed(o.intakeS)} (${fixed(o.intakeS / baseS)}×)`,
        fixed(o.drainS),
        int((o.sent + o.coalesced) / o.drainS),
        int(o.sent),
        `${int(o.coalesced)} → ${int(o.digests)} (+ ${int(o.nested)})`,
        `${int(o.chat.rateLimited)} (${o.chat.unhonoured})`,
        int(o.lost),
        int(o.dead),
        int(o.chat.posts),
      ]),
    ),
  );
  if (note) console.log(`\n${note}`);
}
