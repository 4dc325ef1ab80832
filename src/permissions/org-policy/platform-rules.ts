/**
 * Which rules of the policy govern one place in chat (platform, Slack workspace, Teams tenant and
 * team), or which clause shuts that place out. A platform's client falls back to `chatbot.default`;
 * an override (per workspace, per tenant and team) replaces the platform's default key by key;
 * guardrails of `chatbot.default` always apply, in addition to the platform's or override's.
 * Unknown ids where the policy keeps an allow-list are shut out (fail closed). Teams ids that are
 * GUIDs compare without case; Slack ids compare exactly.
 */
import { formatPath } from '../../config/problems.js';
import type { OrgPolicy, PolicyChannelType, PolicySettings, RoleSetting } from './policy-types.js';

export type ChatPlatformName = 'slack' | 'teams' | 'sandbox';

export interface PolicyTarget {
  platform: ChatPlatformName;
  /** Slack team id. */
  workspaceId?: string;
  tenantId?: string;
  /** Teams team (group) id. */
  teamId?: string;
}

/** A clause and the fact behind it, worded for people. */
export interface Refusal {
  clause: string;
  why: string;
}

export interface Clause<T> {
  values: T[];
  clause: string;
}

export interface PlaceRules {
  channelTypes?: Clause<PolicyChannelType>;
  roleSettings?: Clause<RoleSetting>;
  guardrailPolicyArns: string[];
}

const POLICY_KEY = { slack: 'slack', teams: 'microsoft_teams', sandbox: 'sandbox' } as const;
export const PLATFORM_LABEL: Record<ChatPlatformName, string> = { slack: 'Slack', teams: 'Microsoft Teams', sandbox: 'the sandbox chat' };

export function placeRules(policy: OrgPolicy, target: PolicyTarget): { refused: Refusal } | { rules: PlaceRules } {
  const key = POLICY_KEY[target.platform];
  const base = ['chatbot', 'platforms', key];
  const label = PLATFORM_LABEL[target.platform];
  const platform = policy.platforms[key];

  if (platform?.client === 'disabled') return refuse([...base, 'client'], `chat commands and notifications in ${label} are turned off`);
  if (platform?.client === undefined && policy.default.client === 'disabled') {
    return refuse(['chatbot', 'default', 'client'], `${label} is not one of the chat platforms it enables, and every other platform is turned off`);
  }

  let override: PolicySettings | undefined;
  let overridePath: string[] = [];
  if (target.platform === 'slack' && policy.platforms.slack) {
    const { workspaces, overrides } = policy.platforms.slack;
    const id = target.workspaceId;
    if (workspaces && (id === undefined || !workspaces.includes(id))) {
      return refuse([...base, 'workspaces'], id === undefined ? "this Slack workspace can't be identified, and only listed workspaces are allowed" : `Slack workspace ${id} is not one of its allowed workspaces`);
    }
    if (id !== undefined && Object.hasOwn(overrides, id)) [override, overridePath] = [overrides[id], [...base, 'overrides', id]];
  }
  if (target.platform === 'teams' && policy.platforms.microsoft_teams) {
    const { tenants, overrides } = policy.platforms.microsoft_teams;
    const { tenantId, teamId } = target;
    if (tenants) {
      const tenant = ownKey(tenants, tenantId);
      if (tenant === undefined) {
        return refuse([...base, 'tenants'], tenantId === undefined ? "this Microsoft Teams tenant can't be identified, and only listed tenants are allowed" : `Microsoft Teams tenant ${tenantId} is not one of its allowed tenants`);
      }
      if (teamId === undefined || !tenants[tenant]!.some((listed) => sameId(listed, teamId))) {
        return refuse([...base, 'tenants', tenant], teamId === undefined ? `this team can't be identified, and only listed teams of tenant ${tenant} are allowed` : `team ${teamId} is not one of the allowed teams of tenant ${tenant}`);
      }
    }
    const tenant = ownKey(overrides, tenantId);
    const team = tenant === undefined ? undefined : ownKey(overrides[tenant]!, teamId);
    if (tenant !== undefined && team !== undefined) [override, overridePath] = [overrides[tenant]![team], [...base, 'overrides', tenant, team]];
  }

  const defaults = policy.platforms[key] && 'default' in policy.platforms[key] ? policy.platforms[key].default : {};
  const pick = <K extends keyof PolicySettings>(field: K, jsonKey: string): { value: PolicySettings[K]; clause: string } | undefined => {
    if (override?.[field] !== undefined) return { value: override[field], clause: formatPath([...overridePath, jsonKey]) };
    if (defaults[field] !== undefined) return { value: defaults[field], clause: formatPath([...base, 'default', jsonKey]) };
    return undefined;
  };
  const channelTypes = pick('channelTypes', 'supported_channel_types');
  const roleSettings = pick('roleSettings', 'supported_role_settings');
  const guardrails = pick('guardrailPolicyArns', 'default_guardrail_policy_arns');
  const rules: PlaceRules = { guardrailPolicyArns: [...new Set([...(policy.default.guardrailPolicyArns ?? []), ...(guardrails?.value ?? [])])] };
  if (channelTypes) rules.channelTypes = { values: channelTypes.value!, clause: channelTypes.clause };
  if (roleSettings) rules.roleSettings = { values: roleSettings.value!, clause: roleSettings.clause };
  return { rules };
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Teams tenant and group ids are GUIDs, whose case doesn't matter; other ids compare exactly. */
function sameId(a: string, b: string): boolean {
  return a === b || (GUID.test(a) && GUID.test(b) && a.toLowerCase() === b.toLowerCase());
}

/** The policy's own key for an id (never an inherited member such as "constructor"). */
function ownKey(record: Record<string, unknown>, id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  return Object.hasOwn(record, id) ? id : Object.keys(record).find((key) => sameId(key, id));
}

function refuse(path: string[], why: string): { refused: Refusal } {
  return { refused: { clause: formatPath(path), why } };
}
