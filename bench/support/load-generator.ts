/**
 * The load generator: runs in its own process (forked by generator.ts), so the server under test
 * shares the machine's two cores with it but not its event loop. Reads pre-signed bodies from a
 * file, then either
 *  - `max`: sends `count` of them (or as many as fit in `maxSeconds`) as fast as the server
 *    answers, with autocannon over `connections` keep-alive connections (every request a
 *    different body: a unique MessageId);
 *  - `paced`: sends them open-loop at `rate` per second (a fixed schedule, whatever the answers)
 *    and records when each MessageId went out;
 *  - `burst`: sends all `count` at once, each on its own new connection (as many webhook callers
 *    at the same moment would), and returns each request's answer time.
 * `headers` replaces the SNS headers; `headersFile` adds per-body headers (one JSON object per
 * line, line i for body i), e.g. a Slack signature and timestamp.
 */
import http from 'node:http';
import autocannon from 'autocannon';
import { readBodies } from './envelopes.js';

export interface MaxJob {
  mode: 'max';
  url: string;
  file: string;
  from: number;
  count: number;
  connections: number;
  /** Stop after this long even if not all were sent. */
  maxSeconds?: number;
  headers?: Record<string, string>;
  headersFile?: string;
}

export interface PacedJob {
  mode: 'paced';
  url: string;
  file: string;
  from: number;
  count: number;
  rate: number;
}

export interface BurstJob {
  mode: 'burst';
  url: string;
  file: string;
  from: number;
  count: number;
  headers?: Record<string, string>;
  headersFile?: string;
}

export type Job = MaxJob | PacedJob | BurstJob;

export interface LoadResult {
  sent: number;
  ok: number;
  /** Status code → count, for everything that was not 200. */
  failed: Record<string, number>;
  errors: number;
  /** From the first request to the last answer (autocannon's own duration ends on a 1-second tick). */
  durationMs: number;
  /** Response time percentiles seen by the generator (ms). */
  latencyP50: number;
  latencyP99: number;
  /** paced only: MessageId → when it was sent (ms, performance.timeOrigin + performance.now()). */
  sentAt?: Record<string, number>;
  /** burst only: every 200 answer's time from its request being sent (ms), ascending. */
  latencies?: number[];
  /** burst only: when the first request started (ms, performance.timeOrigin + performance.now()). */
  startedAt?: number;
}

const HEADERS = { 'content-type': 'text/plain; charset=UTF-8', 'x-amz-sns-message-type': 'Notification' };
const wallClock = () => performance.timeOrigin + performance.now();

/** Body i's headers: the job's (default: SNS's), then line i of `headersFile`. */
function headersOf(job: { from: number; count: number; headers?: Record<string, string>; headersFile?: string }): (i: number) => Record<string, string> {
  const common = job.headers ?? HEADERS;
  if (!job.headersFile) return () => common;
  const own = readBodies(job.headersFile)
    .slice(job.from, job.from + job.count)
    .map((line) => ({ ...common, ...(JSON.parse(line) as Record<string, string>) }));
  return (i) => own[i] ?? common;
}

async function runMax(job: MaxJob): Promise<LoadResult> {
  const bodies = readBodies(job.file).slice(job.from, job.from + job.count);
  const headers = headersOf(job);
  let next = 0;
  let started: number | undefined;
  let finished = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: job.url,
        connections: job.connections,
        amount: bodies.length,
        method: 'POST',
        headers: headers(0),
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => {
              started ??= performance.now();
              const i = next++ % bodies.length;
              return { ...request, headers: headers(i), body: bodies[i] };
            },
            onResponse: () => (finished = performance.now()),
          },
        ],
      },
      (error, done) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done)),
    );
    if (job.maxSeconds) setTimeout(() => instance.stop(), job.maxSeconds * 1000).unref();
  });
  const durationMs = finished - (started ?? finished);
  const failed: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {})) if (code !== '200') failed[code] = count ?? 0;
  return { sent: result.requests.sent, ok: result['2xx'], failed, errors: result.errors, durationMs, latencyP50: result.latency.p50, latencyP99: result.latency.p99 };
}

async function runPaced(job: PacedJob): Promise<LoadResult> {
  const bodies = readBodies(job.file).slice(job.from, job.from + job.count);
  const ids = bodies.map((b) => /"MessageId":"([^"]+)"/.exec(b)?.[1] ?? '');
  const target = new URL(job.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const sentAt: Record<string, number> = {};
  const failed: Record<string, number> = {};
  const took: number[] = [];
  let ok = 0;
  let errors = 0;
  const send = (i: number) =>
    new Promise<void>((done) => {
      const body = bodies[i]!;
      const req = http.request(target, { method: 'POST', agent, headers: { ...HEADERS, 'content-length': Buffer.byteLength(body) } }, (res) => {
        res.resume();
        res.on('end', () => {
          took.push(wallClock() - sentAt[ids[i]!]!);
          if (res.statusCode === 200) ok++;
          else failed[String(res.statusCode)] = (failed[String(res.statusCode)] ?? 0) + 1;
          done();
        });
      });
      req.on('error', () => {
        errors++;
        done();
      });
      sentAt[ids[i]!] = wallClock();
      req.end(body);
    });

  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < bodies.length; i++) {
    const due = started + (i * 1000) / job.rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(send(i));
  }
  await Promise.all(pending);
  const durationMs = performance.now() - started;
  agent.destroy();
  took.sort((a, b) => a - b);
  const pct = (p: number) => took[Math.min(took.length - 1, Math.floor((p / 100) * took.length))] ?? 0;
  return { sent: bodies.length, ok, failed, errors, durationMs, latencyP50: pct(50), latencyP99: pct(99), sentAt };
}

async function runBurst(job: BurstJob): Promise<LoadResult> {
  const bodies = readBodies(job.file).slice(job.from, job.from + job.count);
  const headers = headersOf(job);
  const target = new URL(job.url);
  const failed: Record<string, number> = {};
  const took: number[] = [];
  let ok = 0;
  let errors = 0;
  const startedAt = wallClock();
  const started = performance.now();
  // All of them start in one turn of the loop; each is timed from its start (connection included) to the end of its answer.
  const sends = bodies.map(
    (body, i) =>
      new Promise<void>((done) => {
        // From here: the connection, the request, the answer.
        const sentAt = performance.now();
        const req = http.request(target, { method: 'POST', agent: false, headers: { ...headers(i), 'content-length': Buffer.byteLength(body) } }, (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode === 200) {
              ok++;
              took.push(performance.now() - sentAt);
            } else failed[String(res.statusCode)] = (failed[String(res.statusCode)] ?? 0) + 1;
            done();
          });
        });
        req.on('error', () => {
          errors++;
          done();
        });
        req.end(body);
      }),
  );
  await Promise.all(sends);
  const durationMs = performance.now() - started;
  took.sort((a, b) => a - b);
  const pct = (p: number) => took[Math.min(took.length - 1, Math.floor((p / 100) * took.length))] ?? 0;
  return { sent: bodies.length, ok, failed, errors, durationMs, latencyP50: pct(50), latencyP99: pct(99), latencies: took, startedAt };
}

const RUN: { [M in Job['mode']]: (job: Extract<Job, { mode: M }>) => Promise<LoadResult> } = { max: runMax, paced: runPaced, burst: runBurst };

process.once('message', (job: Job) => {
  (RUN[job.mode] as (job: Job) => Promise<LoadResult>)(job).then(
    (result) => process.send!(result, () => process.exit(0)),
    (error: unknown) => {
      console.error('load generator failed:', error);
      process.exit(1);
    },
  );
});
