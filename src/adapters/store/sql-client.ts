/**
 * The one SQL surface the store is written against. PGlite and PostgreSQL both implement it with
 * the same SQL text and `$1` placeholders, so every query runs unchanged on either driver.
 */

/** Values a query may bind. Objects go in as JSON text (`JSON.stringify`) cast with `::jsonb`. */
export type SqlParam = string | number | boolean | null;

export interface SqlQueryable {
  /** Runs one statement and returns its rows. */
  query<T>(sql: string, params?: readonly SqlParam[]): Promise<T[]>;
  /** Runs one or more statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface SqlClient extends SqlQueryable {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws.
   * Inside `fn` use only `tx`; using the client itself there is refused (STORE_NESTED_QUERY),
   * because on PGlite it would wait for the transaction forever.
   */
  transaction<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  /**
   * The same database for work someone is waiting on (the SNS inbox commit). On PGlite (one
   * connection) its statements start before background work that is still queued; on
   * PostgreSQL it has a small pool of its own, so a pipeline holding every connection of the
   * main pool never keeps it waiting.
   */
  readonly urgent: Pick<SqlClient, 'query' | 'transaction'>;
  /** Idempotent. */
  close(): Promise<void>;
}
