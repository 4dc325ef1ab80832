import { randomUUID } from 'node:crypto';
import { openPgliteClient } from '../../../src/adapters/store/pglite-client.js';
import { openPostgresClient } from '../../../src/adapters/store/postgres-client.js';
import type { SqlClient } from '../../../src/adapters/store/sql-client.js';
import { createTestDatabase, postgresTestUrl } from './postgres-test-database.js';
import type { TestDatabase } from './postgres-test-database.js';

/** One in-memory PGlite for every suite here (it takes seconds to start), closed after all tests. */
let sharedPglite: Promise<SqlClient> | undefined;
after(async function () {
  await (await sharedPglite)?.close();
});

/**
 * Runs `body` once per SQL driver. `emptyDatabase()` gives each test a client on a database with
 * no tables: on PostgreSQL a new database; on PGlite (one connection, slow to start) a new schema
 * on one shared in-memory instance, made current with search_path.
 */
export function describeEachSqlDriver(title: string, body: (emptyDatabase: () => Promise<SqlClient>) => void): void {
  for (const kind of ['pglite', 'postgres'] as const) {
    describe(`${title} (${kind})`, function () {
      this.timeout(60_000);
      const opened: SqlClient[] = [];
      const databases: TestDatabase[] = [];
      let shared: SqlClient | undefined;
      let serverUrl = '';

      before(async function () {
        if (kind === 'pglite') shared = await (sharedPglite ??= openPgliteClient());
        else serverUrl = postgresTestUrl(this);
      });

      after(async function () {
        await Promise.all(opened.map((client) => client.close()));
        await Promise.all(databases.map((database) => database.drop()));
      });

      body(async () => {
        if (shared) {
          const schema = `test_${randomUUID().replaceAll('-', '')}`;
          await shared.exec(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
          return { ...shared, kind: shared.kind, close: async () => undefined };
        }
        const database = await createTestDatabase(serverUrl);
        databases.push(database);
        const client = openPostgresClient(database.url);
        opened.push(client);
        return client;
      });
    });
  }
}
