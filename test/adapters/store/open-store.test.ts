import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChatOpsError } from '../../../src/core/errors.js';
import { openStore } from '../../../src/adapters/store/open-store.js';

describe('opening the store', function () {
  this.timeout(30_000);

  it('says the database is unavailable, without the password, when PostgreSQL cannot be reached', async function () {
    // Port 1 on localhost refuses connections at once.
    const databaseUrl = 'postgres://chatops:s3cret-Pa55@127.0.0.1:1/chatops';
    await assert.rejects(openStore({ databaseUrl }), (e: ChatOpsError) => {
      assert.equal(e.code, 'STORE_UNAVAILABLE');
      assert.match(e.toLine(), /127\.0\.0\.1:1/);
      assert.match(e.toLine(), /DATABASE_URL/);
      for (const text of [e.message, e.userMessage, e.toLine(), String(e.nextStep)]) assert.doesNotMatch(text, /s3cret-Pa55/);
      return true;
    });
  });

  it('refuses a DATABASE_URL that is not a PostgreSQL URL, without echoing it', async function () {
    await assert.rejects(openStore({ databaseUrl: 'mysql://root:s3cret-Pa55@db/app' }), (e: ChatOpsError) => {
      assert.equal(e.code, 'STORE_CONFIG_INVALID');
      assert.doesNotMatch(e.toLine(), /s3cret-Pa55/);
      return true;
    });
  });

  it('says the database is unavailable when the PGlite directory cannot be created', async function () {
    const dir = await mkdtemp(join(tmpdir(), 'chatops-store-'));
    try {
      await writeFile(join(dir, 'a-file'), 'not a directory');
      await assert.rejects(openStore({ dataDir: join(dir, 'a-file', 'pglite') }), (e: ChatOpsError) => {
        assert.equal(e.code, 'STORE_UNAVAILABLE');
        assert.match(e.toLine(), /a-file/);
        assert.match(e.toLine(), /writable/);
        return true;
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
