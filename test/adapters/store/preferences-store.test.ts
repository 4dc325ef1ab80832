import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { openStore } from '../../../src/adapters/store/open-store.js';
import type { Store } from '../../../src/ports/store.js';
import { createTestDatabase, postgresTestUrl } from './postgres-test-database.js';
import { preferencesContract } from './preferences-contract.js';

preferencesContract(
  'in memory',
  async () => {
    // A memory store forgets on close, so each open() is a new, empty store.
    return { open: async (): Promise<Store> => createMemoryStore(), destroy: async () => undefined };
  },
  { durable: false },
);

preferencesContract(
  'PGlite in a directory',
  async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chatops-preferences-'));
    const dataDir = join(dir, 'pglite');
    return { open: () => openStore({ dataDir }), destroy: () => rm(dir, { recursive: true, force: true }) };
  },
  { durable: true },
);

preferencesContract(
  'PostgreSQL (TEST_DATABASE_URL), two replicas',
  async (ctx) => {
    const database = await createTestDatabase(postgresTestUrl(ctx));
    return {
      open: () => openStore({ databaseUrl: database.url }),
      openReplica: () => openStore({ databaseUrl: database.url }),
      destroy: () => database.drop(),
    };
  },
  { durable: true },
);
