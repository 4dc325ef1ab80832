import { mkdir } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { PGlite } from '@electric-sql/pglite';
import { isChatOpsError } from '../../core/errors.js';
import type { DirectoryLock } from './directory-lock.js';
import { lockDirectory } from './directory-lock.js';
import type { Lane } from './serial-queue.js';
import { createSerialQueue } from './serial-queue.js';
import type { SqlClient, SqlParam, SqlQueryable } from './sql-client.js';
import { storeClosed, storeUnavailable, toStoreError } from './store-errors.js';
import { createTransactionScope } from './transaction-scope.js';

const NEXT_STEP =
  'Check that the directory is writable and that no other chatops process is using it. ' +
  'To start with an empty database, stop chatops and move the directory aside.';

/**
 * Embedded PostgreSQL (PGlite) persisting in `dataDir`; in memory when `dataDir` is undefined.
 * The directory is locked (`<dataDir>.lock`) so that a second process can't open it too.
 * PGlite is one connection, so every statement and transaction goes through one queue: a
 * transaction holds the queue until it commits or rolls back.
 */
/**
 * PostgreSQL's default 128 MB of shared buffers is sized for a database server; in our process
 * it costs as much resident memory as the rest of the service. The store's working set (inbox,
 * outbox, threads) is a few MB: 16 MB keeps it cached (PostgreSQL's files are in the operating
 * system's cache too) and costs ~18 MB less resident memory than 32 MB, with the same intake
 * throughput (npm run bench intake commands).
 */
const PGLITE_SETTINGS = ['shared_buffers = 16MB'];

/**
 * PGlite is a 9 MB WebAssembly module. By default V8 compiles it with its baseline compiler
 * (Liftoff) and then recompiles every function that runs hot with its optimizing compiler
 * (TurboFan) on background threads: at start-up that is most of PostgreSQL, which costs
 * 60–70 MB of resident memory and a few hundred milliseconds of a 2-core machine, for no
 * measurable gain on the store's short statements (npm run bench commands, intake). These flags
 * keep WebAssembly on the baseline code. They are read when a module is compiled, so they are
 * set before PGlite compiles; they only concern WebAssembly (the process's JavaScript is not
 * affected) and can be turned off with CHATOPS_PGLITE_WASM_TIER_UP=true.
 */
function keepWasmOnBaselineCode(env: NodeJS.ProcessEnv = process.env): void {
  if (env.CHATOPS_PGLITE_WASM_TIER_UP === 'true') return;
  setFlagsFromString('--no-wasm-dynamic-tiering');
  setFlagsFromString('--no-wasm-tier-up');
}

export async function openPgliteClient(dataDir?: string): Promise<SqlClient> {
  const where = dataDir ?? 'memory (PGlite)';
  let db: PGlite;
  let lock: DirectoryLock | undefined;
  try {
    if (dataDir) {
      await mkdir(dataDir, { recursive: true });
      lock = await lockDirectory(dataDir);
    }
    keepWasmOnBaselineCode();
    db = await PGlite.create(dataDir, { postgresqlconf: PGLITE_SETTINGS });
  } catch (e) {
    await lock?.release();
    throw isChatOpsError(e) ? e : storeUnavailable(where, NEXT_STEP, e);
  }

  const serial = createSerialQueue();
  const scope = createTransactionScope();
  let closed = false;

  const direct: SqlQueryable = {
    async query<T>(sql: string, params: readonly SqlParam[] = []) {
      try {
        return (await db.query<T>(sql, [...params])).rows;
      } catch (e) {
        throw toStoreError(e, where, NEXT_STEP);
      }
    },
    async exec(sql: string) {
      try {
        await db.exec(sql);
      } catch (e) {
        throw toStoreError(e, where, NEXT_STEP);
      }
    },
  };

  function guarded<T>(task: () => Promise<T>, lane?: Lane): Promise<T> {
    scope.assertOutside();
    if (closed) return Promise.reject(storeClosed());
    return serial(() => (closed ? Promise.reject(storeClosed()) : task()), lane);
  }

  function inTransaction<T>(fn: (tx: SqlQueryable) => Promise<T>): () => Promise<T> {
    return async () => {
      await direct.exec('BEGIN');
      try {
        const result = await scope.run(() => fn(direct));
        await direct.exec('COMMIT');
        return result;
      } catch (e) {
        await direct.exec('ROLLBACK').catch(() => undefined);
        throw e;
      }
    };
  }

  return {
    kind: 'pglite',
    query: (sql, params) => guarded(() => direct.query(sql, params)),
    exec: (sql) => guarded(() => direct.exec(sql)),
    transaction: (fn) => guarded(inTransaction(fn)),
    urgent: {
      query: (sql, params) => guarded(() => direct.query(sql, params), 'urgent'),
      transaction: (fn) => guarded(inTransaction(fn), 'urgent'),
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await serial(() => db.close());
      } finally {
        await lock?.release();
      }
    },
  };
}
