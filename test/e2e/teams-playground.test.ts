/**
 * The Teams app end to end, as a Teams user sees it: our service (startApp, Teams on without
 * credentials through DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS, as the playground needs)
 * behind the Microsoft 365 Agents Playground, whose page is driven in Debian's Chromium.
 * Nothing leaves loopback: the playground runs under the network guard, the browser resolves
 * no names and aborts every non-loopback request. The flows run in order on one page (the
 * page holds the conversations; a reload would start over). Screenshots: test-artifacts/teams/.
 */
import assert from 'node:assert/strict';
import type { Card } from '../../src/core/card.js';
import { MOCK_TENANT } from '../support/agents-playground/mock-tenant.js';
import { KNOWN_ATTEMPTS, KNOWN_PAGE_REQUESTS, shot, usePlaygroundRig } from './playground-service.js';

const CONFIG = `configurations:
  - name: ops-alerts
    platform: teams
    channelId: "${MOCK_TENANT.channel.id}"
    snsTopicArns: ["arn:aws:sns:us-east-1:123456789012:ops-alerts"]
`;

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

  const rig = usePlaygroundRig(CONFIG);

  it('answers "@aws help" in a channel with the help card, in the post\'s thread', async () => {
    await rig.page.selectConversation('Ops Team - alerts');
    await rig.page.mention('aws', ' help');
    await rig.page.post();

    const thread = rig.page.thread('aws-chatops help');
    await rig.page.waitForCard('aws-chatops help', thread);
    assert.match(await thread.innerText(), /aws help/, 'the help card answers in the thread of the post that asked');
    await rig.page.screenshot(shot('1-channel-help'), thread);
  });

  it('refreshes a clicked card in place ("Running…", then the result) and answers in its thread', async () => {
    await rig.service.teams!.chat.post(MOCK_TENANT.channel.id, { card: approvalCard });
    const thread = rig.page.thread(approvalCard.title);
    const card = await rig.page.waitForCard(approvalCard.title, thread);
    const cardStates = await rig.page.recordCardStates();

    await rig.page.clickButton(card, 'Approve');

    await rig.page.waitForCard('Alex Wilber clicked Approve — answered in the thread', thread);
    await rig.page.waitForCard('Click received', thread);
    const states = await cardStates();
    assert.ok(
      states.some((text) => text.includes(approvalCard.title) && text.includes('Running… (Alex Wilber clicked Approve)')),
      `the card showed "Running…" before its result; card states seen: ${JSON.stringify(states)}`,
    );
    assert.equal(await thread.locator('.ac-adaptiveCard').filter({ hasText: approvalCard.title }).count(), 1, 'the card was refreshed in place, not posted again');
    await rig.page.screenshot(shot('2-click-refreshed'), thread);
  });

  it('posts a test notification to the channel proactively, as a new thread', async () => {
    const response = await fetch(`${rig.service.url}/api/test-notifications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ configuration: 'ops-alerts', sample: 'cloudwatch-alarm' }),
    });
    assert.equal(response.status, 202);

    await rig.page.waitForCard('web-prod-high-cpu', rig.page.threads().first());
    const thread = rig.page.thread('web-prod-high-cpu');
    assert.doesNotMatch(await thread.innerText(), /Alex Wilber/, 'nobody posted first: the bot started the thread');
    await rig.page.screenshot(shot('3-proactive-notification'), thread);
  });

  it('answers "@aws help" in the notification\'s thread, in that thread', async () => {
    const thread = rig.page.thread('web-prod-high-cpu');
    await rig.page.reply(thread, ' help', { mention: 'aws' });

    await rig.page.waitForCard('aws-chatops help', thread);
    await rig.page.screenshot(shot('4-reply-in-notification-thread'), thread);
    await rig.page.screenshot(shot('4-channel'));
  });

  it('answers "help" in the personal chat with the help card', async () => {
    await rig.page.selectConversation('Personal Chat');
    await rig.page.post('help');

    await rig.page.waitForCard('aws-chatops help');
    await rig.page.screenshot(shot('5-personal-chat-help'));
  });

  it('kept everything on loopback: the playground\'s own attempts were refused, and nothing else was tried', () => {
    const records = rig.playground.guardRecords();
    assert.ok(records.length > 0, 'the network guard was loaded into the playground (it refuses its metadata probe at start)');
    assert.deepEqual(records.filter((r) => r.kind === 'spawn' || !KNOWN_ATTEMPTS.test(r.host ?? '')), [], 'the playground tried only what it is known to try, and started no process');
    assert.deepEqual(rig.browser.blocked.filter((url) => !KNOWN_PAGE_REQUESTS.test(url)), [], 'the page asked only for its fonts off loopback');
    const problems = rig.service.logLines.filter((line) => /"level":"(?:error|fatal)"/.test(line));
    assert.deepEqual(problems, [], 'the service logged no errors');
  });
});
