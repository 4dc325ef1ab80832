/**
 * Folds policy levels, root first (root, OU, …, account), into the effective policy with the AWS
 * Organizations inheritance operators: `@@assign` replaces, `@@append` adds to the inherited list,
 * `@@remove` takes values out of it (a list emptied this way stays empty: it allows nothing), and
 * `@@operators_allowed_for_child_policies` limits the operators every later level may use at that
 * key and below. A level using an operator a parent forbids makes the policy invalid: we refuse it
 * rather than skip the change (fail closed).
 */
import { formatPath } from '../../config/problems.js';
import { OPS_KEY, type SpecNode, VALUE_OPERATORS, type ValueOperator } from './policy-spec.js';
import { problemLine } from './policy-problems.js';

interface Restriction {
  /** Where it was set, inside a level. */
  path: string[];
  allowed: ReadonlySet<ValueOperator>;
  level: number;
}

type Tree = Record<string, unknown>;

export interface Folded {
  effective: Tree;
  problems: string[];
}

/** `levels` were each checked against the level schema; `indexed` when the file was a list. */
export function foldLevels(levels: readonly unknown[], spec: SpecNode, indexed: boolean): Folded {
  const state = { restrictions: [] as Restriction[], problems: [] as string[], indexed };
  const holder: Tree = { root: {} };
  levels.forEach((level, i) => walk(spec, level, holder, 'root', [], i, state));
  return { effective: holder.root as Tree, problems: state.problems };
}

interface State {
  restrictions: Restriction[];
  problems: string[];
  indexed: boolean;
}

function walk(spec: SpecNode, node: unknown, parent: Tree, key: string, path: string[], level: number, state: State): void {
  if (node === null || typeof node !== 'object') return;
  const entries = node as Tree;
  const ops = entries[OPS_KEY];
  if (spec.kind === 'leaf') {
    applyLeaf(entries, parent, key, path, level, state);
  } else {
    // Own properties only: an id like "constructor" must not reach Object's members.
    if (!Object.hasOwn(parent, key)) parent[key] = {};
    const target = parent[key] as Tree;
    for (const [childKey, value] of Object.entries(entries)) {
      if (childKey === OPS_KEY) continue;
      const childSpec = spec.kind === 'object' ? spec.fields[childKey] : spec.child;
      if (childSpec) walk(childSpec, value, target, childKey, [...path, childKey], level, state);
    }
  }
  if (Array.isArray(ops)) state.restrictions.push({ path, allowed: allowedBy(ops as string[]), level });
}

function applyLeaf(leaf: Tree, parent: Tree, key: string, path: string[], level: number, state: State): void {
  const used = VALUE_OPERATORS.filter((op) => leaf[op] !== undefined);
  for (const op of used) {
    const forbidding = state.restrictions.find((r) => r.level < level && isPrefix(r.path, path) && !r.allowed.has(op));
    if (forbidding) {
      const allowed = [...forbidding.allowed];
      const where = formatPath(at(state, forbidding.level, [...forbidding.path, OPS_KEY]));
      const expected = `${allowed.length ? `an operator the parent policy allows here (${allowed.join(', ')})` : 'no change: the parent policy allows no operator here'}, set by ${where}`;
      state.problems.push(problemLine(at(state, level, [...path, op]), expected, op));
      return;
    }
  }
  const inherited = Object.hasOwn(parent, key) ? parent[key] : undefined;
  if (leaf['@@assign'] !== undefined) parent[key] = copy(leaf['@@assign']);
  if (Array.isArray(leaf['@@append'])) parent[key] = union(Array.isArray(inherited) ? (inherited as string[]) : [], leaf['@@append'] as string[]);
  if (Array.isArray(leaf['@@remove']) && Object.hasOwn(parent, key) && Array.isArray(parent[key])) {
    const removed = new Set(leaf['@@remove'] as string[]);
    parent[key] = (parent[key] as string[]).filter((v) => !removed.has(v));
  }
}

function allowedBy(ops: readonly string[]): ReadonlySet<ValueOperator> {
  if (ops.includes('@@all')) return new Set(VALUE_OPERATORS);
  return new Set(VALUE_OPERATORS.filter((op) => ops.includes(op)));
}

function at(state: State, level: number, path: readonly string[]): PropertyKey[] {
  return state.indexed ? [level, ...path] : [...path];
}

function isPrefix(prefix: readonly string[], path: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((seg, i) => seg === path[i]);
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

function copy(value: unknown): unknown {
  return Array.isArray(value) ? [...new Set(value as string[])] : value;
}
