import assert from 'node:assert/strict';
import { checkConfiguration, type ConfigurationUnderPolicy } from '../../../src/permissions/org-policy/index.js';
import { assign, policyOf, TUTORIAL } from './policies.js';

const tutorial = policyOf(TUTORIAL);
const slackConfig = (over: Partial<ConfigurationUnderPolicy> = {}): ConfigurationUnderPolicy => ({
  name: 'ops',
  platform: 'slack',
  workspaceId: 'T0ALLOWED1',
  channelType: 'private',
  usesChannelRole: false,
  usesUserRoles: true,
  ...over,
});

describe('checking configurations against the org chat policy at load', () => {
  it('accepts a configuration that follows the tutorial policy', () => {
    assert.deepEqual(checkConfiguration(tutorial, slackConfig()), []);
  });

  describe("the tutorial's three configurations that must fail", () => {
    it('a configuration for Microsoft Teams', () => {
      const problems = checkConfiguration(tutorial, { name: 'teams-ops', platform: 'teams', tenantId: 't1', teamId: 'team1', usesChannelRole: false, usesUserRoles: true });
      assert.deepEqual(problems, ['configuration "teams-ops" (Microsoft Teams) is refused by the organization chat policy, chatbot.platforms.microsoft_teams.client: chat commands and notifications in Microsoft Teams are turned off']);
    });

    it('a Slack configuration for a workspace the policy does not name', () => {
      assert.deepEqual(checkConfiguration(tutorial, slackConfig({ workspaceId: 'T0OTHER' })), [
        'configuration "ops" (Slack) is refused by the organization chat policy, chatbot.platforms.slack.workspaces: Slack workspace T0OTHER is not one of its allowed workspaces',
      ]);
    });

    it('a Slack configuration that uses a channel role', () => {
      assert.deepEqual(checkConfiguration(tutorial, slackConfig({ usesChannelRole: true })), [
        'configuration "ops" (Slack) is refused by the organization chat policy, chatbot.platforms.slack.default.supported_role_settings: it uses a channel role, and the policy allows only user roles',
      ]);
    });
  });

  it('refuses a configuration without user roles where the policy requires them', () => {
    assert.deepEqual(checkConfiguration(tutorial, slackConfig({ usesUserRoles: false, usesChannelRole: false })), [
      'configuration "ops" (Slack) is refused by the organization chat policy, chatbot.platforms.slack.default.supported_role_settings: the policy requires user roles, and the configuration lets no member use one (allow or require user roles)',
    ]);
  });

  it('refuses user roles where the policy allows only the channel role', () => {
    const policy = policyOf({ chatbot: { platforms: { slack: { default: { supported_role_settings: assign(['channel_role']) } } } } });
    assert.deepEqual(checkConfiguration(policy, slackConfig({ usesChannelRole: true, usesUserRoles: true })), [
      'configuration "ops" (Slack) is refused by the organization chat policy, chatbot.platforms.slack.default.supported_role_settings: it lets members use user roles, and the policy allows only the channel role',
    ]);
  });

  it('refuses a public channel, and leaves an unknown channel type to the check on every command', () => {
    assert.match(checkConfiguration(tutorial, slackConfig({ channelType: 'public' })).join('\n'), /supported_channel_types: only private channels are allowed, and this channel is public/);
    assert.deepEqual(checkConfiguration(tutorial, slackConfig({ channelType: undefined })), []);
  });

  it('accepts everything without a policy', () => {
    assert.deepEqual(checkConfiguration(undefined, slackConfig({ workspaceId: undefined, usesChannelRole: true, usesUserRoles: false })), []);
  });
});
