/**
 * Who runs with which account and role: the channel's configuration (from chatops.yml text),
 * the user's own role and default account (the memory store, which passes the same contract as
 * PGlite and PostgreSQL), the account-level requirement and the org chat policy.
 */
import assert from 'node:assert/strict';
import { createMemoryStore } from '../../src/adapters/store/memory-store.js';
import { parseConfigText } from '../../src/config/load-config.js';
import type { ChatChannelConfiguration } from '../../src/config/schema.js';
import type { AccessDeps, Actor, OrgGate } from '../../src/permissions/access-types.js';
import { authorize, userRoleKey } from '../../src/permissions/authorize.js';
import { rememberDefaultAccount } from '../../src/permissions/default-account.js';

const PROD = '111122223333';
const DEV = '444455556666';
const CHANNEL_ROLE = `arn:aws:iam::${PROD}:role/ChatOpsChannel`;
const OPS_ROLE = `arn:aws:iam::${PROD}:role/Ops`;

function configurations(yaml: string): ChatChannelConfiguration[] {
  return parseConfigText(yaml, { env: {} }).configurations as ChatChannelConfiguration[];
}

const ONE_ACCOUNT = `configurations:
  - name: ops
    platform: sandbox
    channelId: ops
    accounts:
      - id: "${PROD}"
        name: production
        channelRole: ${CHANNEL_ROLE}
        userRoles: [${OPS_ROLE}]
`;

const TWO_ACCOUNTS = `configurations:
  - name: ops
    platform: sandbox
    channelId: ops
    accounts:
      - { id: "${PROD}", name: production, channelRole: ${CHANNEL_ROLE} }
      - { id: "${DEV}", name: dev, channelRole: arn:aws:iam::${DEV}:role/ChatOpsChannel }
`;

const alice: Actor = { platform: 'sandbox', channelId: 'ops', userId: 'alice', userName: 'alice' };
const bob: Actor = { platform: 'sandbox', channelId: 'ops', userId: 'bob' };

