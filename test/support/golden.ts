import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** test/golden in the repository (this file runs from dist/test/support). */
const GOLDEN_DIR = fileURLToPath(new URL('../../../test/golden/', import.meta.url));

/**
 * Compares `value`, as pretty JSON (2 spaces, trailing newline), with test/golden/<relPath>.
 * With UPDATE_GOLDEN=1 in the environment it writes the file instead; review the diff like code.
 */
export function expectGolden(relPath: string, value: unknown): void {
  const file = join(GOLDEN_DIR, relPath);
  const actual = `${JSON.stringify(value, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) assert.fail(`test/golden/${relPath} does not exist yet: run the tests with UPDATE_GOLDEN=1 to write it, then review it.`);
  assert.equal(actual, readFileSync(file, 'utf8'), `output differs from test/golden/${relPath} (UPDATE_GOLDEN=1 rewrites it)`);
}
