/**
 * The index builder is the one place under src/commands/ that loads AWS SDK clients (at build
 * time, with createRequire, which test/architecture's import scan does not see). Nothing that runs
 * in the service may import it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../support/fixtures.js';

const COMMANDS = join(process.cwd(), 'src/commands');
const isBuildTime = (rel: string): boolean => rel.startsWith('schema/build/') || rel === 'schema/build-index.ts';

describe('command index builder boundary', () => {
  const files = listFiles(COMMANDS).filter((f) => f.endsWith('.ts'));

  it('requires SDK packages only in the build-time builder', () => {
    const offenders = files.filter((rel) => !isBuildTime(rel) && /require\)?\(\s*['"`]@(aws-sdk|smithy)\//.test(readFileSync(join(COMMANDS, rel), 'utf8')));
    assert.deepEqual(offenders, []);
  });

  it('keeps run-time code from importing the builder', () => {
    const offenders = files.filter((rel) => !isBuildTime(rel) && /from\s+['"][^'"]*(\/build\/|build-index)/.test(readFileSync(join(COMMANDS, rel), 'utf8')));
    assert.deepEqual(offenders, []);
  });
});
