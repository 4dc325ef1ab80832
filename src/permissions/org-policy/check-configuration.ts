/**
 * Checks a channel configuration against the organization chat policy when configurations load:
 * the reference's tutorial expects a configuration for a forbidden platform, an unlisted workspace
 * or with a forbidden role setting to be refused with the reason. Each problem names the
 * configuration and the clause. A channel type not known at load is left to the check on every
 * command (decide()), which refuses it where the policy restricts channel types.
 */
import { channelTypeRefusal, roleAllowed, roleRefusal } from './decide.js';
import { type PlaceRules, PLATFORM_LABEL, placeRules, type PolicyTarget, type Refusal } from './platform-rules.js';
import type { OrgPolicy, PolicyChannelType } from './policy-types.js';

export interface ConfigurationUnderPolicy extends PolicyTarget {
  name: string;
  channelType?: PolicyChannelType;
  /** It names a channel role for its accounts. */
  usesChannelRole: boolean;
  /** It lets members run commands with their own user roles. */
  usesUserRoles: boolean;
}

export function checkConfiguration(policy: OrgPolicy | undefined, configuration: ConfigurationUnderPolicy): string[] {
  if (!policy) return [];
  const problem = (r: Refusal): string => `configuration "${configuration.name}" (${PLATFORM_LABEL[configuration.platform]}) is refused by the organization chat policy, ${r.clause}: ${r.why}`;
  const place = placeRules(policy, configuration);
  if ('refused' in place) return [problem(place.refused)];
  const { rules } = place;
  const refusals: Refusal[] = [];
  const channel = channelTypeRefusal(rules, configuration.channelType, true);
  if (channel) refusals.push(channel);
  if (configuration.usesChannelRole) {
    const refused = roleRefusal(rules, 'channel_role');
    if (refused) refusals.push({ clause: refused.clause, why: `it uses a channel role, and ${allowedRoles(rules)}` });
  }
  if (configuration.usesUserRoles) {
    const refused = roleRefusal(rules, 'user_role');
    if (refused) refusals.push({ clause: refused.clause, why: `it lets members use user roles, and ${allowedRoles(rules)}` });
  }
  if (!configuration.usesUserRoles && rules.roleSettings && !roleAllowed(rules, 'channel_role') && roleAllowed(rules, 'user_role')) {
    refusals.push({ clause: rules.roleSettings.clause, why: 'the policy requires user roles, and the configuration lets no member use one (allow or require user roles)' });
  }
  return refusals.map(problem);
}

function allowedRoles(rules: PlaceRules): string {
  const values = rules.roleSettings?.values ?? [];
  if (values.length === 0) return 'the policy allows no role setting';
  return `the policy allows only ${values.map((v) => (v === 'user_role' ? 'user roles' : 'the channel role')).join(' and ')}`;
}
