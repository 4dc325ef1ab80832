/** Small, safe readers for untyped event JSON. Normalisers use these instead of casts. */

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A string (or number/boolean turned into one), else undefined. */
export function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

export function num(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

/** Follows a path of keys / indexes: get(obj, 'detail', 'resource', 0, 'id'). */
export function get(v: unknown, ...path: (string | number)[]): unknown {
  let cur: unknown = v;
  for (const key of path) {
    if (typeof key === 'number') {
      if (!Array.isArray(cur)) return undefined;
      cur = cur[key];
    } else {
      if (!isRecord(cur)) return undefined;
      cur = cur[key];
    }
  }
  return cur;
}

export function getStr(v: unknown, ...path: (string | number)[]): string | undefined {
  return str(get(v, ...path));
}

export function getArr(v: unknown, ...path: (string | number)[]): unknown[] {
  const a = get(v, ...path);
  return Array.isArray(a) ? a : [];
}

/** Parses a JSON string field (e.g. alarm reasonData); undefined when it isn't JSON. */
export function parseJsonField(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return undefined;
  }
}

/** The parts of an ARN: arn:partition:service:region:account:resource. */
export function parseArn(arn: string | undefined): { partition: string; service: string; region: string; account: string; resource: string } | undefined {
  if (!arn?.startsWith('arn:')) return undefined;
  const parts = arn.split(':');
  if (parts.length < 6) return undefined;
  return { partition: parts[1] ?? '', service: parts[2] ?? '', region: parts[3] ?? '', account: parts[4] ?? '', resource: parts.slice(5).join(':') };
}
