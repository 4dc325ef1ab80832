import { isRecord, str } from '../read.js';
import { humanise } from '../generic.js';

/** Keys that change on every save and say nothing about what changed. */
const IGNORED = new Set(['timestamp']);
const MAX_VALUE = 120;

export interface ConfigChange {
  key: string;
  label: string;
  before?: string;
  after?: string;
}

/**
 * What differs between two alarm configurations, key by key, in a stable order. Metric query
 * ids are left out of the comparison: CloudWatch gives single-metric queries a new random id on
 * every update.
 */
export function configChanges(before: unknown, after: unknown): ConfigChange[] {
  const a = isRecord(before) ? before : {};
  const b = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !IGNORED.has(k));
  const changes: ConfigChange[] = [];
  for (const key of keys) {
    const x = comparable(key, a[key]);
    const y = comparable(key, b[key]);
    if (JSON.stringify(x) === JSON.stringify(y)) continue;
    changes.push({ key, label: labelOf(key), before: show(a[key]), after: show(b[key]) });
  }
  return changes;
}

function comparable(key: string, v: unknown): unknown {
  if (key !== 'metrics' || !Array.isArray(v)) return v;
  return v.map((q) => (isRecord(q) && !q.expression ? { ...q, id: undefined } : q));
}

function labelOf(key: string): string {
  const special: Record<string, string> = { okActions: 'OK actions', alarmActions: 'Alarm actions', insufficientDataActions: 'Insufficient data actions', metrics: 'Metrics' };
  return special[key] ?? humanise(key);
}

/** A short text for one configuration value. */
export function show(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  const s = str(v);
  if (s !== undefined) return s;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.length ? v.join(', ') : 'none';
  const json = JSON.stringify(v);
  return json.length > MAX_VALUE ? `${json.slice(0, MAX_VALUE - 1)}…` : json;
}

export function changeLine(c: ConfigChange): string {
  if (c.before === undefined) return `${c.label}: set to ${c.after ?? ''}`;
  if (c.after === undefined) return `${c.label}: removed (was ${c.before})`;
  return `${c.label}: ${c.before} → ${c.after}`;
}
