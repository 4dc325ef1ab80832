import { get, getStr, isRecord } from '../read.js';
import { truncate } from './summarise.js';

/** One changed property of a configuration item, in words. */
export interface PropertyChange {
  path: string;
  /** "available → in-use", "added", "removed", "changed" */
  change: string;
}

const VERB: Record<string, string> = { CREATE: 'added', DELETE: 'removed', UPDATE: 'changed' };

/** `configurationItemDiff.changedProperties` as a list, in the order AWS Config sent them. */
export function propertyChanges(message: unknown): PropertyChange[] {
  const props = get(message, 'configurationItemDiff', 'changedProperties');
  if (!isRecord(props)) return [];
  return Object.entries(props).map(([path, p]) => ({ path, change: describe(p) }));
}

function describe(p: unknown): string {
  const verb = VERB[getStr(p, 'changeType') ?? ''] ?? 'changed';
  const before = scalar(get(p, 'previousValue'));
  const after = scalar(get(p, 'updatedValue'));
  if (before !== undefined && after !== undefined) return `${before} → ${after}`;
  if (verb === 'added' && after !== undefined) return `added: ${after}`;
  if (verb === 'removed' && before !== undefined) return `removed (was ${before})`;
  const name = identify(get(p, verb === 'removed' ? 'previousValue' : 'updatedValue'));
  return name ? `${verb} ${name}` : verb;
}

const ID_KEYS = ['resourceId', 'groupId', 'networkInterfaceId', 'volumeId', 'instanceId', 'subnetId', 'key', 'name', 'id'];

/** The identifying value of an object ("sg-3f1fef43" for a security group entry). */
function identify(v: unknown): string | undefined {
  if (!isRecord(v)) return undefined;
  for (const k of ID_KEYS) {
    const s = getStr(v, k) ?? getStr(v, k.charAt(0).toUpperCase() + k.slice(1));
    if (s) return truncate(s, 60);
  }
  return undefined;
}

/** A short text for a scalar value; undefined for objects, arrays and null. */
function scalar(v: unknown): string | undefined {
  if (typeof v === 'string') return truncate(v === '' ? '""' : v, 60);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}
