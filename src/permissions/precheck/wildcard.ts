/**
 * IAM wildcard matching: `*` (any run of characters) and `?` (one character), for actions
 * (compared without case) and resources (ARNs, compared with case). Resource matches are
 * three-valued: when we can't be sure how IAM would match (policy variables, a resource we
 * don't know, an ARN pattern whose segments don't line up), the answer is 'maybe'.
 */

export type Match = 'yes' | 'no' | 'maybe';

/** Glob match without regular expressions (linear backtracking on the last `*`; no ReDoS). */
export function globMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const v = ignoreCase ? value.toLowerCase() : value;
  let pi = 0;
  let vi = 0;
  let star = -1;
  let mark = 0;
  while (vi < v.length) {
    if (pi < p.length && (p[pi] === '?' || p[pi] === v[vi])) {
      pi++;
      vi++;
    } else if (pi < p.length && p[pi] === '*') {
      star = pi++;
      mark = vi;
    } else if (star >= 0) {
      pi = star + 1;
      vi = ++mark;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === '*') pi++;
  return pi === p.length;
}

/** Whether an action pattern (`ec2:Describe*`, `*`) covers an action; IAM compares actions without case. */
export function actionMatches(pattern: string, action: string): boolean {
  return globMatch(pattern, action, true);
}

/** An ARN's six colon-separated segments (the last keeps its own colons), or undefined. */
function segments(arn: string): string[] | undefined {
  const parts = arn.split(':');
  if (parts.length < 6) return undefined;
  return [...parts.slice(0, 5), parts.slice(5).join(':')];
}

/**
 * Whether a Resource pattern covers a resource. `resource` undefined means "not known" (only a
 * bare `*` surely covers it). A wildcard in IAM does not reach across ARN segments, so a match
 * must hold segment by segment as well as on the whole string; when the two disagree, or the
 * pattern holds a policy variable (`${aws:username}`), the answer is 'maybe'.
 */
export function resourceMatches(pattern: string, resource: string | undefined): Match {
  if (pattern === '*') return 'yes';
  if (resource === undefined) return 'maybe';
  if (pattern.includes('${')) return 'maybe';
  // Whole-string, ignoring case, is the loosest reading: when even it fails, nothing matches.
  if (!globMatch(pattern, resource, true)) return 'no';
  const ps = segments(pattern);
  const rs = segments(resource);
  const strict = globMatch(pattern, resource) && ps !== undefined && rs !== undefined && ps.every((p, i) => globMatch(p, rs[i]!));
  return strict ? 'yes' : 'maybe';
}

/** Any-of over a list of Resource patterns: 'yes' beats 'maybe' beats 'no'. */
export function anyResourceMatches(patterns: readonly string[], resource: string | undefined): Match {
  let best: Match = 'no';
  for (const p of patterns) {
    const m = resourceMatches(p, resource);
    if (m === 'yes') return 'yes';
    if (m === 'maybe') best = 'maybe';
  }
  return best;
}
