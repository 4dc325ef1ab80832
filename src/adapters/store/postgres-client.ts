import pg from 'pg';
import type { Logger } from '../../ports/logger.js';
import { ChatOpsError } from '../../core/errors.js';
import { parsePostgresUrl, redactDatabaseUrl } from './redact-database-url.js';
import type { SqlClient, SqlParam, SqlQueryable } from './sql-client.js';
import { storeClosed, storeUnavailable, toStoreError } from './store-errors.js';
import { createTransactionScope } from './transaction-scope.js';

const NEXT_STEP =
  'Check that PostgreSQL is running and reachable from this machine, and that DATABASE_URL names ' +
  'the right host, port, database, user and password.';

export interface PostgresClientOptions {
  /** Connections kept open at most. */
  maxConnections?: number;
  /** Connections kept for `urgent` work (the SNS inbox commit), opened on first use. Default 4. */
  urgentConnections?: number;
  logger?: Logger;
}

/** PostgreSQL through a `pg` pool. Connects lazily: the first query shows whether the URL works. */
export function openPostgresClient(databaseUrl: string, options: PostgresClientOptions = {}): SqlClient {
  if (!parsePostgresUrl(databaseUrl)) {
    throw new ChatOpsError('STORE_CONFIG_INVALID', 'DATABASE_URL is not a PostgreSQL URL.', {
      nextStep: 'Write it as postgres://USER:PASSWORD@HOST:5432/DATABASE, or leave it unset to use the embedded database.',
    });
  }
  const where = redactDatabaseUrl(databaseUrl);
  let pool: pg.Pool;
  try {
    pool = new pg.Pool({ connectionString: databaseUrl, max: options.maxConnections ?? 10, connectionTimeoutMillis: 10_000 });
  } catch (e) {
    throw storeUnavailable(where, NEXT_STEP, e);
  }
  // An idle connection that breaks must not crash the process; the next query reports it.
  pool.on('error', (e) => options.logger?.warn('store: idle PostgreSQL connection failed', { error: e.message, database: where }));

  const scope = createTransactionScope();
  let closed = false;

  const on = (runner: pg.Pool | pg.PoolClient): SqlQueryable => ({
    async query<T>(sql: string, params: readonly SqlParam[] = []) {
      try {
        return (await runner.query(sql, [...params])).rows as T[];
      } catch (e) {
        throw toStoreError(e, where, NEXT_STEP);
      }
    },
    async exec(sql: string) {
      try {
        await runner.query(sql);
      } catch (e) {
        throw toStoreError(e, where, NEXT_STEP);
      }
    },
  });
  // Work someone is waiting on (the SNS inbox commit) has connections of its own, so a busy
  // pipeline holding every connection of the main pool never keeps SNS waiting.
  let urgentPool: pg.Pool | undefined;
  const urgentConnections = options.urgentConnections ?? 4;
  const urgentPoolOf = (): pg.Pool => {
    if (!urgentPool) {
      urgentPool = new pg.Pool({ connectionString: databaseUrl, max: urgentConnections, connectionTimeoutMillis: 10_000 });
      urgentPool.on('error', (e) => options.logger?.warn('store: idle PostgreSQL connection failed', { error: e.message, database: where }));
    }
    return urgentPool;
  };

  function check(): void {
    scope.assertOutside();
    if (closed) throw storeClosed();
  }

  async function inTransaction<T>(from: pg.Pool, fn: (tx: SqlQueryable) => Promise<T>): Promise<T> {
    check();
    let connection: pg.PoolClient;
    try {
      connection = await from.connect();
    } catch (e) {
      throw toStoreError(e, where, NEXT_STEP);
    }
    const tx = on(connection);
    let broken = false;
    try {
      await tx.exec('BEGIN');
      const result = await scope.run(() => fn(tx));
      await tx.exec('COMMIT');
      return result;
    } catch (e) {
      await connection.query('ROLLBACK').catch(() => {
        broken = true;
      });
      throw e;
    } finally {
      connection.release(broken);
    }
  }

  const direct = on(pool);
  const urgent: SqlClient['urgent'] = {
    async query(sql, params) {
      check();
      return on(urgentPoolOf()).query(sql, params);
    },
    transaction: (fn) => inTransaction(urgentPoolOf(), fn),
  };

  const client: SqlClient = {
    kind: 'postgres',
    urgent,
    async query(sql, params) {
      check();
      return direct.query(sql, params);
    },
    async exec(sql) {
      check();
      return direct.exec(sql);
    },
    transaction: (fn) => inTransaction(pool, fn),
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([pool.end(), urgentPool?.end()]);
    },
  };
  return client;
}
