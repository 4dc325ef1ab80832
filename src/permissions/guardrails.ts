/**
 * The guardrails of a configuration: its guardrail policy ARNs, the org chat policy's default
 * guardrails, and — unless detached (`protectionPolicy: false`) — the protection policy the
 * reference attaches to every configuration: ReadOnlyAccess plus one statement allowing Lambda
 * invoke, Support and Incident Manager. That statement goes to STS as the inline session policy,
 * so no account needs a customer-managed copy of it. Session policies are one set: an action is
 * allowed when any of them allows it and none denies it.
 */
import { READ_ONLY_ACCESS_ARN } from '../config/permissions-schema.js';
import type { ChatChannelConfiguration } from '../config/schema.js';
import { PROTECTION_INLINE_NAMED_POLICY } from './precheck/protection-policy.js';
import type { Guardrails } from './access-types.js';

export function guardrailsOf(configuration: Pick<ChatChannelConfiguration, 'guardrailPolicyArns' | 'protectionPolicy'>, orgDefaults: readonly string[] = []): Guardrails {
  const arns = [...(configuration.protectionPolicy ? [READ_ONLY_ACCESS_ARN] : []), ...configuration.guardrailPolicyArns, ...orgDefaults];
  return { policyArns: [...new Set(arns)], ...(configuration.protectionPolicy ? { inline: PROTECTION_INLINE_NAMED_POLICY } : {}) };
}

/** How a card names the guardrails in a line. */
export function describeGuardrails(g: Guardrails): string {
  const names = g.policyArns.map((arn) => arn.slice(arn.lastIndexOf('/') + 1));
  if (g.inline) names.push('the protection policy');
  return names.length ? names.join(', ') : 'none';
}
