import assert from 'node:assert/strict';
import { decide, type PolicyRequest } from '../../../src/permissions/org-policy/index.js';
import { assign, ONLY_TEAMS, policyOf, TUTORIAL } from './policies.js';

const ADVICE = /Please contact your organization administrator\.$/;
const slack = (workspaceId: string | undefined, channelType: 'public' | 'private' | undefined, roleSetting: PolicyRequest['roleSetting']): PolicyRequest => ({
  platform: 'slack',
  ...(workspaceId !== undefined ? { workspaceId } : {}),
  ...(channelType !== undefined ? { channelType } : {}),
  roleSetting,
});
const teams = (tenantId: string | undefined, teamId: string | undefined, roleSetting: PolicyRequest['roleSetting']): PolicyRequest => ({
  platform: 'teams',
  ...(tenantId !== undefined ? { tenantId } : {}),
  ...(teamId !== undefined ? { teamId } : {}),
  channelType: 'public',
  roleSetting,
});

const OVERRIDES = {
  chatbot: {
    platforms: {
      slack: {
        client: assign('enabled'),
        default: { supported_channel_types: assign(['private']), supported_role_settings: assign(['user_role']) },
        overrides: { TOPEN: { supported_channel_types: assign(['public', 'private']), supported_role_settings: assign(['channel_role', 'user_role']) }, THALF: { supported_role_settings: assign(['channel_role']) } },
      },
      microsoft_teams: {
        client: assign('enabled'),
        tenants: { tenant1: assign(['teamA', 'teamB']) },
        default: { supported_role_settings: assign(['user_role']) },
        overrides: { tenant1: { teamB: { supported_role_settings: assign(['channel_role', 'user_role']) } } },
      },
    },
  },
};

const GUARDRAILS = {
  chatbot: {
    default: { default_guardrail_policy_arns: assign(['arn:aws:iam::aws:policy/ReadOnlyAccess']) },
    platforms: {
      slack: {
        default: { default_guardrail_policy_arns: assign(['arn:aws:iam::111122223333:policy/SlackGuard']) },
        overrides: { TSPECIAL: { default_guardrail_policy_arns: assign(['arn:aws:iam::111122223333:policy/Special']) } },
      },
    },
  },
};

const TEAMS_GUIDS = {
  chatbot: {
    platforms: {
      microsoft_teams: {
        tenants: { 'aaaaaaaa-0000-0000-0000-00000000000a': assign(['bbbbbbbb-0000-0000-0000-00000000000b']) },
        overrides: { 'aaaaaaaa-0000-0000-0000-00000000000a': { 'bbbbbbbb-0000-0000-0000-00000000000b': { supported_role_settings: assign(['channel_role']) } } },
      },
    },
  },
};

type Expected = { allowed: true; userRolesRequired: boolean; channelRoleAllowed: boolean; guardrails?: string[] } | { clause: string; reason: RegExp };

