/**
 * The `permissions:` section of chatops.yml and the org chat policy file it names: the policy is
 * read when the configuration loads, and a configuration it forbids stops the start with the
 * configuration's name and the clause, as the reference's tutorial expects (000, "Tutorial:
 * Creating a Chatbot policy"). Files are written to a temporary directory.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load-config.js';
import { OrgPolicyError } from '../../src/permissions/org-policy/index.js';
import { configErrorOf, parse, problemLines, tempDir } from './helpers.js';

/** The tutorial's policy, written as the reference writes it (comments included): no Chime, no Teams, Slack in one named workspace, private channels, user roles only. */
const TUTORIAL_POLICY = `{
  "chatbot": {
    "platforms": {
      "chime": { "client": { "@@assign": "disabled" } },
      "microsoft_teams": { "client": { "@@assign": "disabled" } },
      "slack": {
        "client": { "@@assign": "enabled" },
        "workspaces": { "@@assign": ["T0ALLOWED1"] }, // limit 255
        "default": {
          "supported_channel_types": { "@@assign": ["private"] },
          "supported_role_settings": { "@@assign": ["user_role"] }
        }
      }
    }
  }
}
`;

const HEAD = 'permissions:\n  orgPolicyFile: org-policy.json\nconfigurations:\n';
const ACCOUNT = '    accounts:\n      - id: "111122223333"\n';
/** A Slack configuration under `configurations:`; `lines` are extra keys of the item. */
const slack = (name: string, workspaceId: string, ...lines: string[]) =>
  `  - name: ${name}\n    platform: slack\n    channelId: C0123456789\n    workspaceId: ${workspaceId}\n${lines.map((l) => `    ${l}\n`).join('')}${ACCOUNT}`;
const TEAMS = '  - name: teams-deploys\n    platform: teams\n    channelId: "19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2"\n';
const REFUSED = 'is refused by the organization chat policy';

