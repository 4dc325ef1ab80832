/**
 * Test support: builds the command index once per test run into a temporary directory, by
 * running the real build step (`node dist/src/commands/schema/build-index.js --out DIR`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandIndex } from '../../../src/commands/schema/command-index.js';

let built: { index: CommandIndex; summary: string } | undefined;

/** The index built from the installed clients, and the builder's summary line. */
export function builtIndex(): { index: CommandIndex; summary: string } {
  if (!built) {
    const dir = mkdtempSync(join(tmpdir(), 'command-index-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const builder = join(process.cwd(), 'dist/src/commands/schema/build-index.js');
    const run = spawnSync(process.execPath, [builder, '--out', dir], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`the index builder failed: ${run.stderr}`);
    built = { index: new CommandIndex(dir), summary: run.stderr.trim() };
  }
  return built;
}
