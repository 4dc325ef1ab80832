/**
 * The command engine (issue #7): parse time per line over the AWS CLI corpus (goal p99 < 5 ms),
 * process start to ready (goal < 1.5 s) and resident memory with all 40 SDK clients loaded
 * (goal < 300 MB), each against a baseline measured in the same run: tokenizing the same line,
 * a bare Node HTTP server starting, a bare Node process.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCommandLine } from '../src/commands/parse/parse-command.js';
import { tokenize } from '../src/commands/parse/tokenize.js';
import { CommandIndex } from '../src/commands/schema/command-index.js';
import { fixed, percentile, table } from './support/stats.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 50);

function corpusLines(): string[] {
  return readFileSync(join(process.cwd(), 'test/commands/cli-corpus/lines.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

function timeEach(lines: readonly string[], fn: (line: string) => void): number[] {
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const line of lines) {
      const t0 = process.hrtime.bigint();
      try {
        fn(line);
      } catch {
        // error lines are part of the corpus: their time counts too
      }
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  return times.sort((a, b) => a - b);
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Milliseconds from spawning `args` until GET `path` answers 200. */
async function startToReady(args: string[], path: string, env: NodeJS.ProcessEnv = {}): Promise<number> {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, args.map((a) => a.replace('$PORT', String(port))), { env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'warn' }, stdio: 'ignore' });
  try {
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${port}${path}`).then((r) => r.ok, () => false);
      if (ok) return performance.now() - t0;
      if (performance.now() - t0 > 60_000) throw new Error(`${args.join(' ')} was not ready in 60 s`);
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

function rssOf(what: 'bare' | 'service' | 'clients', databaseUrl?: string): { rss: number; loaded: number; settledRss?: number } {
  const out = execFileSync(process.execPath, [join(process.cwd(), 'dist/bench/support/rss-child.js'), what, ...(databaseUrl ? [databaseUrl] : [])], { encoding: 'utf8', env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' } });
  return JSON.parse(out.trim().split('\n').pop()!) as { rss: number; loaded: number; settledRss?: number };
}

export async function runCommands(): Promise<void> {
  const lines = corpusLines();
  const index = new CommandIndex();
  const t0 = performance.now();
  for (const line of lines) {
    try {
      parseCommandLine(line, index);
    } catch {
      // loads every service the corpus names
    }
  }
  const firstPass = performance.now() - t0;
  const baseline = timeEach(lines, (l) => tokenize(l));
  const parse = timeEach(lines, (l) => parseCommandLine(l, index));
  const ms = (t: number[], p: number) => fixed(percentile(t, p), 3);

  console.log(`\n### Commands: parse, start, memory\n`);
  console.log(`${lines.length} corpus lines (test/commands/cli-corpus), ${ROUNDS} rounds after a first pass that loads each service's index (${fixed(firstPass, 0)} ms for all).\n`);
  console.log(
    table(
      ['what', 'p50 ms', 'p99 ms', 'max ms', 'p99 ÷ baseline p99', 'goal p99 < 5 ms'],
      ['l', 'r', 'r', 'r', 'r', 'l'],
      [
        ['baseline: tokenize the line', ms(baseline, 50), ms(baseline, 99), ms(baseline, 100), '1×', '—'],
        ['parse (chat text → SDK input, checked)', ms(parse, 50), ms(parse, 99), ms(parse, 100), `${fixed(percentile(parse, 99) / percentile(baseline, 99), 0)}×`, percentile(parse, 99) < 5 ? 'met' : 'NOT met'],
      ],
    ),
  );

  const dir = mkdtempSync(join(tmpdir(), 'chatops-bench-start-'));
  try {
    const bare = await startToReady(['-e', "require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT), '127.0.0.1')"], '/');
    const cli = join(process.cwd(), 'dist/src/cli.js');
    const first = await startToReady([cli, 'start', '--data-dir', dir, '--port', '$PORT'], '/readyz');
    const again = await startToReady([cli, 'start', '--data-dir', dir, '--port', '$PORT'], '/readyz');
    const parseCli = (() => {
      const s = performance.now();
      execFileSync(process.execPath, [cli, 'parse', 'ec2 describe-instances --instance-ids i-1']);
      return performance.now() - s;
    })();
    console.log('');
    console.log(
      table(
        ['what', 'ms', '÷ baseline', 'goal < 1.5 s'],
        ['l', 'r', 'r', 'l'],
        [
          ['baseline: bare Node HTTP server, spawn to first answer', fixed(bare, 0), '1×', '—'],
          ['chatops start, new PGlite data directory (creates the database)', fixed(first, 0), `${fixed(first / bare, 1)}×`, first < 1500 ? 'met' : 'not met'],
          ['chatops start, existing data directory, to /readyz', fixed(again, 0), `${fixed(again / bare, 1)}×`, again < 1500 ? 'met' : 'NOT met'],
          ['chatops parse LINE, spawn to exit', fixed(parseCli, 0), `${fixed(parseCli / bare, 1)}×`, '—'],
        ],
      ),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const bareRss = rssOf('bare');
  const serviceRss = rssOf('service');
  const loaded = rssOf('clients');
  const pgUrl = process.env.TEST_DATABASE_URL;
  const onPostgres = pgUrl ? rssOf('clients', pgUrl) : undefined;
  const mb = (b: number) => fixed(b / 1024 / 1024, 0);
  const goal = (b: number) => (b < 300 * 1024 * 1024 ? 'met' : 'NOT met');
  console.log('');
  console.log(
    table(
      ['what', 'RSS MB', '÷ baseline', 'RSS MB after 30 s idle', 'goal < 300 MB'],
      ['l', 'r', 'r', 'r', 'l'],
      [
        ['baseline: bare Node process', mb(bareRss.rss), '1×', '—', '—'],
        ['the service on PGlite, no client loaded', mb(serviceRss.rss), `${fixed(serviceRss.rss / bareRss.rss, 1)}×`, '—', '—'],
        [`the service on PGlite with all ${loaded.loaded} SDK clients loaded, one client of each constructed`, mb(loaded.rss), `${fixed(loaded.rss / bareRss.rss, 1)}×`, mb(loaded.settledRss!), goal(loaded.rss)],
        ...(onPostgres
          ? [[`the service on PostgreSQL with all ${onPostgres.loaded} SDK clients loaded`, mb(onPostgres.rss), `${fixed(onPostgres.rss / bareRss.rss, 1)}×`, mb(onPostgres.settledRss!), goal(onPostgres.rss)]]
          : [['the service on PostgreSQL: set TEST_DATABASE_URL to measure', '—', '—', '—', '—']]),
      ],
    ),
  );
}
