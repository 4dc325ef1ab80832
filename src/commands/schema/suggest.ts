/**
 * "Did you mean …?": the names closest to what someone typed, by edit distance (Levenshtein)
 * on names compared without case and punctuation, so `describeinstances` finds
 * `describe-instances` and `cloudwatch-log` finds `logs` through its alias `cloudwatch-logs`.
 */

/** Lower case, letters and digits only. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Up to `limit` targets whose spelling (the target or one of its aliases) is close to `typed`,
 * closest first. `candidates` maps a spelling to the target it stands for.
 */
export function closestNames(typed: string, candidates: Iterable<[spelling: string, target: string]>, limit = 3): string[] {
  const want = normalizeName(typed);
  if (!want) return [];
  const best = new Map<string, number>();
  for (const [spelling, target] of candidates) {
    const have = normalizeName(spelling);
    const allowed = Math.max(1, Math.floor(Math.max(want.length, have.length) / 4));
    let score = editDistance(want, have);
    if (score > allowed && want.length >= 4 && (have.startsWith(want) || have.endsWith(want))) score = allowed + 0.5;
    if (score > allowed + 0.5) continue;
    if (score < (best.get(target) ?? Infinity)) best.set(target, score);
  }
  const closest = Math.min(...best.values());
  for (const [target, score] of best) if (score > (closest === 0 ? 0 : closest + 1)) best.delete(target);
  return [...best.entries()]
    .sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]))
    .slice(0, limit)
    .map(([target]) => target);
}
