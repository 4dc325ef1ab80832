/**
 * The permission pre-check: IAM's evaluation of the role's policies and the guardrails (session
 * policies) for one action, done locally so that a certain denial is told in chat, naming the
 * policy and statement, before calling AWS. Semantics: an unconditional matching Deny anywhere
 * wins; otherwise each layer must allow (identity ∩ session; within a layer, the union of its
 * Allows). It never fails open and never denies falsely: a statement with a Condition never
 * counts as an Allow but may still apply; an unknown resource only surely matches `*`; an
 * unreadable or malformed policy leaves its layer unknown; an implicit denial of a service whose
 * resources can carry resource-based policies is left to AWS (resource-policies.ts).
 */
import { actionMatches, anyResourceMatches, type Match } from './wildcard.js';
import { readPolicy, type Statement } from './policy-statements.js';
import { mayBeGrantedByResourcePolicy } from './resource-policies.js';
import type { PolicyLayer, PrecheckDecision, PrecheckRequest } from './decision.js';
import type { NamedPolicy } from '../../ports/aws.js';

const LAYER_WORDS: Record<PolicyLayer, string> = { guardrail: 'the guardrails', role: "the role's policies" };

/** How surely a statement applies to the request: all of action, resource and condition. */
function applies(s: Statement, action: string, resource: string | undefined): Match {
  const named = s.actions.some((p) => actionMatches(p, action));
  if (named === s.notAction) return 'no';
  const inList = anyResourceMatches(s.resources, resource);
  const onResource: Match = !s.notResource ? inList : inList === 'yes' ? 'no' : inList === 'no' ? 'yes' : 'maybe';
  if (onResource === 'no') return 'no';
  return onResource === 'yes' && !s.conditional ? 'yes' : 'maybe';
}

/** Why a statement only maybe applies, in words. */
function maybeWhy(s: Statement, resource: string | undefined): string {
  const which = `statement ${s.label} of ${s.policy}`;
  if (s.conditional) return `${which} has a Condition, which can only be checked by AWS`;
  if (resource === undefined) return `${which} names specific resources and the resource isn't known here`;
  return `${which} may or may not cover ${resource}`;
}

interface LayerView {
  layer: PolicyLayer;
  names: string[];
  statements: Statement[];
}

/** Reads the layers that apply; a string is why the pre-check can't go on (a malformed document). */
function layersOf(req: PrecheckRequest): { layers: LayerView[]; unknown: PolicyLayer[] } | string {
  const wanted: [PolicyLayer, NamedPolicy[] | undefined][] = [];
  // No session policies at all (none used, or an empty list) means no guardrail layer.
  if (req.sessionUsed && !(req.session && req.session.length === 0)) wanted.push(['guardrail', req.session]);
  wanted.push(['role', req.identity]);
  const layers: LayerView[] = [];
  const unknown: PolicyLayer[] = [];
  for (const [layer, policies] of wanted) {
    if (!policies) {
      unknown.push(layer);
      continue;
    }
    const statements: Statement[] = [];
    for (const p of policies) {
      const read = readPolicy(p);
      if (!read.ok) return `${read.why}, so it can't be evaluated here`;
      statements.push(...read.statements);
    }
    layers.push({ layer, names: policies.map((p) => p.name), statements });
  }
  return { layers, unknown };
}

/** Decides, if it can, whether AWS will refuse `req.action` (see the file comment). */
export function evaluate(req: PrecheckRequest): PrecheckDecision {
  const action = req.action;
  if (!/^[A-Za-z0-9-]+:[A-Za-z0-9_.-]+$/.test(action)) return { decision: 'undecided', why: `"${action}" is not an IAM action` };
  const resource = req.resource === undefined || req.resource === '*' ? undefined : req.resource;
  const read = layersOf(req);
  if (typeof read === 'string') return { decision: 'undecided', why: read };
  const { layers, unknown } = read;

  for (const view of layers) {
    const deny = view.statements.find((s) => s.effect === 'Deny' && applies(s, action, resource) === 'yes');
    if (deny) return { decision: 'denied', kind: 'explicit', layer: view.layer, action, policy: deny.policy, policies: [deny.policy], statement: deny.label };
  }

  const doubts: string[] = unknown.map((l) => `${LAYER_WORDS[l]} could not be read`);
  let allAllow = unknown.length === 0;
  for (const view of layers) {
    const allows = view.statements.filter((s) => s.effect === 'Allow').map((s) => ({ s, m: applies(s, action, resource) }));
    const sure = allows.some((a) => a.m === 'yes');
    const maybe = allows.find((a) => a.m === 'maybe');
    if (!sure && !maybe) {
      if (mayBeGrantedByResourcePolicy(action)) {
        doubts.push(`no statement of ${LAYER_WORDS[view.layer]} allows ${action}, but a resource-based policy still might`);
        allAllow = false;
        continue;
      }
      return { decision: 'denied', kind: 'implicit', layer: view.layer, action, policy: view.names.join(', '), policies: view.names };
    }
    if (!sure) {
      doubts.push(maybeWhy(maybe!.s, resource));
      allAllow = false;
    }
    const deny = view.statements.find((s) => s.effect === 'Deny' && applies(s, action, resource) === 'maybe');
    if (deny) {
      doubts.push(maybeWhy(deny, resource));
      allAllow = false;
    }
  }
  if (allAllow) return { decision: 'allowed' };
  return { decision: 'undecided', why: doubts.join('; ') };
}
