/**
 * The folded tree (plain values, already checked level by level) becomes a typed OrgPolicy. The
 * reference's limits are checked again here because `@@append` across levels can pass them.
 */
import { describeValue } from '../../config/problems.js';
import { ORG_POLICY_LIMITS } from './policy-spec.js';
import { problemLine } from './policy-problems.js';
import type { ClientState, OrgPolicy, PlatformPolicy, PolicyChannelType, PolicySettings, RoleSetting, SlackPolicy, TeamsPolicy } from './policy-types.js';

type Tree = Record<string, unknown>;

export function effectivePolicy(tree: Tree, levels: number): { policy: OrgPolicy; problems: string[] } {
  const problems: string[] = [];
  const note = levels > 1 ? ` (after folding ${levels} levels)` : '';
  const limit = (path: string[], value: unknown, max: number, words: string): void => {
    const count = Array.isArray(value) ? value.length : value && typeof value === 'object' ? Object.keys(value).length : 0;
    if (count > max) problems.push(problemLine(path, `at most ${max} ${words}, the reference's limit${note}`, Array.isArray(value) ? describeValue(value) : `${count} ${words}`));
  };

  const chatbot = obj(tree.chatbot);
  const platforms = obj(chatbot.platforms);
  const base = ['chatbot', 'platforms'];
  const policy: OrgPolicy = { levels, default: { ...client(obj(chatbot.default)), ...guardrails(obj(chatbot.default)) }, platforms: {} };

  if (platforms.slack) {
    const s = obj(platforms.slack);
    limit([...base, 'slack', 'workspaces'], s.workspaces, ORG_POLICY_LIMITS.slackWorkspaces, 'Slack workspace ids');
    limit([...base, 'slack', 'overrides'], s.overrides, ORG_POLICY_LIMITS.slackOverrides, 'workspace overrides');
    const slack: SlackPolicy = { ...platform(s), overrides: mapValues(obj(s.overrides), (o) => settings(obj(o))) };
    if (Array.isArray(s.workspaces)) slack.workspaces = s.workspaces as string[];
    policy.platforms.slack = slack;
  }
  if (platforms.microsoft_teams) {
    const t = obj(platforms.microsoft_teams);
    const path = [...base, 'microsoft_teams'];
    const tenants = mapValues(obj(t.tenants), (teams) => (Array.isArray(teams) ? (teams as string[]) : undefined));
    limit([...path, 'tenants'], tenants, ORG_POLICY_LIMITS.teamsTenants, 'tenants');
    for (const [tenant, teams] of Object.entries(tenants)) limit([...path, 'tenants', tenant], teams, ORG_POLICY_LIMITS.teamsTeams, 'team ids');
    const overrides = mapValues(obj(t.overrides), (byTeam) => mapValues(obj(byTeam), (o) => settings(obj(o))));
    limit([...path, 'overrides'], overrides, ORG_POLICY_LIMITS.teamsTenants, 'tenant overrides');
    for (const [tenant, byTeam] of Object.entries(overrides)) limit([...path, 'overrides', tenant], byTeam, ORG_POLICY_LIMITS.teamsTeams, 'team overrides');
    const teams: TeamsPolicy = { ...platform(t), overrides };
    if (Object.keys(tenants).length > 0) teams.tenants = tenants;
    policy.platforms.microsoft_teams = teams;
  }
  if (platforms.chime) policy.platforms.chime = client(obj(platforms.chime));
  if (platforms.sandbox) policy.platforms.sandbox = platform(obj(platforms.sandbox));
  return { policy, problems };
}

function platform(node: Tree): PlatformPolicy {
  return { ...client(node), default: settings(obj(node.default)) };
}

function client(node: Tree): { client?: ClientState } {
  return typeof node.client === 'string' ? { client: node.client as ClientState } : {};
}

function guardrails(node: Tree): { guardrailPolicyArns?: string[] } {
  return Array.isArray(node.default_guardrail_policy_arns) ? { guardrailPolicyArns: node.default_guardrail_policy_arns as string[] } : {};
}

function settings(node: Tree): PolicySettings {
  const out: PolicySettings = { ...guardrails(node) };
  if (Array.isArray(node.supported_channel_types)) out.channelTypes = node.supported_channel_types as PolicyChannelType[];
  if (Array.isArray(node.supported_role_settings)) out.roleSettings = node.supported_role_settings as RoleSetting[];
  return out;
}

function obj(value: unknown): Tree {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Tree) : {};
}

/** Maps entries, dropping those that map to undefined (a tenant whose team list was never set). */
function mapValues<T>(record: Tree, fn: (value: unknown) => T | undefined): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(record)) {
    const mapped = fn(value);
    if (mapped !== undefined) out[key] = mapped;
  }
  return out;
}
