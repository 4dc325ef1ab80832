/**
 * The pre-check as the permissions layer asks it: our evaluator (precheck/) over the role's and
 * the guardrails' documents, for the resource '*' (the command's resources are not mapped to
 * ARNs, and '*' is what IAM uses for actions without resource-level permissions).
 */
import type { PreCheckInput, PreCheckVerdict } from './access-types.js';
import { denialNextStep, describeDenial, evaluate } from './precheck/index.js';

export function localPreCheck(input: PreCheckInput): PreCheckVerdict {
  if (!input.action) return { verdict: 'undecided', why: 'the IAM action of this operation is not known here' };
  const sessionUsed = input.session === undefined || input.session.length > 0;
  const d = evaluate({ action: input.action, resource: '*', identity: input.identity, session: input.session, sessionUsed });
  if (d.decision === 'denied') return { verdict: 'denied', layer: d.layer, policy: d.statement ? `${d.policy} (statement ${d.statement.replace(/^#/, '')})` : d.policy, words: describeDenial(d), nextStep: denialNextStep(d) };
  if (d.decision === 'allowed') return { verdict: 'allowed' };
  return { verdict: 'undecided', why: d.why };
}
