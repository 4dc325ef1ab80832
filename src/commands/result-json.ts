/**
 * An SDK answer → plain JSON as the AWS CLI prints it: Dates as ISO-8601 text, bytes as text
 * when they are UTF-8 (a Lambda payload) else base64, undefined members left out, big numbers
 * as text.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function bytesAsText(bytes: Uint8Array): string {
  try {
    const text = UTF8.decode(bytes);
    // eslint-disable-next-line no-control-regex
    if (!/[\u0000-\u0008\u000e-\u001f]/.test(text)) return text;
  } catch {
    // not UTF-8: base64 below
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/** The value as plain JSON. */
export function toPlainJson(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (value instanceof Uint8Array) return bytesAsText(value);
  if (Array.isArray(value)) return value.map(toPlainJson);
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    case 'bigint':
      return value.toString();
    case 'object': {
      if (value instanceof Set) return [...value].map(toPlainJson);
      const maybeNumber = value as { toString(): string; type?: string; string?: string };
      if (maybeNumber.type === 'bigDecimal' && typeof maybeNumber.string === 'string') return maybeNumber.string;
      const out: Record<string, Json> = {};
      for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toPlainJson(v);
      return out;
    }
    default:
      return String(value);
  }
}

export function isScalar(value: Json | undefined): value is null | boolean | number | string {
  return value === null || typeof value !== 'object';
}

export function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
