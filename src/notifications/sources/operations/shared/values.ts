import type { CardField } from '../../../../core/card.js';
import { str } from '../../read.js';

/**
 * A trimmed, non-empty string, or undefined. AWS samples carry stray spaces (" i-0abc"),
 * empty strings and the literal "null" / "Optional.empty"; none of those is a value.
 */
export function text(v: unknown): string | undefined {
  const s = str(v)?.trim();
  if (!s || s === 'null' || s === 'NULL' || s === 'Optional.empty') return undefined;
  return s;
}

/** Custom-action variables without the undefined ones. */
export function variables(entries: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(entries)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}

/** Fallback fields (used when a kind's template is missing): empty values are left out. */
export function fields(...entries: [label: string, value: string | undefined, short?: boolean][]): CardField[] {
  return entries.flatMap(([label, value, short]) => (value ? [{ label, value, short: short ?? true }] : []));
}

/** The last part of an ARN-ish id: "arn:aws:ecs:…:cluster/default" → "default". */
export function lastPart(v: string | undefined): string | undefined {
  if (!v) return undefined;
  return v.split(/[/:]/).filter(Boolean).pop();
}

/** "TIMED_OUT" / "InProgress" / "in-progress" → "TIMED_OUT", "IN_PROGRESS", "IN_PROGRESS". */
export function statusToken(status: string | undefined): string | undefined {
  if (!status) return undefined;
  return status
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[\s-]+/g, '_')
    .toUpperCase();
}
