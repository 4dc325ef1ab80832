/** Both drivers return timestamptz as Date; accept a string too, in case a type parser changes. */
export function toIso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

/** jsonb parameter: JSON text, or SQL NULL for null/undefined. */
export function toJsonParam(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}
