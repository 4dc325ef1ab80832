/**
 * Debian's headless Chromium for the Agents Playground page, kept on loopback: every host name
 * but localhost resolves to nothing, anything that still tries a non-loopback address goes to a
 * dead proxy on loopback, and each page aborts every non-loopback request (the page asks
 * res-1.cdn.office.net for Segoe UI fonts; the fallback fonts render fine). Never downloads a
 * browser: without /usr/bin/chromium the caller skips (or fails on CI).
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext } from 'playwright-core';
import { isLoopbackUrl } from './loopback.js';

export const CHROMIUM = '/usr/bin/chromium';

export function chromiumMissing(): string | undefined {
  return existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is missing (apt-get install -y chromium)`;
}

export interface OfflineBrowser {
  browser: Browser;
  context: BrowserContext;
  /** Non-loopback URLs the pages asked for (all aborted). */
  blocked: string[];
  close(): Promise<void>;
}

export async function launchOfflineBrowser(): Promise<OfflineBrowser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-gpu',
      '--no-first-run',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
      '--proxy-server=http://127.0.0.1:9',
      '--proxy-bypass-list=localhost;127.0.0.1;[::1]',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 1600 } });
  const blocked: string[] = [];
  await context.route(
    (url) => !isLoopbackUrl(url.href),
    (route) => {
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  return { browser, context, blocked, close: () => browser.close() };
}
