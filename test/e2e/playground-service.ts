/**
 * Our service as `chatops start` runs it for the Microsoft 365 Agents Playground: Teams on without
 * credentials (DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS), no sandbox, the given chatops.yml
 * text, PGlite in a temp directory, log lines kept for assertions; and the rig the playground
 * suites share (usePlaygroundRig).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StreamLogger } from '../../src/adapters/log/stream-logger.js';
import { parseConfigText } from '../../src/config/index.js';
import { startApp, type RunningApp } from '../../src/main.js';
import { packageRoot } from '../../src/support/package-root.js';
import type { ConversationName } from '../support/agents-playground/mock-tenant.js';
import { chromiumMissing, launchOfflineBrowser, type OfflineBrowser } from '../support/agents-playground/offline-browser.js';
import { PlaygroundPage } from '../support/agents-playground/playground-page.js';
import { startPlayground, type RunningPlayground } from '../support/agents-playground/playground-process.js';

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

/** Where the playground suites put their screenshots: test-artifacts/teams/<name>.png. */
export const shot = (name: string): string => join(packageRoot(), 'test-artifacts', 'teams', `${name}.png`);

/** What the playground tries and the network guard refuses: the Azure metadata probe and Application Insights. */
export const KNOWN_ATTEMPTS = /^(?:169\.254\.169\.254|[a-z0-9.-]+\.applicationinsights\.azure\.com|dc\.services\.visualstudio\.com)$/;
/** What the page asks for and the browser aborts: Segoe UI fonts. */
export const KNOWN_PAGE_REQUESTS = /^https:\/\/res-1\.cdn\.office\.net\//;

export interface PlaygroundRig {
  readonly service: RunningApp & { logLines: string[] };
  readonly playground: RunningPlayground;
  readonly browser: OfflineBrowser;
  readonly page: PlaygroundPage;
}

/**
 * Registers, in the calling describe, the hooks of a playground suite: our service with
 * `chatopsYml`, the Agents Playground pointed at it, Debian's Chromium on its page (opened on
 * `conversation` when given); a screenshot of each failed test; everything stopped after. Without
 * Chromium the suite is skipped, except under CI, where that is a failure.
 */
export function usePlaygroundRig(chatopsYml: string, options: { conversation?: ConversationName } = {}): PlaygroundRig {
  let started: { service: RunningApp & { logLines: string[] }; playground?: RunningPlayground; browser?: OfflineBrowser; page?: PlaygroundPage } | undefined;
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the playground rig has no ${what}: did its before hook run?`);
    return value;
  };

  before(async function () {
    this.timeout(120_000);
    const missing = chromiumMissing();
    if (missing) {
      if (process.env.CI) throw new Error(`The Teams playground test needs Chromium: ${missing}.`);
      console.warn(`      skipping the Teams playground test: ${missing}`);
      this.skip();
    }
    const service = await startPlaygroundService(chatopsYml);
    started = { service };
    assert.ok(service.teams, 'Teams runs: DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS=true without credentials');
    started.playground = await startPlayground({ botEndpoint: `${service.url}/api/messages` });
    started.browser = await launchOfflineBrowser();
    started.page = await PlaygroundPage.open(started.browser.context, started.playground.url);
    if (options.conversation) await started.page.selectConversation(options.conversation);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && started?.page) {
      await started.page.screenshot(shot(`failed-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 60)}`)).catch(() => undefined);
    }
  });

  after(async () => {
    await started?.browser?.close();
    await started?.playground?.stop();
    await started?.service.close();
    if (started) rmSync(started.service.config.server.dataDir, { recursive: true, force: true });
  });

  return {
    get service() {
      return need(started?.service, 'service');
    },
    get playground() {
      return need(started?.playground, 'playground');
    },
    get browser() {
      return need(started?.browser, 'browser');
    },
    get page() {
      return need(started?.page, 'page');
    },
  };
}
