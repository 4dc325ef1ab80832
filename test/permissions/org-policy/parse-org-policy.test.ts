import assert from 'node:assert/strict';
import { decide, OrgPolicyError, parseOrgPolicy } from '../../../src/permissions/org-policy/index.js';
import { assign, policyOf, TUTORIAL } from './policies.js';

/** The problem lines of a policy that must be refused. */
function problemsOf(text: string): readonly string[] {
  try {
    parseOrgPolicy(text);
  } catch (e) {
    assert.ok(e instanceof OrgPolicyError, String(e));
    assert.equal(e.code, 'ORG_POLICY_INVALID');
    return e.problems;
  }
  assert.fail('the policy was accepted');
}
const problemsOfDoc = (doc: unknown) => problemsOf(JSON.stringify(doc));
const slackWorkspaces = (level: unknown) => ({ chatbot: { platforms: { slack: { workspaces: level } } } });

describe('reading an organization chat policy', () => {
  it('reads the tutorial policy, Chime included (always denied: we have no Chime)', () => {
    const policy = policyOf(TUTORIAL);
    assert.deepEqual(policy.platforms.chime, { client: 'disabled' });
    assert.deepEqual(policy.platforms.slack?.workspaces, ['T0ALLOWED1', 'T0ALLOWED2']);
  });

  it('accepts // and /* */ comments outside strings, and keeps // inside strings', () => {
    const text = `{ /* org root */ "chatbot": { "platforms": { "slack": {
      "workspaces": { "@@assign": ["T//1", "T/*2*/"] } // limit 255
    } } } }`;
    assert.deepEqual(parseOrgPolicy(text).platforms.slack?.workspaces, ['T//1', 'T/*2*/']);
  });

  it('says where JSON breaks, and an unclosed comment', () => {
    assert.deepEqual(problemsOf('{"chatbot": {},\n }'), ['line 2, column 2: expected JSON (// and /* */ comments are allowed); given text that is not JSON (Expected double-quoted property name)']);
    assert.deepEqual(problemsOf('{\n  /* open'), ['line 2, column 3: expected */ to close the comment opened here; given the end of the text']);
  });

  it('refuses an unknown key with a hint', () => {
    const problems = problemsOfDoc({ chatbot: { platforms: { slack: { worksapces: assign(['T1']) } } } });
    assert.deepEqual(problems, ['chatbot.platforms.slack.worksapces: expected one of the keys client, workspaces, default, overrides, @@operators_allowed_for_child_policies (did you mean "workspaces"?); given the unknown key "worksapces"']);
  });

  it('refuses a misspelt operator with a hint, and a list operator on a single value', () => {
    const problems = problemsOfDoc({ chatbot: { platforms: { slack: { workspaces: { '@@asign': ['T1'] }, client: { '@@append': ['enabled'] } } } } });
    assert.deepEqual(problems, [
      'chatbot.platforms.slack.client.@@append: expected one of the keys @@assign, @@operators_allowed_for_child_policies (@@append works only on lists); given the unknown key "@@append"',
      'chatbot.platforms.slack.workspaces.@@asign: expected one of the keys @@assign, @@append, @@remove, @@operators_allowed_for_child_policies (did you mean "@@assign"?); given the unknown key "@@asign"',
    ]);
  });

  it('checks values: client, channel types, role settings, guardrail ARNs, operators (in the order of the policy format)', () => {
    const problems = problemsOfDoc({
      chatbot: {
        default: { client: assign('off'), default_guardrail_policy_arns: assign(['ReadOnlyAccess']) },
        platforms: {
          slack: { default: { supported_channel_types: assign(['secret']) }, overrides: { T1: { supported_role_settings: assign(['admin_role']) }, '@@assing': {} } },
          microsoft_teams: { tenants: { t1: ['team1'] } },
          sandbox: { '@@operators_allowed_for_child_policies': ['@@all', '@@assign'] },
        },
      },
    });
    assert.deepEqual(problems, [
      'chatbot.platforms.slack.default.supported_channel_types.@@assign[0]: expected one of public, private; given "secret"',
      'chatbot.platforms.slack.overrides.T1.supported_role_settings.@@assign[0]: expected one of channel_role, user_role; given "admin_role"',
      'chatbot.platforms.slack.overrides.@@assing: expected a Slack workspace id or @@operators_allowed_for_child_policies; given the unknown operator "@@assing"',
      'chatbot.platforms.microsoft_teams.tenants.t1: expected a mapping with an inheritance operator, like {"@@assign": [...]}; given a list of 1 item',
      'chatbot.platforms.sandbox.@@operators_allowed_for_child_policies: expected @@all or @@none on its own; given a list of 2 items',
      'chatbot.default.client.@@assign: expected one of enabled, disabled; given "off"',
      'chatbot.default.default_guardrail_policy_arns.@@assign[0]: expected a managed policy ARN like arn:aws:iam::aws:policy/ReadOnlyAccess; given "ReadOnlyAccess"',
    ]);
  });

  it('refuses @@assign together with @@append in one setting', () => {
    assert.deepEqual(problemsOfDoc(slackWorkspaces({ '@@assign': ['T1'], '@@append': ['T2'] })), [
      'chatbot.platforms.slack.workspaces.@@assign: expected @@assign alone, or @@append / @@remove without @@assign (@@assign replaces what they would change); given both',
    ]);
  });

  it('refuses __proto__ as an id, and keeps ids like "constructor" from reaching Object', () => {
    const proto = problemsOf('{"chatbot": {"platforms": {"slack": {"overrides": {"__proto__": {}}}}}}');
    assert.deepEqual(proto, ['chatbot.platforms.slack.overrides.__proto__: expected a Slack workspace id or @@operators_allowed_for_child_policies; given the key "__proto__"']);
    const policy = policyOf({
      chatbot: { platforms: { slack: { overrides: { constructor: { supported_role_settings: assign(['user_role']) } } }, microsoft_teams: { tenants: { toString: assign(['x']) } } } },
    });
    assert.equal(Object.hasOwn(Object, 'supported_role_settings'), false);
    assert.equal(Object.hasOwn(Object.prototype, 'supported_role_settings'), false);
    assert.equal(decide(policy, { platform: 'slack', workspaceId: 'constructor', roleSetting: 'channel_role' }).allowed, false);
    assert.equal(decide(policy, { platform: 'slack', workspaceId: 'valueOf', roleSetting: 'channel_role' }).allowed, true);
    assert.equal(decide(policy, { platform: 'teams', tenantId: 'hasOwnProperty', teamId: 'x', roleSetting: 'channel_role' }).allowed, false);
  });

  describe("the reference's limits", () => {
    const ids = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

    it('accepts 255 Slack workspaces and refuses 256', () => {
      assert.equal(policyOf(slackWorkspaces(assign(ids(255, 'T')))).platforms.slack?.workspaces?.length, 255);
      assert.deepEqual(problemsOfDoc(slackWorkspaces(assign(ids(256, 'T')))), ['chatbot.platforms.slack.workspaces.@@assign: expected at most 255 Slack workspace ids (the reference\'s limit); given a list of 256 items']);
    });

    it('refuses more than 255 workspace overrides, 36 tenants and 36 teams of a tenant', () => {
      const overrides = Object.fromEntries(ids(256, 'T').map((id) => [id, {}]));
      const tenants = Object.fromEntries(ids(37, 'tenant').map((id) => [id, assign(['team'])]));
      const problems = problemsOfDoc({ chatbot: { platforms: { slack: { overrides }, microsoft_teams: { tenants: { ...tenants, tenant0: assign(ids(37, 'team')) } } } } });
      assert.deepEqual(problems, [
        'chatbot.platforms.microsoft_teams.tenants.tenant0.@@assign: expected at most 36 team ids (the reference\'s limit); given a list of 37 items',
      ]);
      const folded = problemsOfDoc({ chatbot: { platforms: { slack: { overrides }, microsoft_teams: { tenants } } } });
      assert.deepEqual(folded, [
        "chatbot.platforms.slack.overrides: expected at most 255 workspace overrides, the reference's limit; given 256 workspace overrides",
        "chatbot.platforms.microsoft_teams.tenants: expected at most 36 tenants, the reference's limit; given 37 tenants",
      ]);
    });

    it('counts the workspaces appended across levels', () => {
      const problems = problemsOfDoc([slackWorkspaces(assign(ids(200, 'A'))), slackWorkspaces({ '@@append': ids(100, 'B') })]);
      assert.deepEqual(problems, ["chatbot.platforms.slack.workspaces: expected at most 255 Slack workspace ids, the reference's limit (after folding 2 levels); given a list of 300 items"]);
    });
  });

  it('refuses a text that is neither a policy nor a list of levels', () => {
    assert.deepEqual(problemsOf('"chatbot"'), ['(the whole policy): expected a policy (a JSON mapping with "chatbot") or a list of policy levels [root, ou, …, account]; given a string']);
    assert.deepEqual(problemsOf('[]'), ['(the whole policy): expected a policy (a JSON mapping with "chatbot") or a list of policy levels [root, ou, …, account]; given an empty list']);
  });

  it('puts every problem in one error with a headline and the next step', () => {
    try {
      parseOrgPolicy('{"chatbot": {"platform": {}}}', 'org-policy.json');
      assert.fail('accepted');
    } catch (e) {
      assert.ok(e instanceof OrgPolicyError);
      assert.match(e.userMessage, /^The organization chat policy org-policy\.json has 1 problem:\nchatbot\.platform: expected one of the keys platforms, default/);
      assert.match(e.nextStep ?? '', /Fix the policy/);
    }
  });

  it('decides with the effective policy of the levels', () => {
    const policy = policyOf([slackWorkspaces(assign(['T1'])), slackWorkspaces({ '@@append': ['T2'] })]);
    assert.equal(decide(policy, { platform: 'slack', workspaceId: 'T2', roleSetting: 'channel_role' }).allowed, true);
  });
});
