import { open, readFile, rm } from 'node:fs/promises';
import { ChatOpsError } from '../../core/errors.js';

export interface DirectoryLock {
  release(): Promise<void>;
}

/** Lock files this process holds; a lock file naming our pid but not in here is stale (pid reused). */
const held = new Set<string>();

/**
 * Claims `<dir>.lock` for this process. PGlite happily opens one directory from two processes at
 * once, which corrupts it; this refuses the second opener instead. A lock left by a process that
 * is gone is taken over.
 */
export async function lockDirectory(dir: string): Promise<DirectoryLock> {
  const path = `${dir}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const file = await open(path, 'wx');
      await file.writeFile(String(process.pid));
      await file.close();
      held.add(path);
      return {
        async release() {
          if (!held.delete(path)) return;
          await rm(path, { force: true });
        },
      };
    } catch (e) {
      if ((e as { code?: string }).code !== 'EEXIST') throw e;
      const holder = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
      if (isHeldBy(holder, path)) {
        throw new ChatOpsError('STORE_LOCKED', `The embedded database in ${dir} is in use by process ${holder}.`, {
          nextStep: 'Stop that process first, or give this one another data directory or a DATABASE_URL.',
        });
      }
      await rm(path, { force: true });
    }
  }
  throw new ChatOpsError('STORE_LOCKED', `Could not claim ${path}: other processes keep taking it.`);
}

function isHeldBy(pid: number, path: string): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return held.has(path);
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === 'EPERM';
  }
}
