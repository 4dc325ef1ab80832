/**
 * The permission settings of a chat configuration in chatops.yml (issue #8): the accounts commands
 * run in, their channel and user roles, guardrails and the protection policy. Every refusal is one
 * problem line, `<path>: expected …; given …`, with the line and column in the file.
 */
import assert from 'node:assert/strict';
import { parseConfigText } from '../../src/config/load-config.js';
import { parse, problemLines } from './helpers.js';

const PROD = '111122223333';
const STAGING = '444455556666';
const role = (account: string, name: string) => `arn:aws:iam::${account}:role/${name}`;

/** A Slack configuration "ops" (lines 2–4) followed by `lines`, each indented under the item (from line 5). */
const slack = (...lines: string[]) => ['configurations:', '  - name: ops', '    platform: slack', '    channelId: C0123456789', ...lines.map((l) => `    ${l}`)].join('\n') + '\n';
/** The ten guardrails a test needs, P1 … P10. */
const tenPolicies = Array.from({ length: 10 }, (_, i) => `  - arn:aws:iam::aws:policy/P${i + 1}`);

describe('permission settings of a chat configuration', () => {
  describe('accounts that are accepted', () => {
    it('reads one account with its channel role, and attaches the protection policy by default', () => {
      const [config] = parse(slack('accounts:', `  - id: "${PROD}"`, `    channelRole: ${role(PROD, 'ChatOpsChannelRole')}`, '    externalId: chatops-ext-1', '    region: eu-west-1')).configurations;

      assert.ok(config && config.platform === 'slack');
      assert.deepEqual([config.accounts, config.guardrailPolicyArns, config.protectionPolicy, config.userRoles], [
        [{ id: PROD, name: PROD, channelRole: role(PROD, 'ChatOpsChannelRole'), externalId: 'chatops-ext-1', userRoles: [], region: 'eu-west-1', serviceCredentials: false }],
        [],
        true,
        'allowed',
      ]);
    });

    it('reads several named accounts with the user roles they offer, guardrails and required user roles', () => {
      const [config] = parse(
        slack(
          'userRoles: required',
          'protectionPolicy: false',
          'channelType: private',
          'guardrailPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess, arn:aws:iam::111122223333:policy/NoSecrets]',
          'accounts:',
          `  - { id: "${PROD}", name: production, userRoles: [${role(PROD, 'Reader')}, ${role(PROD, 'Operator')}] }`,
          `  - { id: "${STAGING}", name: staging }`,
        ),
      ).configurations;

      assert.ok(config && config.platform === 'slack');
      assert.deepEqual(config.accounts, [
        { id: PROD, name: 'production', userRoles: [role(PROD, 'Reader'), role(PROD, 'Operator')], serviceCredentials: false },
        { id: STAGING, name: 'staging', userRoles: [], serviceCredentials: false },
      ]);
      assert.deepEqual([config.userRoles, config.protectionPolicy, config.channelType], ['required', false, 'private']);
      assert.deepEqual(config.guardrailPolicyArns, ['arn:aws:iam::aws:policy/ReadOnlyAccess', 'arn:aws:iam::111122223333:policy/NoSecrets']);
    });

    it("accepts an account without an id that runs commands with the service's own credentials", () => {
      const [config] = parse(slack('accounts:', '  - name: local', '    serviceCredentials: true')).configurations;

      assert.ok(config && config.platform === 'slack');
      assert.deepEqual(config.accounts, [{ name: 'local', userRoles: [], serviceCredentials: true }]);
    });

    it('keeps the tenant and team of a Teams configuration for the org chat policy', () => {
      const yaml = 'configurations:\n  - name: t\n    platform: teams\n    channelId: "19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2"\n    tenantId: tenant-1\n    teamId: team-1\n';
      const [config] = parse(yaml).configurations;

      assert.deepEqual(config?.platform === 'teams' && [config.tenantId, config.teamId], ['tenant-1', 'team-1']);
    });
  });

  describe('accounts that are refused', () => {
    it('asks for a 12-digit account id in quotes', () => {
      assert.deepEqual(problemLines(slack('accounts:', `  - id: ${PROD}`, '  - id: "12345"', `    channelRole: ${role(PROD, 'Chat')}`)), [
        `chatops.yml:6:13: configurations[0].accounts[0].id: expected a 12-digit AWS account ID in quotes, like "111122223333"; given ${PROD}`,
        'chatops.yml:7:13: configurations[0].accounts[1].id: expected a 12-digit AWS account ID in quotes, like "111122223333"; given "12345"',
      ]);
    });

    it('asks for an id unless the account uses the service credentials', () => {
      assert.deepEqual(problemLines(slack('accounts:', '  - name: prod')), [
        'chatops.yml:6:9: configurations[0].accounts[0].id: expected a 12-digit AWS account ID in quotes (required unless serviceCredentials is true); given nothing',
      ]);
    });

    it('refuses a channel role or user role of another account', () => {
      assert.deepEqual(problemLines(slack('accounts:', `  - id: "${PROD}"`, `    channelRole: ${role(STAGING, 'Chat')}`, `    userRoles: [${role(PROD, 'Reader')}, ${role(STAGING, 'Admin')}]`)), [
        `chatops.yml:7:22: configurations[0].accounts[0].channelRole: expected a role of account ${PROD} (this ARN is in account ${STAGING}); given "${role(STAGING, 'Chat')}"`,
        `chatops.yml:8:60: configurations[0].accounts[0].userRoles[1]: expected a role of account ${PROD} (this ARN is in account ${STAGING}); given "${role(STAGING, 'Admin')}"`,
      ]);
    });

    it('refuses a channel role on an account that uses the service credentials', () => {
      assert.deepEqual(problemLines(slack('accounts:', '  - name: local', '    serviceCredentials: true', `    channelRole: ${role(PROD, 'Chat')}`)), [
        "chatops.yml:7:29: configurations[0].accounts[0].serviceCredentials: expected serviceCredentials without channelRole or userRoles (the service's own credentials assume no role); given true",
      ]);
    });

    it('refuses an account listed twice, and two accounts with the same name', () => {
      assert.deepEqual(problemLines(slack('accounts:', `  - { id: "${PROD}", name: prod }`, `  - { id: "${PROD}", name: production }`, `  - { id: "${STAGING}", name: Prod }`)), [
        `chatops.yml:7:9: configurations[0].accounts[1]: expected each account once (${PROD} is listed twice); given a mapping`,
        'chatops.yml:8:37: configurations[0].accounts[2].name: expected a name no other account of this configuration has (accounts[0] has it too; @aws set default-account picks an account by id or by name, in any case); given "Prod"',
      ]);
    });

    it('asks for a channel role when user roles are disabled', () => {
      assert.deepEqual(problemLines(slack('userRoles: disabled', 'accounts:', `  - id: "${PROD}"`, `    userRoles: [${role(PROD, 'Reader')}]`, '  - name: local', '    serviceCredentials: true')), [
        'chatops.yml:7:9: configurations[0].accounts[0].channelRole: expected a channel role (userRoles is disabled, so members have no other role to run commands with); given nothing',
      ]);
    });

    it('names the keys of an account and suggests the one a typo meant', () => {
      assert.deepEqual(problemLines(slack('accounts:', `  - id: "${PROD}"`, `    chanelRole: ${role(PROD, 'Chat')}`)), [
        'chatops.yml:7:9: configurations[0].accounts[0].chanelRole: expected one of the keys id, name, channelRole, externalId, userRoles, region, serviceCredentials (did you mean "channelRole"?); given the unknown key "chanelRole"',
      ]);
    });
  });

  describe('guardrails', () => {
    it('refuses an AWS service-role policy as a guardrail', () => {
      assert.deepEqual(problemLines(slack('guardrailPolicyArns:', '  - arn:aws:iam::aws:policy/aws-service-role/AmazonSSMServiceRolePolicy')), [
        "chatops.yml:6:9: configurations[0].guardrailPolicyArns[0]: expected a policy that is not an AWS service-role policy (those can't be guardrails); given \"arn:aws:iam::aws:policy/aws-service-role/AmazonSSMServiceRolePolicy\"",
      ]);
    });

    it("refuses ten guardrails next to the protection policy's ReadOnlyAccess: STS takes at most ten", () => {
      assert.deepEqual(problemLines(slack('guardrailPolicyArns:', ...tenPolicies)), [
        "chatops.yml:6:7: configurations[0].guardrailPolicyArns: expected at most 10 guardrail policies, the protection policy's ReadOnlyAccess included (STS passes at most 10 to a session); given a list of 10 items",
      ]);
    });

    it('accepts ten guardrails once the protection policy is detached, or when ReadOnlyAccess is one of them', () => {
      assert.equal(parse(slack('protectionPolicy: false', 'guardrailPolicyArns:', ...tenPolicies)).configurations.length, 1);
      const withReadOnly = [...tenPolicies.slice(0, 9), '  - arn:aws:iam::aws:policy/ReadOnlyAccess'];
      assert.equal(parse(slack('guardrailPolicyArns:', ...withReadOnly)).configurations.length, 1);
    });
  });

  describe('keys that belong to other platforms', () => {
    it('refuses every permission key on a webhook configuration, which runs no commands', () => {
      const yaml = [
        'configurations:',
        '  - name: hook',
        '    platform: webhook',
        '    webhookUrl: https://hooks.example.com/x',
        `    accounts: [{ id: "${PROD}" }]`,
        '    guardrailPolicyArns: []',
        '    protectionPolicy: false',
        '    userRoles: required',
        '    channelType: private',
        '',
      ].join('\n');

      assert.deepEqual(problemLines(yaml), [
        "chatops.yml:5:15: configurations[0].accounts: expected no accounts when platform is webhook (a webhook can't run commands); given a list of 1 item",
        "chatops.yml:6:26: configurations[0].guardrailPolicyArns: expected no guardrailPolicyArns when platform is webhook (a webhook can't run commands); given a list of 0 items",
        "chatops.yml:7:23: configurations[0].protectionPolicy: expected no protectionPolicy when platform is webhook (a webhook can't run commands); given false",
        "chatops.yml:8:16: configurations[0].userRoles: expected no userRoles when platform is webhook (a webhook can't run commands); given \"required\"",
        "chatops.yml:9:18: configurations[0].channelType: expected no channelType when platform is webhook (a webhook can't run commands); given \"private\"",
      ]);
    });

    it('refuses a Teams tenant and team on a Slack configuration', () => {
      assert.deepEqual(problemLines(slack('tenantId: tenant-1', 'teamId: team-1')), [
        'chatops.yml:5:15: configurations[0].tenantId: expected no tenantId when platform is slack (only Teams configurations name one); given "tenant-1"',
        'chatops.yml:6:13: configurations[0].teamId: expected no teamId when platform is slack (only Teams configurations name one); given "team-1"',
      ]);
    });
  });
});

describe('user roles required by account', () => {
  it('refuses a configuration that disables user roles in an account that requires them', () => {
    const yaml = `permissions:
  requireUserRolesInAccounts: ["111122223333"]
configurations:
  - name: ops
    platform: sandbox
    channelId: ops
    userRoles: disabled
    accounts:
      - id: "111122223333"
        channelRole: arn:aws:iam::111122223333:role/ChatOpsChannel
`;
    assert.throws(() => parseConfigText(yaml, { env: {} }), /configurations\[0\]\.accounts\[0\]: expected user roles allowed or required \(permissions\.requireUserRolesInAccounts requires them in account 111122223333\); given userRoles: disabled/);
  });
});
