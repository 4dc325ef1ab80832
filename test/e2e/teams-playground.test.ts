/**
 * The Teams app end to end, as a Teams user sees it: our service (startApp, Teams on without
 * credentials through DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS, as the playground needs)
 * behind the Microsoft 365 Agents Playground, whose page is driven in Debian's Chromium.
 * Nothing leaves loopback: the playground runs under the network guard, the browser resolves
 * no names and aborts every non-loopback request. The flows run in order on one page (the
 * page holds the conversations; a reload would start over). Screenshots: test-artifacts/teams/.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Card } from '../../src/core/card.js';
import type { RunningApp } from '../../src/main.js';
import { packageRoot } from '../../src/support/package-root.js';
import { MOCK_TENANT } from '../support/agents-playground/mock-tenant.js';
import { chromiumMissing, launchOfflineBrowser } from '../support/agents-playground/offline-browser.js';
import type { OfflineBrowser } from '../support/agents-playground/offline-browser.js';
import { PlaygroundPage } from '../support/agents-playground/playground-page.js';
import { startPlayground } from '../support/agents-playground/playground-process.js';
import type { RunningPlayground } from '../support/agents-playground/playground-process.js';
import { startPlaygroundService } from './playground-service.js';

const ARTIFACTS = join(packageRoot(), 'test-artifacts', 'teams');
const shot = (name: string) => join(ARTIFACTS, `${name}.png`);

const CONFIG = `configurations:
  - name: ops-alerts
    platform: teams
    channelId: "${MOCK_TENANT.channel.id}"
    snsTopicArns: ["arn:aws:sns:us-east-1:123456789012:ops-alerts"]
`;

/** What the playground tries and the guard refuses: the Azure metadata probe and Application Insights. */
const KNOWN_ATTEMPTS = /^(?:169\.254\.169\.254|[a-z0-9.-]+\.applicationinsights\.azure\.com|dc\.services\.visualstudio\.com)$/;
/** What the page asks for and the browser aborts: Segoe UI fonts. */
const KNOWN_PAGE_REQUESTS = /^https:\/\/res-1\.cdn\.office\.net\//;

/** A card with a button (no built-in answer has one yet), posted the way the deliverer posts. */
const approvalCard: Card = {
  title: 'Deploy of checkout-api is waiting for approval',
  severity: 'medium',
  sections: [{ type: 'text', text: 'Release 2026.12.6-1 passed staging. Approve to roll it out to prod.' }],
  actions: [{ type: 'button', id: 'approve', label: 'Approve', value: 'opaque-button-token', style: 'primary' }],
  fallbackText: 'Deploy of checkout-api is waiting for approval',
};

describe('the Teams app in the Microsoft 365 Agents Playground (browser)', function () {
  this.timeout(60_000);
  let service: RunningApp & { logLines: string[] };
  let playground: RunningPlayground;
  let browser: OfflineBrowser;
  let page: PlaygroundPage;

  before(async function () {
    this.timeout(120_000);
    const missing = chromiumMissing();
    if (missing) {
      if (process.env.CI) throw new Error(`The Teams playground test needs Chromium: ${missing}.`);
      console.warn(`      skipping the Teams playground test: ${missing}`);
      this.skip();
    }
    service = await startPlaygroundService(CONFIG);
    assert.ok(service.teams, 'Teams runs: DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS=true without credentials');
    playground = await startPlayground({ botEndpoint: `${service.url}/api/messages` });
    browser = await launchOfflineBrowser();
    page = await PlaygroundPage.open(browser.context, playground.url);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      await page.screenshot(shot(`failed-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 60)}`)).catch(() => undefined);
    }
  });

  after(async () => {
    await browser?.close();
    await playground?.stop();
    await service?.close();
    if (service) rmSync(service.config.server.dataDir, { recursive: true, force: true });
  });

  it('answers "@aws help" in a channel with the help card, in the post\'s thread', async () => {
    await page.selectConversation('Ops Team - alerts');
    await page.mention('aws', ' help');
    await page.post();

    const thread = page.thread('aws-chatops help');
    await page.waitForCard('aws-chatops help', thread);
    assert.match(await thread.innerText(), /aws help/, 'the help card answers in the thread of the post that asked');
    await page.screenshot(shot('1-channel-help'), thread);
  });

  it('refreshes a clicked card in place ("Running…", then the result) and answers in its thread', async () => {
    await service.teams!.chat.post(MOCK_TENANT.channel.id, { card: approvalCard });
    const thread = page.thread(approvalCard.title);
    const card = await page.waitForCard(approvalCard.title, thread);
    const cardStates = await page.recordCardStates();

    await page.clickButton(card, 'Approve');

    await page.waitForCard('Alex Wilber clicked Approve — answered in the thread', thread);
    await page.waitForCard('Click received', thread);
    const states = await cardStates();
    assert.ok(
      states.some((text) => text.includes(approvalCard.title) && text.includes('Running… (Alex Wilber clicked Approve)')),
      `the card showed "Running…" before its result; card states seen: ${JSON.stringify(states)}`,
    );
    assert.equal(await thread.locator('.ac-adaptiveCard').filter({ hasText: approvalCard.title }).count(), 1, 'the card was refreshed in place, not posted again');
    await page.screenshot(shot('2-click-refreshed'), thread);
  });

  it('posts a test notification to the channel proactively, as a new thread', async () => {
    const response = await fetch(`${service.url}/api/test-notifications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ configuration: 'ops-alerts', sample: 'cloudwatch-alarm' }),
    });
    assert.equal(response.status, 202);

    await page.waitForCard('web-prod-high-cpu', page.threads().first());
    const thread = page.thread('web-prod-high-cpu');
    assert.doesNotMatch(await thread.innerText(), /Alex Wilber/, 'nobody posted first: the bot started the thread');
    await page.screenshot(shot('3-proactive-notification'), thread);
  });

  it('answers "@aws help" in the notification\'s thread, in that thread', async () => {
    const thread = page.thread('web-prod-high-cpu');
    await page.reply(thread, ' help', { mention: 'aws' });

    await page.waitForCard('aws-chatops help', thread);
    await page.screenshot(shot('4-reply-in-notification-thread'), thread);
    await page.screenshot(shot('4-channel'));
  });

  it('answers "help" in the personal chat with the help card', async () => {
    await page.selectConversation('Personal Chat');
    await page.post('help');

    await page.waitForCard('aws-chatops help');
    await page.screenshot(shot('5-personal-chat-help'));
  });

  it('kept everything on loopback: the playground\'s own attempts were refused, and nothing else was tried', () => {
    const records = playground.guardRecords();
    assert.ok(records.length > 0, 'the network guard was loaded into the playground (it refuses its metadata probe at start)');
    assert.deepEqual(records.filter((r) => r.kind === 'spawn' || !KNOWN_ATTEMPTS.test(r.host ?? '')), [], 'the playground tried only what it is known to try, and started no process');
    assert.deepEqual(browser.blocked.filter((url) => !KNOWN_PAGE_REQUESTS.test(url)), [], 'the page asked only for its fonts off loopback');
    const problems = service.logLines.filter((line) => /"level":"(?:error|fatal)"/.test(line));
    assert.deepEqual(problems, [], 'the service logged no errors');
  });
});
