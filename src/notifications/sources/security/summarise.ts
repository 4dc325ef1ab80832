/** Small wording helpers shared by the security sources: short lists, "and N more", truncation. */

/** The first `max` items, then "and N more" when some were left out. */
export function withMore(items: readonly string[], max: number): string[] {
  if (items.length <= max) return [...items];
  return [...items.slice(0, max), `and ${items.length - max} more`];
}

/** "a, b, c and 4 more" */
export function joinWithMore(items: readonly string[], max: number, sep = ', '): string {
  if (items.length <= max) return items.join(sep);
  return `${items.slice(0, max).join(sep)} and ${items.length - max} more`;
}

export function truncate(s: string | undefined, max: number): string | undefined {
  if (s === undefined) return undefined;
  const t = s.trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** "1 finding" / "3 findings" */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Variables for custom actions: drops empty values, turns numbers into strings. */
export function defined(values: Record<string, string | number | boolean | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) continue;
    const s = String(v);
    if (s.trim() !== '') out[k] = s;
  }
  return out;
}

/** "UPDATE_ROLLBACK_COMPLETE" / "NonCompliant" → "update rollback complete" / "non compliant" */
export function words(code: string): string {
  return code
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** "update rollback complete" → "Update rollback complete" */
export function sentence(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The last part of an ARN or path: "arn:…:stack/my-stack/uuid" needs its own reader; this gives "uuid". */
export function lastSegment(s: string): string {
  return s.split(/[/:]/).filter(Boolean).pop() ?? s;
}