describe('the org chat policy file', () => {
  let dir: string;
  let remove: () => void;
  beforeEach(() => ({ dir, remove } = tempDir()));
  afterEach(() => remove());

  /** Writes the policy and chatops.yml, then loads it. */
  const load = (configurations: string, policy = TUTORIAL_POLICY) => {
    writeFileSync(join(dir, 'org-policy.json'), policy);
    writeFileSync(join(dir, 'chatops.yml'), HEAD + configurations);
    return () => loadConfig({ env: {}, cwd: dir });
  };
  const refusals = (configurations: string) => configErrorOf(load(configurations)).lines();

  it('loads the configurations the policy allows and keeps the policy for the check on every command', () => {
    const loaded = load(slack('ops', 'T0ALLOWED1', 'channelType: private') + slack('ops-unknown-type', 'T0ALLOWED1'))();

    assert.equal(loaded.permissions.orgPolicyFile, join(dir, 'org-policy.json'));
    assert.equal(loaded.permissions.orgPolicy?.platforms.slack?.workspaces?.[0], 'T0ALLOWED1');
    assert.deepEqual(loaded.configurations.map((c) => c.name), ['ops', 'ops-unknown-type']);
  });

  it('refuses to start when the policy file is missing', () => {
    writeFileSync(join(dir, 'chatops.yml'), HEAD + slack('ops', 'T0ALLOWED1'));

    assert.deepEqual(configErrorOf(() => loadConfig({ env: {}, cwd: dir })).lines(), [
      `chatops.yml: permissions.orgPolicyFile: expected a readable org chat policy file; given ${join(dir, 'org-policy.json')} (no such file)`,
    ]);
  });

  it('refuses to start with an invalid policy, listing every problem in it', () => {
    const invalid = '{ "chatbot": { "platforms": { "slack": { "client": { "@@assign": "on" }, "workspace": { "@@assign": ["T1"] },\n  "default": { "supported_role_settings": { "@@assign": ["user_roles"] } } } } } }';

    assert.throws(load(slack('ops', 'T0ALLOWED1'), invalid), (e: unknown) => {
      assert.ok(e instanceof OrgPolicyError);
      assert.equal(e.code, 'ORG_POLICY_INVALID');
      assert.deepEqual(e.problems, [
        'chatbot.platforms.slack.client.@@assign: expected one of enabled, disabled; given "on"',
        'chatbot.platforms.slack.default.supported_role_settings.@@assign[0]: expected one of channel_role, user_role; given "user_roles"',
        'chatbot.platforms.slack.workspace: expected one of the keys client, workspaces, default, overrides, @@operators_allowed_for_child_policies (did you mean "workspaces"?); given the unknown key "workspace"',
      ]);
      return true;
    });
  });

  describe("the tutorial's configurations that must be refused", () => {
    it('a configuration for Microsoft Teams, even one that only posts notifications', () => {
      assert.deepEqual(refusals(TEAMS), [
        `chatops.yml: configurations[0]: configuration "teams-deploys" (Microsoft Teams) ${REFUSED}, chatbot.platforms.microsoft_teams.client: chat commands and notifications in Microsoft Teams are turned off`,
      ]);
    });

    it('a Slack configuration for a workspace the policy does not list', () => {
      assert.deepEqual(refusals(slack('other-team', 'T0OTHER99')), [
        `chatops.yml: configurations[0]: configuration "other-team" (Slack) ${REFUSED}, chatbot.platforms.slack.workspaces: Slack workspace T0OTHER99 is not one of its allowed workspaces`,
      ]);
    });

    it('a Slack configuration that uses a channel role where only user roles are allowed', () => {
      const withChannelRole = slack('shared-role', 'T0ALLOWED1') + '        channelRole: arn:aws:iam::111122223333:role/ChatOpsChannelRole\n';

      assert.deepEqual(refusals(withChannelRole), [
        `chatops.yml: configurations[0]: configuration "shared-role" (Slack) ${REFUSED}, chatbot.platforms.slack.default.supported_role_settings: it uses a channel role, and the policy allows only user roles`,
      ]);
    });

    it('all three at once, in one error that says who can change the policy', () => {
      const error = configErrorOf(load(TEAMS + slack('other-team', 'T0OTHER99') + slack('no-user-roles', 'T0ALLOWED1', 'userRoles: disabled') + '        channelRole: arn:aws:iam::111122223333:role/Chat\n'));

      assert.deepEqual(error.problems.map((p) => p.path), ['configurations[0]', 'configurations[1]', 'configurations[2]', 'configurations[2]']);
      assert.match(error.problems[0]!.text, /"teams-deploys" .*microsoft_teams\.client:/);
      assert.match(error.problems[1]!.text, /"other-team" .*slack\.workspaces:/);
      assert.match(error.problems[2]!.text, /"no-user-roles" .*supported_role_settings: it uses a channel role/);
      assert.match(error.nextStep ?? '', /ask your organization administrator to change the chat policy/);
    });
  });

  it('refuses a configuration that disables user roles where the policy requires them', () => {
    assert.deepEqual(refusals(slack('no-user-roles', 'T0ALLOWED1', 'userRoles: disabled') + '        channelRole: arn:aws:iam::111122223333:role/Chat\n').slice(-1), [
      `chatops.yml: configurations[0]: configuration "no-user-roles" (Slack) ${REFUSED}, chatbot.platforms.slack.default.supported_role_settings: the policy requires user roles, and the configuration lets no member use one (allow or require user roles)`,
    ]);
  });

  it('leaves a disabled configuration alone', () => {
    assert.equal(load(`${TEAMS}    enabled: false\n`)().configurations.length, 1);
  });
});

describe('the permissions section', () => {
  it('may be left out or empty: no org policy, no account requires user roles', () => {
    assert.deepEqual(parse('configurations: []\n').permissions, { requireUserRolesInAccounts: [] });
    assert.deepEqual(parse('permissions:\n  # orgPolicyFile: org-policy.json\n').permissions, { requireUserRolesInAccounts: [] });
  });

  it('asks for account ids in quotes in requireUserRolesInAccounts and names its keys', () => {
    assert.deepEqual(problemLines('permissions:\n  requireUserRolesInAccounts: ["111122223333", 444455556666]\n  orgPolicyFle: policy.json\n'), [
      'chatops.yml:2:48: permissions.requireUserRolesInAccounts[1]: expected a list of 12-digit AWS account IDs in quotes; given 444455556666',
      'chatops.yml:3:3: permissions.orgPolicyFle: expected one of the keys orgPolicyFile, requireUserRolesInAccounts (did you mean "orgPolicyFile"?); given the unknown key "orgPolicyFle"',
    ]);
  });
});
