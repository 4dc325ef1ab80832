/**
 * The checks a notification button's token gets before anything runs: known, not expired, and
 * clicked in the channel it was posted to. (The sandbox page only sends ids that are on the
 * clicked card, so these run against the click handler with the memory store.)
 */
import assert from 'node:assert/strict';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { answerButton } from '../../../src/commands/actions/button-click.js';
import { createCommandDeps } from '../../../src/commands/create-command-deps.js';
import type { ActionEvent } from '../../../src/core/chat-event.js';
import type { ButtonToken } from '../../../src/ports/custom-actions.js';

describe('a click on a notification button', () => {
  const now = new Date('2026-12-06T10:00:00Z');
  const clock = { now: () => now };
  const store = createMemoryStore({ clock });
  const deps = createCommandDeps({
    store,
    clock,
    aws: { run: () => Promise.reject(new Error('no AWS call in these tests')) },
    access: {
      configurations: [],
      userRoles: store.userRoles,
      defaultAccounts: store.defaultAccounts,
      audit: store.audit,
      roleSessions: { assume: () => Promise.reject(new Error('no STS call in these tests')) },
      policyDocuments: { managedPolicy: async () => undefined, rolePolicies: async () => undefined },
      clock,
      requireUserRolesInAccounts: [],
    },
  });
  const token = (overrides: Partial<ButtonToken> = {}): ButtonToken => ({
    token: 'tok-ops-reboot-0000000',
    platform: 'sandbox',
    channelKey: 'sandbox:ops',
    notificationId: 'n-1',
    action: { kind: 'custom', name: 'reboot' },
    variables: { InstanceId: 'i-1' },
    createdAt: '2026-12-06T09:00:00Z',
    expiresAt: '2026-12-20T09:00:00Z',
    ...overrides,
  });
  const click = (actionId: string, channelId = 'ops'): ActionEvent => ({ platform: 'sandbox', channelId, messageId: 'm-1', actionId, user: { id: 'alice' }, values: {} });

  before(async () => {
    await store.buttonTokens.put([token(), token({ token: 'tok-old-000000000000000', expiresAt: '2026-12-01T00:00:00Z' })]);
  });

  it('refuses a button from another channel, saying where it belongs', async () => {
    await assert.rejects(answerButton(click('ca.tok-ops-reboot-0000000', 'elsewhere'), deps), (e: Error & { code?: string }) => e.code === 'BUTTON_ELSEWHERE' && /another channel/.test(e.message));
  });

  it('refuses an unknown button', async () => {
    await assert.rejects(answerButton(click('ca.nope'), deps), (e: Error & { code?: string }) => e.code === 'BUTTON_UNKNOWN');
  });

  it('refuses an expired button', async () => {
    await assert.rejects(answerButton(click('ca.tok-old-000000000000000'), deps), (e: Error & { code?: string }) => e.code === 'BUTTON_EXPIRED');
  });

  it('records each refusal in the audit log', async () => {
    const refusals = (await store.audit.list()).filter((e) => e.kind === 'denial' && e.policy === 'button token');
    assert.deepEqual(refusals.map((e) => e.resultCode).sort(), ['BUTTON_ELSEWHERE', 'BUTTON_EXPIRED', 'BUTTON_UNKNOWN']);
  });

  it('says so when the action behind a button was deleted', async () => {
    await assert.rejects(answerButton(click('ca.tok-ops-reboot-0000000'), deps), (e: Error & { code?: string }) => e.code === 'ACTION_GONE');
  });
});
