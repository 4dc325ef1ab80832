import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { openStore } from '../../../src/adapters/store/open-store.js';
import type { Store } from '../../../src/ports/store.js';
import { createTestDatabase, postgresTestUrl } from './postgres-test-database.js';

export interface StoreBacking {
  open(): Promise<Store>;
  /** A second store on the same database (another replica), where the backing has one. */
  openReplica?(): Promise<Store>;
  destroy(): Promise<void>;
}

export type StoreSuite = (name: string, backing: (ctx: Mocha.Context) => Promise<StoreBacking>, traits: { durable: boolean }) => void;

/** Runs a store contract suite on memory, PGlite in a directory, and PostgreSQL (two replicas). */
export function onEveryStore(suite: StoreSuite, tempPrefix: string): void {
  // A memory store forgets on close, so each open() is a new, empty store.
  suite('in memory', async () => ({ open: async (): Promise<Store> => createMemoryStore(), destroy: async () => undefined }), { durable: false });
  suite(
    'PGlite in a directory',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), tempPrefix));
      const dataDir = join(dir, 'pglite');
      return { open: () => openStore({ dataDir }), destroy: () => rm(dir, { recursive: true, force: true }) };
    },
    { durable: true },
  );
  suite(
    'PostgreSQL (TEST_DATABASE_URL), two replicas',
    async (ctx) => {
      const database = await createTestDatabase(postgresTestUrl(ctx));
      return { open: () => openStore({ databaseUrl: database.url }), openReplica: () => openStore({ databaseUrl: database.url }), destroy: () => database.drop() };
    },
    { durable: true },
  );
}

export interface OpenedStores {
  /** The backing the suite runs on; undefined until `before` has run, or when it was skipped. */
  readonly backing: StoreBacking | undefined;
  /** The store under test. */
  readonly store: Store;
  /** A second replica on the same data where the backing has one, else the store itself. */
  readonly other: Store;
  /** Closes the replica and the store, and opens both again on the same data. */
  reopen(): Promise<void>;
  /** Closes the store and puts a new one on the same data in its place; gives back the closed one. */
  closeStore(): Promise<Store>;
}

/** Opens a store (and a replica, where the backing has one) before the suite, and closes them and destroys the backing after it. */
export function openedStores(createBacking: (ctx: Mocha.Context) => Promise<StoreBacking>): OpenedStores {
  let backing: StoreBacking | undefined;
  let store: Store;
  let replica: Store | undefined;

  before(async function () {
    backing = await createBacking(this);
    store = await backing.open();
    replica = await backing.openReplica?.();
  });

  after(async function () {
    if (!backing) return;
    await replica?.close();
    await store.close();
    await backing.destroy();
  });

  return {
    get backing() {
      return backing;
    },
    get store() {
      return store;
    },
    get other() {
      return replica ?? store;
    },
    async reopen() {
      await replica?.close();
      await store.close();
      store = await backing!.open();
      replica = await backing!.openReplica?.();
    },
    async closeStore() {
      const closed = store;
      await closed.close();
      store = await backing!.open();
      return closed;
    },
  };
}
