import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Locator, Page } from 'playwright-core';
import { packageRoot } from '../../src/support/package-root.js';
import { alarmCard } from '../adapters/sandbox/support/sample-cards.js';
import { startSandbox } from '../adapters/sandbox/support/sandbox-harness.js';
import type { SandboxHarness } from '../adapters/sandbox/support/sandbox-harness.js';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = join(packageRoot(), 'test-artifacts', 'sandbox-page.png');

describe('sandbox chat page (browser)', function () {
  this.timeout(60_000);
  let sandbox: SandboxHarness;
  let browser: Browser;
  let page: Page;
  const pageProblems: string[] = [];

  before(async function () {
    if (!existsSync(CHROMIUM)) {
      const why = `${CHROMIUM} is missing (apt-get install -y chromium)`;
      if (process.env.CI) throw new Error(`The browser test needs Chromium: ${why}.`);
      console.warn(`      skipping the sandbox page browser test: ${why}`);
      this.skip();
    }
    sandbox = await startSandbox({
      sendTestNotification: async (chat, configuration) => {
        const channelId = configuration === 'prod-alerts' ? 'sandbox-alerts' : 'sandbox-deployments';
        const { messageId } = await chat.post(channelId, { card: alarmCard() });
        return { notificationId: messageId };
      },
      onChatMessage: async (chat, event) => {
        const threadId = event.threadId ?? event.messageId;
        await chat.post(event.channelId, { text: `Hi ${event.user.name}, you asked: \`${event.text}\`. Try **@aws cloudwatch describe-alarms**.`, threadId });
      },
      onAction: async (chat, event) => {
        if (event.actionId !== 'mute') return;
        const muted = alarmCard({ footer: `Muted for 1 h by ${event.user.name}`, actions: [] });
        await chat.update(event.channelId, event.messageId, { card: muted });
      },
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1480, height: 1280 } });
    page.on('console', (message) => {
      if (message.type() === 'error') pageProblems.push(message.text());
    });
    page.on('pageerror', (error) => pageProblems.push(error.message));
    await page.goto(`${sandbox.url}/`);
    await page.locator('#connection-status[data-status="live"]').waitFor();
  });

  after(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  const card = (): Locator => page.locator('article.msg-bot', { has: page.locator('.rendering-slack') }).first();
  const slack = () => card().locator('.rendering-slack .rendering-body');
  const teams = () => card().locator('.rendering-teams .rendering-body');

  it('opens on the first channel with an empty state that says how to send a notification', async () => {
    await assert.doesNotReject(page.getByRole('heading', { name: 'No messages in #alerts yet' }).waitFor());
    assert.match(await page.locator('.empty').innerText(), /Send test notification/);
  });

  it('shows a test notification live, rendered as Slack and as Teams show it', async () => {
    await page.locator('.configuration', { hasText: 'prod-alerts' }).getByRole('button', { name: 'Send test notification' }).click();
    await slack().getByRole('button', { name: 'Acknowledge' }).waitFor();
    await teams().getByRole('button', { name: 'Acknowledge' }).waitFor();
    for (const rendering of [slack(), teams()]) {
      const text = await rendering.innerText();
      assert.match(text, /ALARM: "api-5xx-rate"/);
      assert.match(text, /AWS\/ApiGateway 5XXError/);
      assert.match(text, /Threshold Crossed: 3 out of the last 3 datapoints/);
    }
    assert.equal(await slack().locator('strong', { hasText: '5xx rate' }).count(), 1, 'Slack mrkdwn bold');
    assert.equal(await teams().locator('strong', { hasText: '5xx rate' }).count(), 1, 'Teams markdown bold');
    assert.equal((await sandbox.testNotifications.next()).configuration, 'prod-alerts');
  });

  it('hands a click in the Teams rendering to the app, with the form values', async () => {
    await teams().locator('select').selectOption({ label: 'Payments' });
    await teams().getByRole('button', { name: 'Acknowledge' }).click();
    const event = await sandbox.actionEvents.next();
    assert.deepEqual([event.platform, event.actionId, event.value, event.user.name], ['sandbox', 'ack', 'token-ack-123', 'you']);
    assert.equal(event.values.assign, 'payments');
  });

  it('hands a click in the Slack rendering to the app', async () => {
    await slack().getByRole('button', { name: 'Acknowledge' }).click();
    const event = await sandbox.actionEvents.next();
    assert.deepEqual([event.actionId, event.value, event.user.name], ['ack', 'token-ack-123', 'you']);
  });

  it('hands a Slack select choice to the app at once', async () => {
    await slack().locator('select').selectOption({ label: 'Platform' });
    const event = await sandbox.actionEvents.next();
    assert.deepEqual([event.actionId, event.value], ['assign', 'platform']);
  });

  it('shows an updated card in place', async () => {
    await teams().getByRole('button', { name: 'Mute 1 h' }).click();
    assert.equal((await sandbox.actionEvents.next()).actionId, 'mute');
    await slack().getByText('Muted for 1 h by you').waitFor();
    await teams().getByText('Muted for 1 h by you').waitFor();
    assert.equal(await page.locator('article.msg-bot .msg-edited').count(), 1);
    assert.equal(await slack().getByRole('button', { name: 'Acknowledge' }).count(), 0);
  });

  it('posts what a user writes and shows the answer in its thread', async () => {
    await page.locator('#composer-user').fill('maria');
    await page.locator('#composer-text').fill('@aws help');
    await page.locator('#composer-text').press('Enter');
    const event = await sandbox.chatEvents.next();
    assert.deepEqual([event.platform, event.channelId, event.user.name, event.text], ['sandbox', 'sandbox-alerts', 'maria', '@aws help']);
    const thread = page.locator('.msg-group', { has: page.locator(`[data-message-id="${event.messageId}"]`) }).locator('.thread');
    await thread.getByText('Hi maria, you asked:').waitFor();
    assert.equal(await thread.locator('strong', { hasText: '@aws cloudwatch describe-alarms' }).count(), 1);
  });

  it('replies in the thread of a card', async () => {
    await card().getByRole('button', { name: 'Reply in thread' }).click();
    await page.locator('#composer-text').fill('@aws cloudwatch describe-alarms --alarm-names api-5xx-rate');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const event = await sandbox.chatEvents.next();
    assert.equal(event.threadId, await card().getAttribute('data-message-id'));
    await page.locator('.msg-group').first().locator('.thread').getByText('Hi maria, you asked:').waitFor();
  });

  it('ran without script errors, and leaves a screenshot', async () => {
    await page.getByRole('button', { name: 'Cancel reply' }).click();
    await page.locator('#sample-select').selectOption({ label: 'GuardDuty finding' });
    await page.locator('.configuration', { hasText: 'prod-alerts' }).getByRole('button', { name: 'Send test notification' }).click();
    assert.deepEqual(await sandbox.testNotifications.next(), { configuration: 'prod-alerts', sample: 'guardduty/finding' });
    await page.locator('article.msg-bot .rendering-slack').nth(1).getByRole('button', { name: 'Acknowledge' }).waitFor();
    mkdirSync(join(packageRoot(), 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    assert.deepEqual(pageProblems, []);
  });

  it('shows hostile text in cards and messages as text', async () => {
    const hostile = '<img src="x" onerror="window.pwned=1"><script>window.pwned=2</script>';
    await page.locator('.channel', { hasText: 'deployments' }).click();
    await sandbox.chat.post('sandbox-deployments', {
      card: alarmCard({
        title: hostile,
        sections: [
          { type: 'text', format: 'markdown', text: `**${hostile}** [click me](javascript:window.pwned=3)` },
          { type: 'text', format: 'client', text: `<javascript:window.pwned=4|click me too> ${hostile}` },
          { type: 'fields', fields: [{ label: hostile, value: hostile, url: 'javascript:window.pwned=5' }] },
        ],
      }),
    });
    await fetch(`${sandbox.url}/sandbox/api/channels/sandbox-deployments/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'mallory', text: hostile }),
    });
    await page.locator('article.msg-user', { hasText: 'window.pwned=2' }).waitFor();
    await card().locator('.rendering-teams .rendering-body').getByText('<img src="x"', { exact: false }).first().waitFor();
    assert.equal(await page.locator('.message-list img[src="x"], .message-list script').count(), 0);
    assert.equal(await page.locator('a[href^="javascript"]').count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), undefined);
    assert.deepEqual(pageProblems, []);
  });
});
