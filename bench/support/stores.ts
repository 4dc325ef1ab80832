/**
 * Fresh stores for each measured run: PGlite in a new temporary directory, or a new database on
 * the PostgreSQL server of TEST_DATABASE_URL (dropped afterwards). Nothing is shared between runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/adapters/store/open-store.js';
import type { Store } from '../../src/ports/store.js';
import { createTestDatabase } from '../../test/adapters/store/postgres-test-database.js';

export type StoreKind = 'PGlite' | 'PostgreSQL';

export interface BenchStore {
  kind: StoreKind;
  store: Store;
  /** Removes what the store left behind; call after the store (or the app holding it) is closed. */
  dispose(): Promise<void>;
}

/** The PostgreSQL server to benchmark on, if any. */
export function postgresServerUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL?.trim() || undefined;
}

/** The store kinds this run can measure, and a note for those it can't. */
export function storeKinds(): { kinds: StoreKind[]; note?: string } {
  if (postgresServerUrl()) return { kinds: ['PGlite', 'PostgreSQL'] };
  return { kinds: ['PGlite'], note: 'PostgreSQL rows skipped: TEST_DATABASE_URL is not set (export TEST_DATABASE_URL="$(bash .ci/start-postgres.sh)" to include them).' };
}

export async function openBenchStore(kind: StoreKind): Promise<BenchStore> {
  if (kind === 'PGlite') {
    const dir = mkdtempSync(join(tmpdir(), 'chatops-bench-pglite-'));
    const store = await openStore({ dataDir: join(dir, 'pglite') });
    return { kind, store, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const server = postgresServerUrl();
  if (!server) throw new Error('TEST_DATABASE_URL is not set');
  const database = await createTestDatabase(server);
  const store = await openStore({ databaseUrl: database.url });
  return { kind, store, dispose: () => database.drop() };
}
