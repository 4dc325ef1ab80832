import type { FakeChannelOptions, FakeTeamOptions } from './types.js';

/** What the fake Slack knows when a test does not say otherwise. */
export const FAKE_SLACK = {
  appId: 'A0APP',
  botName: 'aws',
  team: { id: 'T0001', name: 'Example', botToken: 'xoxb-test-token', botUserId: 'U0BOT' } satisfies FakeTeamOptions,
  clientId: '1111111111.2222222222',
  clientSecret: 'test-client-secret',
  oauthCode: 'test-oauth-code',
  installerUserId: 'U0ADMIN',
  /** The bot scopes the manifest asks for (slack/manifest.yml). */
  scopes: [
    'app_mentions:read', 'channels:read', 'groups:read', 'chat:write', 'chat:write.public', 'team:read',
    'users:read', 'commands', 'files:write', 'channels:history', 'groups:history',
  ],
  channels: [
    { id: 'C0ALERTS', name: 'alerts', botIsMember: true },
    { id: 'C0OTHER', name: 'other' },
    { id: 'G0PRIVATE', name: 'private-ops', isPrivate: true },
    { id: 'C0ARCHIVED', name: 'old-alerts', isArchived: true, botIsMember: true },
  ] satisfies FakeChannelOptions[],
} as const;
