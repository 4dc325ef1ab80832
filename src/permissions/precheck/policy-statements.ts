/**
 * Reads an identity or session policy document into statements the evaluator can trust, or
 * says why it can't (the pre-check is then undecided, never a guess). Accepts what IAM accepts
 * for these policy types: Version, Id, Statement (one or a list); per statement Sid, Effect,
 * Action | NotAction, Resource | NotResource, Condition. A Principal has no place here.
 */
import type { NamedPolicy } from '../../ports/aws.js';

export interface Statement {
  /** The policy's name (ARN, or `<role ARN>#<inline name>`). */
  policy: string;
  /** The Sid, or `#<position>` counting from 1 when it has none. */
  label: string;
  effect: 'Allow' | 'Deny';
  /** Action patterns, and whether they are a NotAction list. */
  actions: string[];
  notAction: boolean;
  /** Resource patterns, and whether they are a NotResource list. */
  resources: string[];
  notResource: boolean;
  /** A non-empty Condition block: whether it holds can't be known locally. */
  conditional: boolean;
}

export type ReadPolicy = { ok: true; statements: Statement[] } | { ok: false; why: string };

const TOP_KEYS = new Set(['Version', 'Id', 'Statement']);
const STATEMENT_KEYS = new Set(['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition']);
const VERSIONS = new Set(['2012-10-17', '2008-10-17']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string or a non-empty list of strings, as a list; undefined when it is neither. */
function stringList(v: unknown): string[] | undefined {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string')) return v as string[];
  return undefined;
}

/** One of two exclusive keys (Action / NotAction): its values and which one it was, or a problem. */
function either(s: Record<string, unknown>, key: string, notKey: string): { values: string[]; not: boolean } | string {
  const has = Object.hasOwn(s, key);
  const hasNot = Object.hasOwn(s, notKey);
  if (has === hasNot) return has ? `has both ${key} and ${notKey}` : `has neither ${key} nor ${notKey}`;
  const values = stringList(has ? s[key] : s[notKey]);
  if (!values) return `its ${has ? key : notKey} is not a string or a list of strings`;
  return { values, not: hasNot };
}

function readStatement(policy: string, s: unknown, position: number): Statement | string {
  const at = `statement #${position}`;
  if (!isObject(s)) return `${at} is not an object`;
  for (const key of Object.keys(s)) if (!STATEMENT_KEYS.has(key)) return `${at} has "${key}", which an identity or session policy can't have`;
  if (s.Effect !== 'Allow' && s.Effect !== 'Deny') return `${at} has no Effect of Allow or Deny`;
  if (s.Sid !== undefined && typeof s.Sid !== 'string') return `${at} has a Sid that is not a string`;
  if (s.Condition !== undefined && !isObject(s.Condition)) return `${at} has a Condition that is not an object`;
  const actions = either(s, 'Action', 'NotAction');
  if (typeof actions === 'string') return `${at} ${actions}`;
  const bad = actions.values.find((a) => a !== '*' && !/^[A-Za-z0-9*?-]+:[A-Za-z0-9*?_.-]+$/.test(a));
  if (bad !== undefined) return `${at} names the action "${bad}", which is not service:action`;
  const resources = either(s, 'Resource', 'NotResource');
  if (typeof resources === 'string') return `${at} ${resources}`;
  return {
    policy,
    label: typeof s.Sid === 'string' && s.Sid !== '' ? s.Sid : `#${position}`,
    effect: s.Effect,
    actions: actions.values,
    notAction: actions.not,
    resources: resources.values,
    notResource: resources.not,
    conditional: isObject(s.Condition) && Object.keys(s.Condition).length > 0,
  };
}

/** The statements of a policy, or why it can't be read. */
export function readPolicy(p: NamedPolicy): ReadPolicy {
  const doc: unknown = p.document;
  if (!isObject(doc)) return { ok: false, why: `the policy ${p.name} is not a JSON object` };
  for (const key of Object.keys(doc)) if (!TOP_KEYS.has(key)) return { ok: false, why: `the policy ${p.name} has "${key}", which a policy document can't have` };
  if (doc.Version !== undefined && !VERSIONS.has(doc.Version as string)) return { ok: false, why: `the policy ${p.name} has an unknown Version` };
  const raw = doc.Statement;
  const list = Array.isArray(raw) ? raw : isObject(raw) ? [raw] : undefined;
  if (!list) return { ok: false, why: `the policy ${p.name} has no Statement` };
  const statements: Statement[] = [];
  for (const [i, s] of list.entries()) {
    const read = readStatement(p.name, s, i + 1);
    if (typeof read === 'string') return { ok: false, why: `the policy ${p.name}: ${read}` };
    statements.push(read);
  }
  return { ok: true, statements };
}
