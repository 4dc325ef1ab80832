/**
 * The permission pre-check, our own small IAM policy evaluator (no AGPL library; see
 * docs/research/2026-12-06-permissions-findings.md §3): the IAM action of a command, the
 * evaluation of role and guardrail policies, the AWS-managed policies we ship, the protection
 * policy, and a denial in words.
 */
export { iamActionFor } from './iam-action.js';
export { evaluate } from './evaluate.js';
export type { PolicyLayer, PrecheckDecision, PrecheckDenied, PrecheckRequest } from './decision.js';
export { describeDenial, denialNextStep } from './describe-denial.js';
export { knownManagedPolicy, knownManagedPolicyVersion, KNOWN_MANAGED_POLICY_ARNS } from './known-managed-policies.js';
export {
  PROTECTION_POLICY_ARNS,
  PROTECTION_INLINE_POLICY,
  PROTECTION_INLINE_POLICY_NAME,
  PROTECTION_INLINE_POLICY_DOCUMENT,
  PROTECTION_INLINE_NAMED_POLICY,
} from './protection-policy.js';
