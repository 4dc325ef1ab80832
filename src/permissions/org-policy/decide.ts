/**
 * The organization chat policy's decision for one command (or click) in one channel. Denials name
 * the clause and say why in words for the chat user, ending with the reference's advice: contact
 * the organization administrator. Fail closed: a channel whose type is unknown is refused where the
 * policy restricts channel types, and so is an unknown workspace, tenant or team where it keeps a
 * list. No policy at all allows everything and requires nothing.
 */
import { type PlaceRules, placeRules, type PolicyTarget, type Refusal } from './platform-rules.js';
import type { OrgPolicy, PolicyChannelType, RoleSetting } from './policy-types.js';

export interface PolicyRequest extends PolicyTarget {
  /** undefined: the channel's type is not known. */
  channelType?: PolicyChannelType;
  /** What the command would run with. */
  roleSetting: RoleSetting;
}

export type PolicyDecision =
  | { allowed: true; userRolesRequired: boolean; channelRoleAllowed: boolean; defaultGuardrailPolicyArns: string[] }
  | { allowed: false; clause: string; reason: string };

export const ADMIN_ADVICE = 'Please contact your organization administrator.';

export function decide(policy: OrgPolicy | undefined, request: PolicyRequest): PolicyDecision {
  if (!policy) return { allowed: true, userRolesRequired: false, channelRoleAllowed: true, defaultGuardrailPolicyArns: [] };
  const place = placeRules(policy, request);
  if ('refused' in place) return deny(place.refused);
  const { rules } = place;
  const refused = channelTypeRefusal(rules, request.channelType, false) ?? roleRefusal(rules, request.roleSetting);
  if (refused) return deny(refused);
  return {
    allowed: true,
    userRolesRequired: userRolesRequired(rules),
    channelRoleAllowed: roleAllowed(rules, 'channel_role'),
    defaultGuardrailPolicyArns: rules.guardrailPolicyArns,
  };
}

/** The chat user's words for a refusal. */
export function denialReason(why: string): string {
  return `Your organization's chat policy doesn't allow this: ${why}. ${ADMIN_ADVICE}`;
}

/** `unknownIsFine`: at configuration load the type may be learnt later (then every command checks it). */
export function channelTypeRefusal(rules: PlaceRules, type: PolicyChannelType | undefined, unknownIsFine: boolean): Refusal | undefined {
  const allowed = rules.channelTypes;
  if (!allowed) return undefined;
  const { values, clause } = allowed;
  if (values.length === 0) return { clause, why: 'no channel type is allowed' };
  if (type === undefined) return unknownIsFine ? undefined : { clause, why: `only ${values.join(' or ')} channels are allowed, and this channel's type can't be told` };
  if (!values.includes(type)) return { clause, why: `only ${values.join(' or ')} channels are allowed, and this channel is ${type}` };
  return undefined;
}

export function roleRefusal(rules: PlaceRules, setting: RoleSetting): Refusal | undefined {
  const allowed = rules.roleSettings;
  if (!allowed || allowed.values.includes(setting)) return undefined;
  const { values, clause } = allowed;
  if (values.length === 0) return { clause, why: 'commands may run with neither the channel role nor a user role' };
  return setting === 'channel_role'
    ? { clause, why: 'commands must run with your own user role, not the channel role (choose one with @aws switch-roles)' }
    : { clause, why: "commands must run with the channel's role, not a user role" };
}

export function roleAllowed(rules: PlaceRules, setting: RoleSetting): boolean {
  return !rules.roleSettings || rules.roleSettings.values.includes(setting);
}

export function userRolesRequired(rules: PlaceRules): boolean {
  return !roleAllowed(rules, 'channel_role') && roleAllowed(rules, 'user_role');
}

function deny(refusal: Refusal): PolicyDecision {
  return { allowed: false, clause: refusal.clause, reason: denialReason(refusal.why) };
}
