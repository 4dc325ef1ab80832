/**
 * The organization chat policy (issue #8): parse the reference's "Chatbot policy" JSON (or a list of
 * levels to fold), decide each command, check configurations at load.
 */
export { parseOrgPolicy } from './parse-org-policy.js';
export { decide, denialReason, ADMIN_ADVICE, type PolicyDecision, type PolicyRequest } from './decide.js';
export { checkConfiguration, type ConfigurationUnderPolicy } from './check-configuration.js';
export { OrgPolicyError } from './policy-problems.js';
export { ORG_POLICY_LIMITS } from './policy-spec.js';
export type { ChatPlatformName, PolicyTarget } from './platform-rules.js';
export type * from './policy-types.js';
