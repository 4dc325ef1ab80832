/**
 * The pre-check as the permissions layer asks it: our evaluator (precheck/) over the role's and
 * the guardrails' documents, for the resource '*' (the command's resources are not mapped to
 * ARNs, and '*' is what IAM uses for actions without resource-level permissions).
 *
 * A shipped copy of an AWS-managed policy that IAM could not confirm (`unconfirmed`) counts for
 * its Deny statements only: AWS's current version may allow what the copy doesn't, so an implicit
 * denial of a layer holding such a copy is undecided (then AWS decides), never a refusal.
 */
import type { NamedPolicy } from '../ports/aws.js';
import type { PreCheckInput, PreCheckVerdict } from './access-types.js';
import { denialNextStep, describeDenial, evaluate, type PrecheckDecision } from './precheck/index.js';

/** The unconfirmed copies among a layer's policies, by name. */
function unconfirmedIn(policies: NamedPolicy[] | undefined): string[] {
  return (policies ?? []).filter((p) => p.unconfirmed).map((p) => p.name);
}

function whyUnconfirmed(action: string, copies: string[]): string {
  return `no statement allows ${action}, but the copy of ${copies.join(', ')} shipped with aws-chatops could not be checked against the version AWS uses now (IAM GetPolicy could not be read), and that version may allow it`;
}

/** The evaluator's decision, with implicit denials that rest on unconfirmed copies taken back. */
function decide(input: PreCheckInput, action: string): PrecheckDecision {
  const sessionUsed = input.session === undefined || input.session.length > 0;
  const d = evaluate({ action, resource: '*', identity: input.identity, session: input.session, sessionUsed });
  if (d.decision !== 'denied' || d.kind !== 'implicit') return d;
  if (d.layer === 'role') {
    const copies = unconfirmedIn(input.identity);
    return copies.length ? { decision: 'undecided', why: whyUnconfirmed(action, copies) } : d;
  }
  const copies = unconfirmedIn(input.session);
  if (!copies.length) return d;
  // The guardrails can't deny here, but the role's own policies still may: evaluate without them.
  const roleOnly = decide({ ...input, session: undefined }, action);
  return roleOnly.decision === 'denied' ? roleOnly : { decision: 'undecided', why: whyUnconfirmed(action, copies) };
}

export function localPreCheck(input: PreCheckInput): PreCheckVerdict {
  if (!input.action) return { verdict: 'undecided', why: 'the IAM action of this operation is not known here' };
  const d = decide(input, input.action);
  if (d.decision === 'denied') return { verdict: 'denied', layer: d.layer, policy: d.statement ? `${d.policy} (statement ${d.statement.replace(/^#/, '')})` : d.policy, words: describeDenial(d), nextStep: denialNextStep(d) };
  if (d.decision === 'allowed') return { verdict: 'allowed' };
  return { verdict: 'undecided', why: d.why };
}
