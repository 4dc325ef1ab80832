import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/index.js';
import { startApp } from '../../src/main.js';
import type { RunningApp } from '../../src/main.js';
import { StreamLogger } from '../../src/adapters/log/stream-logger.js';

/**
 * The real service as `npm start` runs it (built-in default configuration, PGlite in a temp
 * directory), on a free port. Log lines are kept for assertions instead of printed.
 */
export async function startRealApp(): Promise<RunningApp & { logLines: string[] }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'chatops-app-'));
  const cwd = mkdtempSync(join(tmpdir(), 'chatops-cwd-')); // no chatops.yml here: the built-in default
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH };
  const config = loadConfig({ cwd, env, overrides: { server: { port: 0, host: '127.0.0.1', dataDir } } });
  const logLines: string[] = [];
  const app = await startApp({ config, logger: new StreamLogger({ level: 'debug', format: 'json', write: (l) => logLines.push(l) }) });
  return Object.assign(app, { logLines });
}

/** Polls `probe` every 100 ms until it returns a value (up to `tries` times). */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, tries = 100): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}
