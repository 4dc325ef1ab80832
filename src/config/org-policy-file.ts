/**
 * The org chat policy file (`permissions.orgPolicyFile`): read and checked when the configuration
 * loads, and every chat configuration checked against it. A configuration the policy forbids
 * (platform, workspace or tenant, channel type, channel role or user roles) stops the start with
 * the clause that forbids it, as the reference's tutorial expects.
 */
import { readFileSync } from 'node:fs';
import { checkConfiguration, parseOrgPolicy, type OrgPolicy, type PolicyTarget } from '../permissions/org-policy/index.js';
import { roleAllowed } from '../permissions/org-policy/decide.js';
import { placeRules } from '../permissions/org-policy/platform-rules.js';
import type { LoadedConfig } from './loaded-config.js';
import { ConfigError, type ConfigProblem } from './problems.js';
import type { ChatChannelConfiguration } from './schema.js';

const UNREADABLE: Record<string, string> = { ENOENT: 'no such file', EISDIR: 'a directory, not a file', EACCES: 'permission denied', EPERM: 'permission denied' };

export function loadOrgPolicy(path: string, display: string): OrgPolicy {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const why = UNREADABLE[code] ?? (code || 'unreadable');
    throw new ConfigError('CONFIG_INVALID', [{ source: display, path: 'permissions.orgPolicyFile', text: `expected a readable org chat policy file; given ${path} (${why})` }], { file: display });
  }
  return parseOrgPolicy(text, path);
}

export function policyTargetOf(c: ChatChannelConfiguration): PolicyTarget {
  return {
    platform: c.platform,
    ...(c.workspaceId ? { workspaceId: c.workspaceId } : {}),
    ...(c.tenantId ? { tenantId: c.tenantId } : {}),
    ...(c.teamId ? { teamId: c.teamId } : {}),
  };
}

/** Problems of the configurations under the policy (empty when none). */
export function orgPolicyProblems(policy: OrgPolicy, loaded: Pick<LoadedConfig, 'configurations' | 'source'>): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  loaded.configurations.forEach((c, i) => {
    if (c.platform === 'webhook' || !c.enabled) return;
    const target = policyTargetOf(c);
    // Whether the policy lets this place use user roles at all (a place it shuts out is reported by checkConfiguration).
    const place = placeRules(policy, target);
    const userRolesAllowed = !('refused' in place) && roleAllowed(place.rules, 'user_role');
    // Without accounts the configuration only posts notifications: its platform, place and channel type are
    // checked, its role settings are not. "allowed" user roles are offered only where the policy allows them;
    // "required" and "disabled" are firm.
    const runsCommands = c.accounts.length > 0;
    const usesUserRoles = runsCommands ? c.userRoles === 'required' || (c.userRoles === 'allowed' && userRolesAllowed) : userRolesAllowed;
    const usesChannelRole = c.accounts.some((a) => a.channelRole !== undefined);
    for (const text of checkConfiguration(policy, { ...target, name: c.name, ...(c.channelType ? { channelType: c.channelType } : {}), usesChannelRole, usesUserRoles })) {
      problems.push({ source: loaded.source.display, path: `configurations[${i}]`, text });
    }
  });
  return problems;
}
