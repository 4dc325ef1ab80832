/**
 * Problems of an organization chat policy: one line each, `<json path>: expected …; given …`, all
 * of them at once in one ChatOpsError coded ORG_POLICY_INVALID. Paths of a list of levels start
 * with the level's index (`[1].chatbot.platforms.slack`).
 */
import type { z } from 'zod';
import { ChatOpsError } from '../../core/errors.js';
import { describeValue, expectedGiven, formatPath } from '../../config/problems.js';
import { closest, valueAt } from '../../config/zod-problems.js';
import { keysAt } from './policy-spec.js';

export class OrgPolicyError extends ChatOpsError {
  readonly problems: readonly string[];

  constructor(problems: readonly string[], source?: string) {
    const count = problems.length;
    const headline = `The organization chat policy${source ? ` ${source}` : ''} has ${count} problem${count === 1 ? '' : 's'}:`;
    super('ORG_POLICY_INVALID', [headline, ...problems].join('\n'), {
      nextStep: 'Fix the policy; until then no configuration is loaded (an organization policy is never skipped).',
    });
    this.name = 'OrgPolicyError';
    this.problems = problems;
  }
}

export function problemLine(path: readonly PropertyKey[], expected: string, given: string): string {
  const where = formatPath(path);
  return `${where || '(the whole policy)'}: ${expectedGiven(expected, given)}`;
}

/** Zod issues of one level (its raw JSON is `raw`), with `prefix` before every path. */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[], raw: unknown, prefix: readonly PropertyKey[]): string[] {
  const out: string[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push(unknownKey(issue.path, key, prefix));
      continue;
    }
    const params = issue.code === 'custom' ? (issue.params as { given?: unknown } | undefined) : undefined;
    const value = valueAt(raw, issue.path);
    const given = typeof params?.given === 'string' ? params.given : describeValue(value);
    const required = issue.code === 'invalid_type' && value === undefined ? ' (required)' : '';
    out.push(problemLine([...prefix, ...issue.path], issue.message + required, given));
  }
  return out;
}

function unknownKey(parent: readonly PropertyKey[], key: string, prefix: readonly PropertyKey[]): string {
  const known = keysAt(parent);
  const guess = closest(key, known);
  const hint = guess ? ` (did you mean "${guess}"?)` : '';
  const listOnly = (key === '@@append' || key === '@@remove') && !known.includes(key) ? ` (${key} works only on lists)` : '';
  const expected = known.length ? `one of the keys ${known.join(', ')}${hint}${listOnly}` : 'no other keys';
  return problemLine([...prefix, ...parent, key], expected, `the unknown key "${key}"`);
}
