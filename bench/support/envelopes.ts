/**
 * Signed SNS envelopes for the benchmarks: a real CloudWatch alarm message (read in place from
 * the shared fixtures) with its alarm name varied, wrapped and signed the way SNS does it. All
 * signing happens before anything is timed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFixture } from '../../test/support/fixtures.js';
import type { SigningIdentity } from '../../test/support/sns-signing.js';
import { createSigningIdentity, notificationFields, signEnvelope, TEST_CERT_URL } from '../../test/support/sns-signing.js';

export const BENCH_ACCOUNT = '111122223333';

export function benchTopic(n: number): string {
  return `arn:aws:sns:us-east-2:${BENCH_ACCOUNT}:bench-topic-${n}`;
}

export interface SignedBody {
  messageId: string;
  body: string;
}

export interface EnvelopeOptions {
  count: number;
  /** Topic of the i-th envelope (default: topic 0). */
  topicOf?: (i: number) => string;
  /** Alarm name of the i-th envelope: the thread key. Default: a new alarm per envelope. */
  alarmOf?: (i: number) => string;
  /** Prefix of the MessageIds, so that runs sharing a store never collide. */
  idPrefix?: string;
}

const ALARM = JSON.parse(readFixture('cloudwatch/alarm-sns-message-single-metric-alarm.json').toString()) as Record<string, unknown>;

/** The i-th alarm message: the fixture's shape and size (pretty-printed, as in the fixture), another alarm name. */
function alarmMessage(name: string, i: number): string {
  const at = new Date(Date.UTC(2026, 10, 23, 10, 0, 0) + i * 1000).toISOString().replace('Z', '+0000');
  return JSON.stringify(
    { ...ALARM, AlarmName: name, AlarmDescription: `Benchmark alarm ${name}`, Region: 'US East (Ohio)', AlarmArn: `arn:aws:cloudwatch:us-east-2:${BENCH_ACCOUNT}:alarm:${name}`, StateChangeTime: at },
    null,
    2,
  );
}

/** `count` envelopes with unique MessageIds, signed with SignatureVersion 2 (SHA256withRSA). */
export function signEnvelopes(identity: SigningIdentity, options: EnvelopeOptions): SignedBody[] {
  const topicOf = options.topicOf ?? (() => benchTopic(0));
  const alarmOf = options.alarmOf ?? ((i: number) => `bench-alarm-${i}`);
  const prefix = options.idPrefix ?? 'bench';
  const out: SignedBody[] = [];
  for (let i = 0; i < options.count; i++) {
    const messageId = `${prefix}-${String(i).padStart(6, '0')}-${(i * 2654435761) % 4294967296}`;
    const fields = notificationFields({
      MessageId: messageId,
      TopicArn: topicOf(i),
      Subject: `ALARM: "${alarmOf(i)}" in US East (Ohio)`,
      Message: alarmMessage(alarmOf(i), i),
      Timestamp: new Date(Date.UTC(2026, 10, 23, 10, 0, 0) + i).toISOString(),
    });
    const envelope = signEnvelope(fields, { privateKeyPem: identity.privateKeyPem, certUrl: TEST_CERT_URL });
    out.push({ messageId, body: JSON.stringify(envelope) });
  }
  return out;
}

/** One body per line (JSON has no raw newlines), for the load generator process to read. */
export function writeBodies(dir: string, name: string, bodies: readonly SignedBody[]): string {
  const file = join(dir, `${name}.jsonl`);
  writeFileSync(file, bodies.map((b) => b.body).join('\n') + '\n');
  return file;
}

export function readBodies(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n').filter((line) => line !== '');
}

export const POOL_CHANNELS = 20;

export interface EnvelopePool {
  identity: SigningIdentity;
  bodies: SignedBody[];
  /** The bodies, one per line, for the load generator. */
  file: string;
}

let pool: EnvelopePool | undefined;

/**
 * One pool of signed envelopes per `npm run bench`, shared by the benchmarks (each run uses a
 * fresh store, so they never see each other's MessageIds): envelope i goes to topic i mod 20
 * and is about alarm i mod 200 (ten alarms per topic, so later events thread under earlier ones).
 */
export function envelopePool(count = Number(process.env.BENCH_EVENTS ?? 10_000)): EnvelopePool {
  if (pool && pool.bodies.length >= count) return pool;
  const identity = createSigningIdentity();
  const started = performance.now();
  const bodies = signEnvelopes(identity, { count, topicOf: (i) => benchTopic(i % POOL_CHANNELS), alarmOf: (i) => `bench-alarm-${i % (POOL_CHANNELS * 10)}` });
  const dir = mkdtempSync(join(tmpdir(), 'chatops-bench-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const file = writeBodies(dir, 'envelopes', bodies);
  const size = Math.round(bodies.reduce((s, b) => s + b.body.length, 0) / bodies.length);
  console.log(`(signed ${count.toLocaleString('en-US')} SNS envelopes of ~${size} bytes in ${((performance.now() - started) / 1000).toFixed(1)} s, before any timing)`);
  pool = { identity, bodies, file };
  return pool;
}
