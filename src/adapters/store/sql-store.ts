import type { Store } from '../../ports/store.js';
import type { SqlClient } from './sql-client.js';
import { createSqlSandboxMessages } from './sql-sandbox-messages.js';
import { createSqlThreads } from './sql-threads.js';

/**
 * The Store port over a migrated SQL client. Each part gets the client and owns its own tables;
 * later parts (inbox, outbox, ...) join here with their own migration.
 */
export function createSqlStore(client: SqlClient): Store {
  return {
    kind: client.kind,
    sandbox: createSqlSandboxMessages(client),
    threads: createSqlThreads(client),
    // Driver errors arrive coded: STORE_UNAVAILABLE when unreachable, STORE_CLOSED after close().
    async ping() {
      await client.query('SELECT 1');
    },
    close: () => client.close(),
  };
}
