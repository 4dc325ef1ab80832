import assert from 'node:assert/strict';
import { decide, parseOrgPolicy, type PolicyDecision } from '../../../src/permissions/org-policy/index.js';
import { referenceExampleText } from './policies.js';

/** What 000 says the example means, read as decisions. */
describe("the reference's example organization policy", () => {
  const text = referenceExampleText();
  const policy = parseOrgPolicy(text, 'example');
  const allowed = (d: PolicyDecision) => d.allowed;
  const clause = (d: PolicyDecision) => (d.allowed ? undefined : d.clause);

  it('is read verbatim, with its // comments', () => {
    assert.match(text, /\/\/ limit 255/);
    assert.equal(policy.levels, 1);
  });

  it('allows the Slack workspaces Slack-Workspace-Id1 and Slack-Workspace-Id2, and no other', () => {
    assert.ok(allowed(decide(policy, { platform: 'slack', workspaceId: 'Slack-Workspace-Id1', channelType: 'private', roleSetting: 'user_role' })));
    const other = decide(policy, { platform: 'slack', workspaceId: 'Slack-Workspace-Id3', channelType: 'private', roleSetting: 'user_role' });
    assert.equal(clause(other), 'chatbot.platforms.slack.workspaces');
  });

  it('by default allows Slack only private channels and user-level roles', () => {
    const d = decide(policy, { platform: 'slack', workspaceId: 'Slack-Workspace-Id1', channelType: 'private', roleSetting: 'user_role' });
    assert.deepEqual(d, { allowed: true, userRolesRequired: true, channelRoleAllowed: false, defaultGuardrailPolicyArns: [] });
    assert.equal(clause(decide(policy, { platform: 'slack', workspaceId: 'Slack-Workspace-Id1', channelType: 'public', roleSetting: 'user_role' })), 'chatbot.platforms.slack.default.supported_channel_types');
    assert.equal(clause(decide(policy, { platform: 'slack', workspaceId: 'Slack-Workspace-Id1', channelType: 'private', roleSetting: 'channel_role' })), 'chatbot.platforms.slack.default.supported_role_settings');
  });

  it('lets Slack-Workspace-Id2 use public channels and channel roles', () => {
    const d = decide(policy, { platform: 'slack', workspaceId: 'Slack-Workspace-Id2', channelType: 'public', roleSetting: 'channel_role' });
    assert.deepEqual(d, { allowed: true, userRolesRequired: false, channelRoleAllowed: true, defaultGuardrailPolicyArns: [] });
  });

  it('allows Teams only in the named tenant and team, with channel roles there by override', () => {
    const team = { platform: 'teams', tenantId: 'Microsoft-Teams-Tenant-Id', teamId: 'Microsoft-Teams-Team-Id', channelType: 'public' } as const;
    assert.deepEqual(decide(policy, { ...team, roleSetting: 'channel_role' }), { allowed: true, userRolesRequired: false, channelRoleAllowed: true, defaultGuardrailPolicyArns: [] });
    assert.equal(clause(decide(policy, { ...team, teamId: 'Other-Team', roleSetting: 'user_role' })), 'chatbot.platforms.microsoft_teams.tenants.Microsoft-Teams-Tenant-Id');
    assert.equal(clause(decide(policy, { ...team, tenantId: 'Other-Tenant', roleSetting: 'user_role' })), 'chatbot.platforms.microsoft_teams.tenants');
  });

  it('disables every other platform through the default block (Chime, and our sandbox)', () => {
    assert.equal(policy.default.client, 'disabled');
    assert.equal(policy.platforms.chime, undefined);
    assert.equal(clause(decide(policy, { platform: 'sandbox', roleSetting: 'user_role' })), 'chatbot.default.client');
  });
});
