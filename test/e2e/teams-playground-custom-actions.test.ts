/**
 * A notification's custom action in Teams (issue #9), as a Teams user sees it in the Microsoft
 * 365 Agents Playground driven in Debian's Chromium (see teams-playground.test.ts for the rig):
 * the sample alarm reaches the channel proactively with a "Reboot" button (Action.Execute with an
 * opaque `ca.` id); clicking it shows in the notification's thread exactly what will run, where
 * and as which role; Run runs it through the real SDK, signed by the channel role's session, to
 * a local endpoint answering STS, IAM and EC2. Nothing leaves loopback. Screenshots:
 * test-artifacts/teams/.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningApp } from '../../src/main.js';
import { packageRoot } from '../../src/support/package-root.js';
import { ec2Error, ec2Reply } from '../support/aws-endpoint/replies.js';
import { CHANNEL_ROLE_ACCESS, sessionKeyOf, signingKeyOf, TEST_CHANNEL_ROLE, withRoleSessions } from '../support/aws-endpoint/role-sessions.js';
import { useAwsEndpoint } from '../support/aws-endpoint/use-aws-endpoint.js';
import { MOCK_TENANT } from '../support/agents-playground/mock-tenant.js';
import { chromiumMissing, launchOfflineBrowser } from '../support/agents-playground/offline-browser.js';
import type { OfflineBrowser } from '../support/agents-playground/offline-browser.js';
import { PlaygroundPage } from '../support/agents-playground/playground-page.js';
import { startPlayground } from '../support/agents-playground/playground-process.js';
import type { RunningPlayground } from '../support/agents-playground/playground-process.js';
import { startPlaygroundService } from './playground-service.js';

const ARTIFACTS = join(packageRoot(), 'test-artifacts', 'teams');
const shot = (name: string) => join(ARTIFACTS, `${name}.png`);

/** What the playground tries and the guard refuses (as in teams-playground.test.ts), and the page's fonts the browser aborts. */
const KNOWN_ATTEMPTS = /^(?:169\.254\.169\.254|[a-z0-9.-]+\.applicationinsights\.azure\.com|dc\.services\.visualstudio\.com)$/;
const KNOWN_PAGE_REQUESTS = /^https:\/\/res-1\.cdn\.office\.net\//;

const ROLE = TEST_CHANNEL_ROLE;
const INSTANCE = 'i-0abc123def4567890';

const CONFIG = `configurations:
  - name: ops-alerts
    platform: teams
    channelId: "${MOCK_TENANT.channel.id}"
${CHANNEL_ROLE_ACCESS}    customActions:
      - name: reboot
        buttonText: Reboot
        command: ec2 reboot-instances --instance-ids $InstanceId
        criteria: [{ variable: InstanceId, operator: HAS_VALUE }]
`;

describe('a custom action on a notification in the Teams Agents Playground (browser)', function () {
  this.timeout(30_000);
  let service: RunningApp & { logLines: string[] };
  let playground: RunningPlayground;
  let browser: OfflineBrowser;
  let page: PlaygroundPage;
  const aws = useAwsEndpoint(
    withRoleSessions((req) => (req.operation === 'RebootInstances' ? ec2Reply('RebootInstances', '<return>true</return>') : ec2Error('InvalidAction', `not in this test: ${req.operation ?? req.path}`, 400))),
  );
  const reboots = () => aws.endpoint.requests.filter((r) => r.operation === 'RebootInstances');

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
    await page.selectConversation('Ops Team - alerts');
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

  it('shows the alarm\'s Reboot button; a click shows what will run in the thread, and Run reboots the instance as the channel role', async () => {
    const response = await fetch(`${service.url}/api/test-notifications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ configuration: 'ops-alerts', sample: 'cloudwatch-alarm' }),
    });
    assert.equal(response.status, 202);
    await page.waitForCard('web-prod-high-cpu', page.threads().first());
    const thread = page.thread('web-prod-high-cpu');
    const alarm = page.card('web-prod-high-cpu', thread);
    await page.screenshot(shot('6-notification-with-custom-action'), thread);

    await page.clickButton(alarm, 'Reboot');
    await page.waitForCard('Alex Wilber clicked Reboot — answered in the thread', thread);
    const confirm = await page.waitForCard(`reboot-instances --instance-ids ${INSTANCE}`, thread);
    assert.match(await confirm.innerText(), /production \(111122223333\) as role ChatOpsChannel/);
    assert.equal(reboots().length, 0, 'nothing runs before Run');
    await page.screenshot(shot('7-custom-action-confirmation'), thread);

    await page.clickButton(confirm, /^Run$/);
    const result = await page.waitForCard(/SUCCESS[\s\S]*ec2 reboot-instances/, thread);
    assert.match(await result.innerText(), /production \(111122223333\) as role ChatOpsChannel/);
    assert.equal(reboots().length, 1);
    assert.equal(new URLSearchParams(reboots()[0]!.body).get('InstanceId.1'), INSTANCE);
    assert.equal(signingKeyOf(reboots()[0]!), sessionKeyOf(ROLE), 'signed by the channel role\'s session');
    // The confirmation is spent: it says who ran it and offers no Run or Cancel any more.
    const spent = await page.waitForCard(/Alex Wilber clicked Run — answered in the thread/, thread);
    assert.equal(await spent.getByRole('button', { name: /^(Run|Cancel)$/ }).count(), 0);
    // The notification's own button stays for the next person.
    assert.equal(await alarm.getByRole('button', { name: 'Reboot' }).count(), 1);
    await page.screenshot(shot('8-custom-action-result'), thread);
  });

  it('kept everything on loopback and logged no errors', () => {
    assert.deepEqual(playground.guardRecords().filter((r) => r.kind === 'spawn' || !KNOWN_ATTEMPTS.test(r.host ?? '')), [], 'the playground tried only what it is known to try');
    assert.deepEqual(browser.blocked.filter((url) => !KNOWN_PAGE_REQUESTS.test(url)), [], 'the page asked only for its fonts off loopback');
    assert.ok(aws.endpoint.requests.length > 0, 'AWS was the local endpoint');
    const problems = service.logLines.filter((line) => /"level":"(?:error|fatal)"/.test(line));
    assert.deepEqual(problems, [], 'the service logged no errors');
  });
});
