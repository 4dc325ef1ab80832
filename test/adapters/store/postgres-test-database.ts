import { randomUUID } from 'node:crypto';
import pg from 'pg';

/**
 * TEST_DATABASE_URL, or: skip the calling suite locally (saying so), fail it in CI. CI must never
 * pass without having run the PostgreSQL tests.
 */
export function postgresTestUrl(ctx: Mocha.Context): string {
  const url = process.env.TEST_DATABASE_URL?.trim();
  if (url) return url;
  const how = 'Start one with: TEST_DATABASE_URL="$(.ci/start-postgres.sh)" (needs apt-get install -y postgresql).';
  if (process.env.CI) throw new Error(`TEST_DATABASE_URL is not set, and CI must run the PostgreSQL tests. ${how}`);
  console.warn(`    skipping PostgreSQL tests: TEST_DATABASE_URL is not set. ${how}`);
  ctx.skip();
}

export interface TestDatabase {
  /** URL of a new, empty database on the same server. */
  url: string;
  drop(): Promise<void>;
}

/** Creates a fresh database so runs (and suites) never see each other's data. */
export async function createTestDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `chatops_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await asAdmin(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => asAdmin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function asAdmin(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
