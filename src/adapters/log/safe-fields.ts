/**
 * Turns log fields into plain JSON-ready values with every string (keys included) passed through
 * the redactor, so a secret is removed before serialisation, where JSON escaping could hide it
 * from a text search. Errors become {type, message, code, stack, cause}.
 */

/** Keys the log line itself uses; a field with one of these names is written as `<key>_`. */
const RESERVED = new Set(['level', 'time', 'msg', 'pid', 'hostname']);
const MAX_DEPTH = 8;

export function safeFields(fields: Record<string, unknown> | undefined, redact: (text: string) => string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!fields) return out;
  const seen = new WeakSet<object>();
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const name = redact(RESERVED.has(key) ? `${key}_` : key);
    out[name] = clean(value, redact, seen, 1);
  }
  return out;
}

function clean(value: unknown, redact: (text: string) => string, seen: WeakSet<object>, depth: number): unknown {
  switch (typeof value) {
    case 'string':
      return redact(value);
    case 'number':
    case 'boolean':
    case 'undefined':
      return value;
    case 'bigint':
      return value.toString();
    case 'symbol':
    case 'function':
      return redact(String(value));
  }
  if (value === null) return null;
  const object = value as object;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (seen.has(object)) return '[circular]';
  if (depth > MAX_DEPTH) return '[too deep]';
  seen.add(object);
  try {
    if (value instanceof Error) return cleanError(value, redact, seen, depth);
    if (Array.isArray(value)) return value.map((v) => clean(v, redact, seen, depth + 1));
    if (Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]`;
    if (value instanceof Map) return clean(Object.fromEntries(value), redact, seen, depth + 1);
    if (value instanceof Set) return clean([...value], redact, seen, depth + 1);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(object)) {
      if (v !== undefined) out[redact(k)] = clean(v, redact, seen, depth + 1);
    }
    return out;
  } finally {
    seen.delete(object);
  }
}

function cleanError(error: Error, redact: (text: string) => string, seen: WeakSet<object>, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = { type: error.name, message: redact(error.message) };
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' || typeof code === 'number') out.code = typeof code === 'string' ? redact(code) : code;
  if (error.stack) out.stack = redact(error.stack);
  if (error.cause !== undefined) out.cause = clean(error.cause, redact, seen, depth + 1);
  return out;
}
