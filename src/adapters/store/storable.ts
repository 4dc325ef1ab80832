import type { SqlParam } from './sql-client.js';

/**
 * PostgreSQL text and jsonb can't hold the NUL character (U+0000): a text parameter with one is
 * refused, and so is `\u0000` in jsonb. One such character in one event must not make a whole
 * batch fail (SNS would retry it forever), so every string the delivery tables store keeps
 * U+FFFD in its place, in both stores. (JSON object keys are left alone: ours never hold one.)
 */
export function storableText(text: string): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', '\uFFFD') : text;
}

/** A parameter as stored: strings through storableText. */
export function storableParam(value: SqlParam): SqlParam {
  return typeof value === 'string' ? storableText(value) : value;
}

/** JSON text for a jsonb parameter (SQL NULL for null/undefined), NUL replaced in strings. */
export function storableJson(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'string' ? storableText(inner) : inner));
}

/** A deep copy as the SQL store gives it back: through JSON, NUL replaced. */
export function storableCopy<T>(value: T): T {
  const text = storableJson(value);
  return (text === null ? value : JSON.parse(text)) as T;
}