const TABLE: [string, unknown, PolicyRequest, Expected][] = [
  ['tutorial: Slack in a named workspace, private channel, user role', TUTORIAL, slack('T0ALLOWED1', 'private', 'user_role'), { allowed: true, userRolesRequired: true, channelRoleAllowed: false }],
  ['tutorial: Teams is denied', TUTORIAL, teams('tenant1', 'teamA', 'user_role'), { clause: 'chatbot.platforms.microsoft_teams.client', reason: /Microsoft Teams are turned off/ }],
  ['tutorial: a workspace it does not name', TUTORIAL, slack('T0OTHER', 'private', 'user_role'), { clause: 'chatbot.platforms.slack.workspaces', reason: /workspace T0OTHER is not one of its allowed workspaces/ }],
  ['tutorial: a workspace that cannot be identified', TUTORIAL, slack(undefined, 'private', 'user_role'), { clause: 'chatbot.platforms.slack.workspaces', reason: /can't be identified/ }],
  ['tutorial: a public channel', TUTORIAL, slack('T0ALLOWED1', 'public', 'user_role'), { clause: 'chatbot.platforms.slack.default.supported_channel_types', reason: /only private channels are allowed, and this channel is public/ }],
  ['tutorial: a channel of unknown type', TUTORIAL, slack('T0ALLOWED1', undefined, 'user_role'), { clause: 'chatbot.platforms.slack.default.supported_channel_types', reason: /type can't be told/ }],
  ['tutorial: the channel role', TUTORIAL, slack('T0ALLOWED2', 'private', 'channel_role'), { clause: 'chatbot.platforms.slack.default.supported_role_settings', reason: /must run with your own user role/ }],
  ['tutorial: the sandbox, absent, with no default', TUTORIAL, { platform: 'sandbox', roleSetting: 'channel_role' }, { allowed: true, userRolesRequired: false, channelRoleAllowed: true }],
  ['default disabled: the one enabled platform works', ONLY_TEAMS, teams('tenant9', 'teamZ', 'channel_role'), { allowed: true, userRolesRequired: false, channelRoleAllowed: true }],
  ['default disabled: Slack falls under the default', ONLY_TEAMS, slack('T1', 'public', 'channel_role'), { clause: 'chatbot.default.client', reason: /Slack is not one of the chat platforms it enables/ }],
  ['default disabled: the sandbox falls under the default', ONLY_TEAMS, { platform: 'sandbox', roleSetting: 'channel_role' }, { clause: 'chatbot.default.client', reason: /the sandbox chat/ }],
  ['override per workspace opens public channels and channel roles', OVERRIDES, slack('TOPEN', 'public', 'channel_role'), { allowed: true, userRolesRequired: false, channelRoleAllowed: true }],
  ['an override replaces the default key by key (channel types still private)', OVERRIDES, slack('THALF', 'public', 'channel_role'), { clause: 'chatbot.platforms.slack.default.supported_channel_types', reason: /only private/ }],
  ['an override replaces the default key by key (its role setting wins)', OVERRIDES, slack('THALF', 'private', 'user_role'), { clause: 'chatbot.platforms.slack.overrides.THALF.supported_role_settings', reason: /channel's role, not a user role/ }],
  ['a workspace without override keeps the default', OVERRIDES, slack('TOTHER', 'private', 'user_role'), { allowed: true, userRolesRequired: true, channelRoleAllowed: false }],
  ['Teams: a listed team without override requires user roles', OVERRIDES, teams('tenant1', 'teamA', 'channel_role'), { clause: 'chatbot.platforms.microsoft_teams.default.supported_role_settings', reason: /user role/ }],
  ['Teams: the override of tenant and team allows the channel role', OVERRIDES, teams('tenant1', 'teamB', 'channel_role'), { allowed: true, userRolesRequired: false, channelRoleAllowed: true }],
  ['Teams: an unlisted tenant', OVERRIDES, teams('tenant2', 'teamA', 'user_role'), { clause: 'chatbot.platforms.microsoft_teams.tenants', reason: /tenant tenant2 is not one of its allowed tenants/ }],
  ['Teams: an unlisted team of a listed tenant', OVERRIDES, teams('tenant1', 'teamC', 'user_role'), { clause: 'chatbot.platforms.microsoft_teams.tenants.tenant1', reason: /team teamC is not one of the allowed teams of tenant tenant1/ }],
  ['Teams: no team id where teams are listed', OVERRIDES, teams('tenant1', undefined, 'user_role'), { clause: 'chatbot.platforms.microsoft_teams.tenants.tenant1', reason: /can't be identified/ }],
  ['Teams: tenant and team GUIDs compare without case', TEAMS_GUIDS, teams('AAAAAAAA-0000-0000-0000-00000000000A', 'BBBBBBBB-0000-0000-0000-00000000000B', 'channel_role'), { allowed: true, userRolesRequired: false, channelRoleAllowed: true }],
  ['Teams: the override of a GUID team applies whatever the case', TEAMS_GUIDS, teams('aaaaaaaa-0000-0000-0000-00000000000a', 'BBBBBBBB-0000-0000-0000-00000000000B', 'user_role'), { clause: 'chatbot.platforms.microsoft_teams.overrides.aaaaaaaa-0000-0000-0000-00000000000a.bbbbbbbb-0000-0000-0000-00000000000b.supported_role_settings', reason: /channel's role/ }],
  ['guardrails: the organization default and the platform default', GUARDRAILS, slack('T1', 'public', 'channel_role'), { allowed: true, userRolesRequired: false, channelRoleAllowed: true, guardrails: ['arn:aws:iam::aws:policy/ReadOnlyAccess', 'arn:aws:iam::111122223333:policy/SlackGuard'] }],
  ['guardrails: an override replaces the platform default, not the organization one', GUARDRAILS, slack('TSPECIAL', 'public', 'channel_role'), { allowed: true, userRolesRequired: false, channelRoleAllowed: true, guardrails: ['arn:aws:iam::aws:policy/ReadOnlyAccess', 'arn:aws:iam::111122223333:policy/Special'] }],
  ['guardrails: the sandbox gets the organization default', GUARDRAILS, { platform: 'sandbox', roleSetting: 'user_role' }, { allowed: true, userRolesRequired: false, channelRoleAllowed: true, guardrails: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] }],
  ['a sandbox block governs the sandbox', { chatbot: { platforms: { sandbox: { client: assign('disabled') } } } }, { platform: 'sandbox', roleSetting: 'user_role' }, { clause: 'chatbot.platforms.sandbox.client', reason: /the sandbox chat are turned off/ }],
  ['an empty channel type list allows no channel', { chatbot: { platforms: { slack: { default: { supported_channel_types: assign([]) } } } } }, slack('T1', 'private', 'user_role'), { clause: 'chatbot.platforms.slack.default.supported_channel_types', reason: /no channel type is allowed/ }],
];

describe('org chat policy decisions', () => {
  for (const [title, doc, request, expected] of TABLE) {
    it(title, () => {
      const decision = decide(policyOf(doc), request);
      if ('clause' in expected) {
        assert.equal(decision.allowed, false, JSON.stringify(decision));
        if (decision.allowed) return;
        assert.equal(decision.clause, expected.clause);
        assert.match(decision.reason, expected.reason);
        assert.match(decision.reason, ADVICE);
      } else {
        assert.deepEqual(decision, { allowed: true, userRolesRequired: expected.userRolesRequired, channelRoleAllowed: expected.channelRoleAllowed, defaultGuardrailPolicyArns: expected.guardrails ?? [] });
      }
    });
  }

  it('allows everything and requires nothing without a policy', () => {
    assert.deepEqual(decide(undefined, slack(undefined, undefined, 'channel_role')), { allowed: true, userRolesRequired: false, channelRoleAllowed: true, defaultGuardrailPolicyArns: [] });
  });
});
