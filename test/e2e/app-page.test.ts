import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { packageRoot } from '../../src/support/package-root.js';
import { startRealApp } from './app-harness.js';

const CHROMIUM = '/usr/bin/chromium';

describe('the sandbox page on the real service (browser)', function () {
  this.timeout(90_000);
  let app: Awaited<ReturnType<typeof startRealApp>>;
  let browser: Browser;

  before(async function () {
    if (!existsSync(CHROMIUM)) {
      if (process.env.CI) throw new Error(`The browser test needs ${CHROMIUM} (apt-get install -y chromium).`);
      console.warn(`      skipping: ${CHROMIUM} is missing (apt-get install -y chromium)`);
      this.skip();
    }
    app = await startRealApp();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  });
  after(async () => {
    await browser?.close();
    await app?.close();
  });

  it('loads, sends a test notification and shows the card as Slack and as Teams render it', async () => {
    const page = await browser.newPage({ viewport: { width: 1480, height: 1100 } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    await page.goto(`${app.url}/`);
    await page.locator('#connection-status[data-status="live"]').waitFor();
    await page.locator('.configuration', { hasText: 'sandbox' }).getByRole('button', { name: 'Send test notification' }).click();
    const card = page.locator('article.msg-bot', { has: page.locator('.rendering-slack') }).first();
    await card.locator('.rendering-slack .rendering-body', { hasText: 'web-prod-high-cpu' }).waitFor();
    await card.locator('.rendering-teams .rendering-body', { hasText: 'web-prod-high-cpu' }).waitFor();
    for (const side of ['slack', 'teams']) {
      const text = await card.locator(`.rendering-${side} .rendering-body`).innerText();
      assert.match(text, /ALARM/);
      assert.match(text, /CPUUtilization/);
    }
    await page.screenshot({ path: join(packageRoot(), 'test-artifacts', 'sandbox-real-service.png'), fullPage: true });
    assert.deepEqual(problems, []);
  });
});
