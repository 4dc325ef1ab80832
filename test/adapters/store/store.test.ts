import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { openStore } from '../../../src/adapters/store/open-store.js';
import type { Store } from '../../../src/ports/store.js';
import { createTestDatabase, postgresTestUrl } from './postgres-test-database.js';
import { storeContract } from './store-contract.js';

storeContract(
  'in memory',
  async () => {
    // A memory store forgets on close, so each open() is a new, empty store.
    return { open: async (): Promise<Store> => createMemoryStore(), destroy: async () => undefined };
  },
  { kind: 'memory', durable: false },
);

storeContract(
  'PGlite in a directory',
  async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chatops-store-'));
    const dataDir = join(dir, 'pglite');
    return { open: () => openStore({ dataDir }), destroy: () => rm(dir, { recursive: true, force: true }) };
  },
  { kind: 'pglite', durable: true },
);

storeContract(
  'PostgreSQL (TEST_DATABASE_URL)',
  async (ctx) => {
    const database = await createTestDatabase(postgresTestUrl(ctx));
    return { open: () => openStore({ databaseUrl: database.url }), destroy: () => database.drop() };
  },
  { kind: 'postgres', durable: true },
);
