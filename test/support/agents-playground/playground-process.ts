/**
 * Runs the Microsoft 365 Agents Playground (`@microsoft/m365agentsplayground`, the devDependency)
 * as a child Node process for an end-to-end test: offline (under the network guard, telemetry
 * off, no browser of its own), on a free loopback port, in a temp directory that holds the mock
 * tenant, pointed at a bot endpoint. Without client id and secret the playground sends no
 * Authorization header, so the bot must accept unauthenticated requests.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeMockTenant } from './mock-tenant.js';
import type { GuardRecord } from './network-guard.js';

export interface PlaygroundOptions {
  /** The bot's messaging endpoint, e.g. http://127.0.0.1:3978/api/messages. */
  botEndpoint: string;
  /** Where the mock tenant, the playground's log and the guard's log go; default a new temp dir, removed by stop(). */
  workDir?: string;
  /** Give up when /_debug/ping does not answer within this time. */
  readyTimeoutMs?: number;
}

export interface RunningPlayground {
  /** The page, e.g. http://127.0.0.1:56150. */
  url: string;
  /** The mocked Bot Connector the bot replies to (the activities' serviceUrl). */
  connectorUrl: string;
  workDir: string;
  /** What the network guard refused (and the child processes it saw), in order. */
  guardRecords(): GuardRecord[];
  /** The playground's stdout and stderr so far. */
  output(): string;
  stop(): Promise<void>;
}

const GUARD = join(dirname(fileURLToPath(import.meta.url)), 'network-guard.js');

/** The playground's CLI script, from the package's own "bin". */
export function playgroundBin(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('@microsoft/m365agentsplayground/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> };
  const script = bin.agentsplayground ?? Object.values(bin)[0];
  if (!script) throw new Error(`${manifest} names no bin`);
  return join(dirname(manifest), script);
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function startPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  const workDir = options.workDir ?? mkdtempSync(join(tmpdir(), 'agents-playground-'));
  const ownWorkDir = options.workDir === undefined;
  writeMockTenant(workDir);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const connectorUrl = `${url}/_connector`;
  const guardLog = join(workDir, 'network-guard.jsonl');
  const guardImport = `--import=${pathToFileURL(GUARD).href}`;
  const args = [guardImport, playgroundBin(), '-e', options.botEndpoint, '-c', 'msteams', '--disable-telemetry', '-p', String(port), '--su', connectorUrl];
  const child = spawn(process.execPath, args, {
    cwd: workDir,
    // A clean environment: no proxies, no credentials, HOME in the temp dir; node children get the guard too.
    env: {
      PATH: process.env.PATH,
      HOME: workDir,
      NODE_OPTIONS: guardImport,
      NETWORK_GUARD_LOG: guardLog,
      TEAMSAPPTESTER_BROWSER: 'none',
      M365_AGENTS_PLAYGROUND_LOGFILE: join(workDir, 'playground.log'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so stop() ends its children too
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const playground: RunningPlayground = {
    url,
    connectorUrl,
    workDir,
    guardRecords: () => (existsSync(guardLog) ? readFileSync(guardLog, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GuardRecord) : []),
    output: () => output,
    stop: async () => {
      await stopGroup(child, exited);
      if (ownWorkDir) rmSync(workDir, { recursive: true, force: true });
    },
  };
  try {
    await waitForPing(url, exited, options.readyTimeoutMs ?? 30_000);
  } catch (e) {
    const log = existsSync(join(workDir, 'playground.log')) ? readFileSync(join(workDir, 'playground.log'), 'utf8') : '';
    await playground.stop();
    throw new Error(`${(e as Error).message}\n--- playground output ---\n${output}\n--- playground log ---\n${log}`);
  }
  return playground;
}

async function waitForPing(url: string, exited: Promise<number | null>, timeoutMs: number): Promise<void> {
  let gone: number | null | undefined;
  void exited.then((code) => (gone = code));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone !== undefined) throw new Error(`the Agents Playground exited with code ${gone} before it was ready`);
    try {
      const res = await fetch(`${url}/_debug/ping`, { signal: AbortSignal.timeout(1_000) });
      if (res.ok && (await res.text()).trim() === 'pong') return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the Agents Playground did not answer ${url}/_debug/ping within ${timeoutMs} ms`);
}

async function stopGroup(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, s);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 3_000))]);
  if (!stopped) {
    signal('SIGKILL');
    await exited;
  }
}
