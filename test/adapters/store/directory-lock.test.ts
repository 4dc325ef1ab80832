import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockDirectory } from '../../../src/adapters/store/directory-lock.js';

describe('locking the embedded database directory', function () {
  let dir: string;
  beforeEach(async function () {
    dir = join(await mkdtemp(join(tmpdir(), 'chatops-lock-')), 'pglite');
  });
  afterEach(async function () {
    await rm(join(dir, '..'), { recursive: true, force: true });
  });

  it('refuses a second opener while the first holds the directory, and lets it in after release', async function () {
    const first = await lockDirectory(dir);
    await assert.rejects(lockDirectory(dir), (e: { code?: string; message: string }) => {
      assert.equal(e.code, 'STORE_LOCKED');
      assert.match(e.message, new RegExp(`process ${process.pid}`));
      return true;
    });
    await first.release();
    const second = await lockDirectory(dir);
    await second.release();
  });

  it('takes over a lock left by a process that has ended', async function () {
    const ended = spawnSync(process.execPath, ['-e', '']).pid;
    await writeFile(`${dir}.lock`, String(ended));
    const lock = await lockDirectory(dir);
    await lock.release();
  });

  it('takes over a lock naming this process that this process does not hold (pid reused after a restart)', async function () {
    await writeFile(`${dir}.lock`, String(process.pid));
    const lock = await lockDirectory(dir);
    await lock.release();
  });
});
