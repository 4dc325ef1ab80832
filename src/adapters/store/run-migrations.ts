import { ChatOpsError, isChatOpsError } from '../../core/errors.js';
import type { Logger } from '../../ports/logger.js';
import { allMigrations } from './migrations/all-migrations.js';
import type { Migration } from './migrations/migration.js';
import type { SqlClient, SqlQueryable } from './sql-client.js';
import { storeMigrationFailed } from './store-errors.js';

/** Any constant works, as long as every replica uses the same one. */
const MIGRATION_LOCK_KEY = 7_243_100_003;

const CREATE_SCHEMA_MIGRATIONS = `
CREATE TABLE IF NOT EXISTS schema_migrations (
  id         integer PRIMARY KEY,
  name       text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

export interface MigrationReport {
  /** Ids this call applied, in order. */
  applied: number[];
}

/**
 * Brings the schema up to date. Each pending migration runs once, in its own transaction that
 * first takes a transaction-scoped advisory lock, so replicas starting together wait for each
 * other and re-check instead of racing. Safe to call on every start.
 */
export async function runMigrations(
  client: SqlClient,
  migrations: readonly Migration[] = allMigrations,
  logger?: Logger,
): Promise<MigrationReport> {
  assertOrdered(migrations);
  const done = await client.transaction(async (tx) => {
    await lock(tx);
    await tx.exec(CREATE_SCHEMA_MIGRATIONS);
    const rows = await tx.query<{ id: number }>('SELECT id FROM schema_migrations');
    return new Set(rows.map((row) => Number(row.id)));
  });
  const known = new Set(migrations.map((m) => m.id));
  const unknown = [...done].filter((id) => !known.has(id));
  if (unknown.length > 0) {
    logger?.warn('store: the database has migrations this version does not know; is a newer version running?', { unknown });
  }

  const applied: number[] = [];
  for (const migration of migrations) {
    if (done.has(migration.id)) continue;
    if (await applyOnce(client, migration)) {
      applied.push(migration.id);
      logger?.info('store: applied migration', { id: migration.id, name: migration.name });
    }
  }
  return { applied };
}

async function applyOnce(client: SqlClient, migration: Migration): Promise<boolean> {
  try {
    return await client.transaction(async (tx) => {
      await lock(tx);
      const already = await tx.query('SELECT 1 FROM schema_migrations WHERE id = $1', [migration.id]);
      if (already.length > 0) return false;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (id, name) VALUES ($1, $2)', [migration.id, migration.name]);
      return true;
    });
  } catch (e) {
    if (isChatOpsError(e) && e.code === 'STORE_UNAVAILABLE') throw e;
    throw storeMigrationFailed(migration.id, migration.name, e);
  }
}

async function lock(tx: SqlQueryable): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    const previous = index === 0 ? 0 : migrations[index - 1]!.id;
    if (!Number.isInteger(migration.id) || migration.id <= previous) {
      throw new ChatOpsError('STORE_MIGRATIONS_INVALID', `Migration ids must increase; ${migration.id} (${migration.name}) follows ${previous}.`);
    }
  });
}
