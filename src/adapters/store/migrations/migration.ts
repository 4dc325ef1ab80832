/**
 * One forward-only schema change. `sql` may hold several statements; it runs once, in one
 * transaction, and is recorded in `schema_migrations`. Never edit a migration that has shipped:
 * add the next number instead.
 */
export interface Migration {
  id: number;
  name: string;
  sql: string;
}
