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
import { ec2Error, ec2Reply } from '../support/aws-endpoint/replies.js';
import { CHANNEL_ROLE_ACCESS, sessionKeyOf, signingKeyOf, TEST_CHANNEL_ROLE, withRoleSessions } from '../support/aws-endpoint/role-sessions.js';
import { useAwsEndpoint } from '../support/aws-endpoint/use-aws-endpoint.js';
import { MOCK_TENANT } from '../support/agents-playground/mock-tenant.js';
import { KNOWN_ATTEMPTS, KNOWN_PAGE_REQUESTS, shot, usePlaygroundRig } from './playground-service.js';

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
  const aws = useAwsEndpoint(
    withRoleSessions((req) => (req.operation === 'RebootInstances' ? ec2Reply('RebootInstances', '<return>true</return>') : ec2Error('InvalidAction', `not in this test: ${req.operation ?? req.path}`, 400))),
  );
  const reboots = () => aws.endpoint.requests.filter((r) => r.operation === 'RebootInstances');

  const rig = usePlaygroundRig(CONFIG, { conversation: 'Ops Team - alerts' });

  it('shows the alarm\'s Reboot button; a click shows what will run in the thread, and Run reboots the instance as the channel role', async () => {
    const response = await fetch(`${rig.service.url}/api/test-notifications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ configuration: 'ops-alerts', sample: 'cloudwatch-alarm' }),
    });
    assert.equal(response.status, 202);
    await rig.page.waitForCard('web-prod-high-cpu', rig.page.threads().first());
    const thread = rig.page.thread('web-prod-high-cpu');
    const alarm = rig.page.card('web-prod-high-cpu', thread);
    await rig.page.screenshot(shot('6-notification-with-custom-action'), thread);

    await rig.page.clickButton(alarm, 'Reboot');
    await rig.page.waitForCard('Alex Wilber clicked Reboot — answered in the thread', thread);
    const confirm = await rig.page.waitForCard(`reboot-instances --instance-ids ${INSTANCE}`, thread);
    assert.match(await confirm.innerText(), /production \(111122223333\) as role ChatOpsChannel/);
    assert.equal(reboots().length, 0, 'nothing runs before Run');
    await rig.page.screenshot(shot('7-custom-action-confirmation'), thread);

    await rig.page.clickButton(confirm, /^Run$/);
    const result = await rig.page.waitForCard(/SUCCESS[\s\S]*ec2 reboot-instances/, thread);
    assert.match(await result.innerText(), /production \(111122223333\) as role ChatOpsChannel/);
    assert.equal(reboots().length, 1);
    assert.equal(new URLSearchParams(reboots()[0]!.body).get('InstanceId.1'), INSTANCE);
    assert.equal(signingKeyOf(reboots()[0]!), sessionKeyOf(ROLE), 'signed by the channel role\'s session');
    // The confirmation is spent: it says who ran it and offers no Run or Cancel any more.
    const spent = await rig.page.waitForCard(/Alex Wilber clicked Run — answered in the thread/, thread);
    assert.equal(await spent.getByRole('button', { name: /^(Run|Cancel)$/ }).count(), 0);
    // The notification's own button stays for the next person.
    assert.equal(await alarm.getByRole('button', { name: 'Reboot' }).count(), 1);
    await rig.page.screenshot(shot('8-custom-action-result'), thread);
  });

  it('kept everything on loopback and logged no errors', () => {
    assert.deepEqual(rig.playground.guardRecords().filter((r) => r.kind === 'spawn' || !KNOWN_ATTEMPTS.test(r.host ?? '')), [], 'the playground tried only what it is known to try');
    assert.deepEqual(rig.browser.blocked.filter((url) => !KNOWN_PAGE_REQUESTS.test(url)), [], 'the page asked only for its fonts off loopback');
    assert.ok(aws.endpoint.requests.length > 0, 'AWS was the local endpoint');
    const problems = rig.service.logLines.filter((line) => /"level":"(?:error|fatal)"/.test(line));
    assert.deepEqual(problems, [], 'the service logged no errors');
  });
});
