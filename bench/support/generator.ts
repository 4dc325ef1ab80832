/** Runs one load generator job in a child process and returns what it measured. */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Job, LoadResult } from './load-generator.js';

const SCRIPT = fileURLToPath(new URL('./load-generator.js', import.meta.url));

export function generateLoad(job: Job): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(SCRIPT, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: LoadResult | undefined;
    child.once('message', (m) => (result = m as LoadResult));
    child.once('error', reject);
    child.once('exit', (code) => (result ? resolve(result) : reject(new Error(`the load generator exited with ${code} and no result`))));
    child.send(job);
  });
}
