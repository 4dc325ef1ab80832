import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/index.js';
import { startApp } from '../../src/main.js';
import type { RunningApp } from '../../src/main.js';
import { StreamLogger } from '../../src/adapters/log/stream-logger.js';
import type { Clock } from '../../src/ports/clock.js';

/**
 * The real service as `npm start` runs it (built-in default configuration, or `chatops.yml`
 * text and other files written into its working directory; PGlite in a temp directory), on a free
 * port. Log lines are kept for assertions instead of printed.
 */
export async function startRealApp(options: { chatopsYml?: string; files?: Record<string, string>; clock?: Clock } = {}): Promise<RunningApp & { logLines: string[]; dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'chatops-app-'));
  const cwd = mkdtempSync(join(tmpdir(), 'chatops-cwd-')); // no chatops.yml here unless given: the built-in default
  for (const [name, text] of Object.entries({ ...options.files, ...(options.chatopsYml ? { 'chatops.yml': options.chatopsYml } : {}) })) writeFileSync(join(cwd, name), text);
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH };
  const config = loadConfig({ cwd, env, overrides: { server: { port: 0, host: '127.0.0.1', dataDir } } });
  const logLines: string[] = [];
  const app = await startApp({ config, ...(options.clock ? { clock: options.clock } : {}), logger: new StreamLogger({ level: 'debug', format: 'json', write: (l) => logLines.push(l) }) });
  return Object.assign(app, { logLines, dataDir });
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
