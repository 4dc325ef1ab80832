/**
 * Our service as `chatops start` runs it for the Microsoft 365 Agents Playground: Teams on without
 * credentials (DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS), no sandbox, the given chatops.yml
 * text, PGlite in a temp directory, log lines kept for assertions.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StreamLogger } from '../../src/adapters/log/stream-logger.js';
import { parseConfigText } from '../../src/config/index.js';
import { startApp, type RunningApp } from '../../src/main.js';

export async function startPlaygroundService(chatopsYml: string): Promise<RunningApp & { logLines: string[] }> {
  const config = parseConfigText(chatopsYml, {
    env: { DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS: 'true' },
    overrides: { server: { port: 0, host: '127.0.0.1', dataDir: mkdtempSync(join(tmpdir(), 'chatops-playground-')) }, sandbox: { enabled: false } },
  });
  const logLines: string[] = [];
  const app = await startApp({
    config,
    logger: new StreamLogger({ level: 'debug', format: 'json', write: (line) => logLines.push(line) }),
    pipeline: { pollMs: 50 },
  });
  return Object.assign(app, { logLines });
}