function deps(yaml: string, extra: Partial<AccessDeps> = {}) {
  let now = new Date('2026-12-06T10:00:00Z');
  const clock = { now: () => now };
  const store = createMemoryStore({ clock });
  const access: AccessDeps = {
    configurations: configurations(yaml),
    userRoles: store.userRoles,
    defaultAccounts: store.defaultAccounts,
    audit: store.audit,
    roleSessions: { assume: () => Promise.reject(new Error('authorize never calls STS')) },
    policyDocuments: { managedPolicy: async () => undefined, rolePolicies: async () => undefined },
    clock,
    requireUserRolesInAccounts: [],
    ...extra,
  };
  return { access, later: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

describe('authorizing a command', () => {
  it('refuses a channel with no accounts, saying how to add one', async () => {
    const { access } = deps(ONE_ACCOUNT);
    await assert.rejects(authorize({ ...alice, channelId: 'elsewhere' }, access), (e: Error & { code?: string; nextStep?: string }) => e.code === 'NO_ACCOUNT' && /accounts:/.test(e.nextStep ?? ''));
  });

  it('runs with the channel role and the protection policy when the user has no role of their own', async () => {
    const { access } = deps(ONE_ACCOUNT);
    const decision = await authorize(alice, access);
    assert.equal(decision.kind, 'allowed');
    if (decision.kind !== 'allowed') return;
    assert.deepEqual(decision.role, { kind: 'channel', arn: CHANNEL_ROLE });
    assert.deepEqual(decision.guardrails.policyArns, ['arn:aws:iam::aws:policy/ReadOnlyAccess']);
    assert.ok(decision.guardrails.inline, 'the protection statement goes as the inline session policy');
  });

  it('uses the role the user chose, and never another user\'s', async () => {
    const { access } = deps(ONE_ACCOUNT);
    const configuration = access.configurations[0]!;
    await access.userRoles.set({ ...userRoleKey(alice, configuration, configuration.accounts[0]!), roleArn: OPS_ROLE, setAt: '2026-12-06T09:00:00Z' });
    const mine = await authorize(alice, access);
    const theirs = await authorize(bob, access);
    assert.deepEqual(mine.kind === 'allowed' && mine.role, { kind: 'user', arn: OPS_ROLE });
    assert.deepEqual(theirs.kind === 'allowed' && theirs.role, { kind: 'channel', arn: CHANNEL_ROLE });
  });

  it('asks for a role when the channel requires user roles', async () => {
    const { access } = deps(ONE_ACCOUNT.replace('    accounts:', '    userRoles: required\n    accounts:'));
    const decision = await authorize(alice, access);
    assert.equal(decision.kind, 'ask-role');
  });

  it('asks for a role when the account requires user roles, whatever the channel says', async () => {
    const { access } = deps(ONE_ACCOUNT, { requireUserRolesInAccounts: [PROD] });
    assert.equal((await authorize(alice, access)).kind, 'ask-role');
  });

  it('asks for a role when the account has no channel role', async () => {
    const { access } = deps(ONE_ACCOUNT.replace(`        channelRole: ${CHANNEL_ROLE}\n`, ''));
    assert.equal((await authorize(alice, access)).kind, 'ask-role');
  });

  it('ignores a stored user role where user roles are disabled', async () => {
    const { access } = deps(ONE_ACCOUNT.replace('    accounts:', '    userRoles: disabled\n    accounts:').replace(`        userRoles: [${OPS_ROLE}]\n`, ''));
    const configuration = access.configurations[0]!;
    await access.userRoles.set({ ...userRoleKey(alice, configuration, configuration.accounts[0]!), roleArn: OPS_ROLE, setAt: '2026-12-06T09:00:00Z' });
    const decision = await authorize(alice, access);
    assert.deepEqual(decision.kind === 'allowed' && decision.role, { kind: 'channel', arn: CHANNEL_ROLE });
  });

  it('asks which account when the channel has several and the user has no default', async () => {
    const { access } = deps(TWO_ACCOUNTS);
    assert.equal((await authorize(alice, access)).kind, 'ask-account');
  });

  it('uses the default account for 7 days, then asks again', async () => {
    const { access, later } = deps(TWO_ACCOUNTS);
    await rememberDefaultAccount(alice, DEV, access);
    const first = await authorize(alice, access);
    assert.equal(first.kind === 'allowed' && first.account.id, DEV);
    later(7 * 86_400_000 - 1000);
    const stillThere = await authorize(alice, access);
    assert.equal(stillThere.kind === 'allowed' && stillThere.account.id, DEV);
    later(2000);
    assert.equal((await authorize(alice, access)).kind, 'ask-account');
    assert.equal((await authorize(bob, access)).kind, 'ask-account', 'another user has no default of their own');
  });

  it('uses an account named for one command', async () => {
    const { access } = deps(TWO_ACCOUNTS);
    const decision = await authorize(alice, access, { account: 'dev' });
    assert.equal(decision.kind === 'allowed' && decision.account.id, DEV);
    await assert.rejects(authorize(alice, access, { account: 'staging' }), /no account "staging"/);
  });

  describe('with an org chat policy', () => {
    const gate =
      (rules: { platform?: boolean; userRole?: boolean; channelRole?: boolean; required?: boolean; guardrails?: string[] }): OrgGate =>
      (use) => {
        if (rules.platform === false) return { allowed: false, clause: 'chatbot.platforms.sandbox.client', reason: 'Chat is disabled for this platform by your organization.' };
        if (use.roleSetting === 'user_role' && rules.userRole === false) return { allowed: false, clause: 'chatbot.default.supported_role_settings', reason: 'User roles are not allowed.' };
        if (use.roleSetting === 'channel_role' && rules.channelRole === false) return { allowed: false, clause: 'chatbot.default.supported_role_settings', reason: 'Channel roles are not allowed.' };
        return { allowed: true, userRolesRequired: rules.required ?? false, channelRoleAllowed: rules.channelRole !== false, defaultGuardrailPolicyArns: rules.guardrails ?? [] };
      };

    it('refuses a platform the policy disables, naming the clause', async () => {
      const { access } = deps(ONE_ACCOUNT, { org: gate({ platform: false }) });
      await assert.rejects(authorize(alice, access), (e: Error & { code?: string; policy?: string }) => e.code === 'ORG_POLICY_DENIED' && e.policy === 'org chat policy: chatbot.platforms.sandbox.client');
    });

    it('asks for a user role when the policy allows only user roles', async () => {
      const { access } = deps(ONE_ACCOUNT, { org: gate({ channelRole: false, required: true }) });
      assert.equal((await authorize(alice, access)).kind, 'ask-role');
    });

    it('refuses when the policy forbids user roles and the channel requires them', async () => {
      const { access } = deps(ONE_ACCOUNT.replace('    accounts:', '    userRoles: required\n    accounts:'), { org: gate({ userRole: false }) });
      await assert.rejects(authorize(alice, access), (e: Error & { code?: string }) => e.code === 'ORG_POLICY_DENIED');
    });

    it('adds the policy\'s default guardrails', async () => {
      const { access } = deps(ONE_ACCOUNT, { org: gate({ guardrails: [`arn:aws:iam::${PROD}:policy/OrgGuardrail`] }) });
      const decision = await authorize(alice, access);
      assert.deepEqual(decision.kind === 'allowed' && decision.guardrails.policyArns, ['arn:aws:iam::aws:policy/ReadOnlyAccess', `arn:aws:iam::${PROD}:policy/OrgGuardrail`]);
    });
  });
});
