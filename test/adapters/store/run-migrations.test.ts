import assert from 'node:assert/strict';
import { allMigrations } from '../../../src/adapters/store/migrations/all-migrations.js';
import { openStore } from '../../../src/adapters/store/open-store.js';
import { openPostgresClient } from '../../../src/adapters/store/postgres-client.js';
import { runMigrations } from '../../../src/adapters/store/run-migrations.js';
import { describeEachSqlDriver } from './empty-databases.js';
import { createTestDatabase, postgresTestUrl } from './postgres-test-database.js';

describe('migration list', function () {
  it('numbers migrations 1, 2, 3 … with no gap', function () {
    assert.deepEqual(
      allMigrations.map((m) => m.id),
      allMigrations.map((_, i) => i + 1),
    );
  });
});

describeEachSqlDriver('running migrations', (emptyDatabase) => {
  it('applies every migration once, and nothing when run again', async function () {
    const db = await emptyDatabase();
    assert.deepEqual(await runMigrations(db), { applied: allMigrations.map((m) => m.id) });
    assert.deepEqual(await runMigrations(db), { applied: [] });
    const recorded = await db.query<{ id: number; name: string }>('SELECT id, name FROM schema_migrations ORDER BY id');
    assert.deepEqual(recorded, allMigrations.map(({ id, name }) => ({ id, name })));
  });

  it('applies only the migrations added since the last run', async function () {
    const db = await emptyDatabase();
    const first = { id: 1, name: 'first', sql: 'CREATE TABLE one (x int)' };
    const second = { id: 2, name: 'second', sql: 'CREATE TABLE two (x int)' };
    await runMigrations(db, [first]);
    assert.deepEqual(await runMigrations(db, [first, second]), { applied: [2] });
  });

  it('keeps nothing of a migration that fails, and says which one failed', async function () {
    const db = await emptyDatabase();
    const good = { id: 1, name: 'good', sql: 'CREATE TABLE good (x int)' };
    const broken = { id: 2, name: 'broken', sql: 'CREATE TABLE half_done (x int); SELECT * FROM no_such_table' };
    await assert.rejects(runMigrations(db, [good, broken]), (e: { code?: string; message: string }) => {
      assert.equal(e.code, 'STORE_MIGRATION_FAILED');
      assert.match(e.message, /migration 2 \(broken\)/);
      return true;
    });
    const tables = await db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name`,
    );
    assert.deepEqual(tables.map((t) => t.name), ['good', 'schema_migrations']);
    assert.deepEqual(await db.query('SELECT id FROM schema_migrations'), [{ id: 1 }]);
  });

  it('refuses a migration list whose ids do not increase', async function () {
    const db = await emptyDatabase();
    const list = [
      { id: 2, name: 'b', sql: 'SELECT 1' },
      { id: 1, name: 'a', sql: 'SELECT 1' },
    ];
    await assert.rejects(runMigrations(db, list), (e: { code?: string }) => e.code === 'STORE_MIGRATIONS_INVALID');
  });
});

describe('replicas starting together on one PostgreSQL', function () {
  this.timeout(60_000);

  it('apply each migration exactly once', async function () {
    const database = await createTestDatabase(postgresTestUrl(this));
    try {
      const stores = await Promise.all(Array.from({ length: 5 }, () => openStore({ databaseUrl: database.url })));
      await Promise.all(stores.map((store) => store.close()));
      const db = openPostgresClient(database.url);
      const rows = await db.query<{ id: number }>('SELECT id FROM schema_migrations ORDER BY id');
      await db.close();
      assert.deepEqual(rows.map((r) => r.id), allMigrations.map((m) => m.id));
    } finally {
      await database.drop();
    }
  });
});
