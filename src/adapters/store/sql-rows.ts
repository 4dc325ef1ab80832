import type { SqlParam } from './sql-client.js';
import { storableParam } from './storable.js';

/**
 * Rows per multi-row statement. PostgreSQL takes at most 65,535 parameters in one statement;
 * with about ten columns per row this stays far below that.
 */
export const ROWS_PER_STATEMENT = 1000;

/**
 * The `VALUES (...), (...)` list and its parameters for a multi-row INSERT. `casts` gives each
 * column's cast (e.g. `::jsonb`), or '' for none; `offset` is the number of parameters before.
 * Strings go in as stored (storable.ts).
 */
export function valuesList(rows: readonly (readonly SqlParam[])[], casts: readonly string[], offset = 0): { sql: string; params: SqlParam[] } {
  const params: SqlParam[] = [];
  const tuples: string[] = [];
  for (const row of rows) {
    const slots = row.map((value, column) => {
      params.push(storableParam(value));
      return `$${offset + params.length}${casts[column] ?? ''}`;
    });
    tuples.push(`(${slots.join(', ')})`);
  }
  return { sql: tuples.join(', '), params };
}

/** `items` cut into pieces of at most `size`. */
export function chunks<T>(items: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
  const pieces: T[][] = [];
  for (let i = 0; i < items.length; i += size) pieces.push(items.slice(i, i + size));
  return pieces;
}

/** Milliseconds as a SQL interval expression over parameter `$n`. */
export function msInterval(n: number): string {
  return `($${n}::double precision * interval '1 millisecond')`;
}

/** A bigint or count column as a number (PostgreSQL returns int8 as text). */
export function toNumber(value: number | string | bigint): number {
  return Number(value);
}
