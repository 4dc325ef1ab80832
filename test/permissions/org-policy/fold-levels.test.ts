import assert from 'node:assert/strict';
import { OrgPolicyError } from '../../../src/permissions/org-policy/index.js';
import { assign, policyOf } from './policies.js';

const OPS = '@@operators_allowed_for_child_policies';
const slack = (body: Record<string, unknown>) => ({ chatbot: { platforms: { slack: body } } });

function refusal(levels: unknown[]): readonly string[] {
  try {
    policyOf(levels);
  } catch (e) {
    assert.ok(e instanceof OrgPolicyError, String(e));
    return e.problems;
  }
  assert.fail('the levels were accepted');
}

describe('folding policy levels root → OU → account', () => {
  it('@@append adds workspaces to the inherited list, @@remove takes them out', () => {
    const policy = policyOf([
      slack({ workspaces: assign(['T1', 'T2']) }),
      slack({ workspaces: { '@@append': ['T3', 'T1'] } }),
      slack({ workspaces: { '@@remove': ['T2'] } }),
    ]);
    assert.deepEqual(policy.platforms.slack?.workspaces, ['T1', 'T3']);
    assert.equal(policy.levels, 3);
  });

  it('@@assign at a lower level replaces the inherited list and value', () => {
    const policy = policyOf([slack({ client: assign('disabled'), workspaces: assign(['T1']) }), slack({ client: assign('enabled'), workspaces: assign(['T9']) })]);
    assert.equal(policy.platforms.slack?.client, 'enabled');
    assert.deepEqual(policy.platforms.slack?.workspaces, ['T9']);
  });

  it('a list emptied by @@remove allows nothing (it does not fall back to "any")', () => {
    const policy = policyOf([slack({ workspaces: assign(['T1']) }), slack({ workspaces: { '@@remove': ['T1'] } })]);
    assert.deepEqual(policy.platforms.slack?.workspaces, []);
  });

  it('@@remove with nothing inherited leaves the setting unset', () => {
    assert.equal(policyOf([slack({}), slack({ workspaces: { '@@remove': ['T1'] } })]).platforms.slack?.workspaces, undefined);
  });

  it('@@append adds Teams tenants and role settings in lower levels', () => {
    const policy = policyOf([
      { chatbot: { platforms: { microsoft_teams: { tenants: { t1: assign(['a']) }, default: { supported_role_settings: assign(['user_role']) } } } } },
      { chatbot: { platforms: { microsoft_teams: { tenants: { t1: { '@@append': ['b'] }, t2: assign(['c']) }, default: { supported_role_settings: { '@@append': ['channel_role'] } } } } } },
    ]);
    assert.deepEqual(policy.platforms.microsoft_teams?.tenants, { t1: ['a', 'b'], t2: ['c'] });
    assert.deepEqual(policy.platforms.microsoft_teams?.default.roleSettings, ['user_role', 'channel_role']);
  });

  it('refuses a child using an operator its parent forbids, naming both places', () => {
    const problems = refusal([slack({ [OPS]: ['@@assign'], workspaces: assign(['T1']) }), slack({}), slack({ workspaces: { '@@append': ['T2'] } })]);
    assert.deepEqual(problems, [
      '[2].chatbot.platforms.slack.workspaces.@@append: expected an operator the parent policy allows here (@@assign), set by [0].chatbot.platforms.slack.@@operators_allowed_for_child_policies; given @@append',
    ]);
  });

  it('refuses any change below @@none, even @@assign', () => {
    const problems = refusal([{ chatbot: { [OPS]: ['@@none'], default: { client: assign('disabled') } } }, { chatbot: { default: { client: assign('enabled') } } }]);
    assert.deepEqual(problems, ['[1].chatbot.default.client.@@assign: expected no change: the parent policy allows no operator here, set by [0].chatbot.@@operators_allowed_for_child_policies; given @@assign']);
  });

  it("a child can't widen what its parent allows", () => {
    const problems = refusal([
      slack({ workspaces: { [OPS]: ['@@remove'], '@@assign': ['T1', 'T2'] } }),
      slack({ workspaces: { [OPS]: ['@@all'], '@@remove': ['T2'] } }),
      slack({ workspaces: { '@@append': ['T3'] } }),
    ]);
    assert.deepEqual(problems, ['[2].chatbot.platforms.slack.workspaces.@@append: expected an operator the parent policy allows here (@@remove), set by [0].chatbot.platforms.slack.workspaces.@@operators_allowed_for_child_policies; given @@append']);
  });

  it('a restriction binds lower levels only, not the level that sets it', () => {
    const policy = policyOf([slack({ [OPS]: ['@@none'], workspaces: assign(['T1']) })]);
    assert.deepEqual(policy.platforms.slack?.workspaces, ['T1']);
  });

  it('numbers the level in a schema problem', () => {
    assert.deepEqual(refusal([slack({}), slack({ workspace: assign(['T1']) })]), [
      '[1].chatbot.platforms.slack.workspace: expected one of the keys client, workspaces, default, overrides, @@operators_allowed_for_child_policies (did you mean "workspaces"?); given the unknown key "workspace"',
    ]);
  });
});
