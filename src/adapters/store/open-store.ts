import { resolve } from 'node:path';
import type { Logger } from '../../ports/logger.js';
import type { Store } from '../../ports/store.js';
import { redactDatabaseUrl } from './redact-database-url.js';
import { runMigrations } from './run-migrations.js';
import type { SqlClient } from './sql-client.js';
import { createSqlStore } from './sql-store.js';

export interface OpenStoreOptions {
  /** PostgreSQL connection URL; when set, PostgreSQL is used instead of PGlite. */
  databaseUrl?: string;
  /** PGlite directory; default `.data/pglite` under the working directory. */
  dataDir?: string;
  logger?: Logger;
}

export const DEFAULT_DATA_DIR = '.data/pglite';

/**
 * Opens the store and brings its schema up to date before returning. Fails with
 * STORE_UNAVAILABLE (database unreachable or directory unusable) or STORE_MIGRATION_FAILED;
 * messages name the database with its password redacted.
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const databaseUrl = options.databaseUrl?.trim();
  let client: SqlClient;
  let where: string;
  if (databaseUrl) {
    where = redactDatabaseUrl(databaseUrl);
    // Each driver is loaded only when it is used: a PGlite service never loads pg, and the reverse.
    client = (await import('./postgres-client.js')).openPostgresClient(databaseUrl, { logger: options.logger });
  } else {
    where = resolve(options.dataDir ?? DEFAULT_DATA_DIR);
    client = await (await import('./pglite-client.js')).openPgliteClient(where);
  }

  try {
    const { applied } = await runMigrations(client, undefined, options.logger);
    options.logger?.info('store: open', { kind: client.kind, database: where, migrationsApplied: applied.length });
  } catch (e) {
    await client.close().catch(() => undefined);
    throw e;
  }
  return createSqlStore(client);
}
