/**
 * A pre-check denial in words for chat: which policy (and statement) stops the action, and what
 * to do about it.
 */
import type { PrecheckDenied } from './decision.js';

const KIND: Record<PrecheckDenied['layer'], string> = { guardrail: 'guardrail policy', role: 'role policy' };
const KINDS: Record<PrecheckDenied['layer'], string> = { guardrail: 'guardrail policies', role: 'role policies' };

function list(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * E.g. "The guardrail policy arn:aws:iam::aws:policy/ReadOnlyAccess does not allow ec2:StopInstances
 * (no statement allows it)." or "Statement DenySecrets of the role policy … denies ec2:GetPasswordData."
 */
export function describeDenial(d: PrecheckDenied): string {
  if (d.kind === 'explicit') {
    const statement = d.statement?.startsWith('#') ? `Statement ${d.statement}` : `Statement ${d.statement ?? ''}`.trimEnd();
    return `${statement} of the ${KIND[d.layer]} ${d.policy} denies ${d.action}.`;
  }
  if (d.policies.length === 0) return `The role has no policy, so it does not allow ${d.action}.`;
  if (d.policies.length === 1) return `The ${KIND[d.layer]} ${d.policies[0]} does not allow ${d.action} (no statement allows it).`;
  return `The ${KINDS[d.layer]} ${list(d.policies)} do not allow ${d.action} (no statement in them allows it).`;
}

/** What the user can do next. */
export function denialNextStep(d: PrecheckDenied): string {
  return d.layer === 'guardrail'
    ? "Ask an administrator of this channel's configuration to change its guardrails if you need this."
    : 'Switch to a role that may do this (@aws switch-roles), or ask an administrator to allow it in the role.';
}
