import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCommandIndex } from '../../../src/commands/schema/build-index.js';

/** A synthetic node_modules/@aws-sdk/<name> package (no real client is that old or that empty). */
function installFakeClient(root: string, name: string, version: string, main = 'module.exports = {};'): void {
  const dir = join(root, 'node_modules/@aws-sdk', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `@aws-sdk/${name}`, version, main: 'index.js' }));
  writeFileSync(join(dir, 'index.js'), main);
}

describe('command index builder', () => {
  const projects: string[] = [];
  const newProject = (prefix: string): string => {
    projects.push(mkdtempSync(join(tmpdir(), prefix)));
    return projects.at(-1)!;
  };
  after(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('skips a client too old to have schemas, naming it and the version it needs', () => {
    const project = newProject('old-client-');
    installFakeClient(project, 'client-oldie', '3.900.0');
    const warnings: string[] = [];
    const result = buildCommandIndex(join(project, 'index'), project, (line) => warnings.push(line));
    assert.deepEqual(result, { services: 0, operations: 0, skipped: ['@aws-sdk/client-oldie'] });
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /@aws-sdk\/client-oldie@3\.900\.0.*3\.936\.0 or later/);
  });

  it('looks only at @aws-sdk/client-* packages and still writes an (empty) directory', () => {
    const project = newProject('no-client-');
    installFakeClient(project, 'credential-providers', '3.1000.0');
    const warnings: string[] = [];
    buildCommandIndex(join(project, 'index'), project, (line) => warnings.push(line));
    assert.deepEqual(warnings, []);
    const directory = JSON.parse(readFileSync(join(project, 'index', '_services.json'), 'utf8')) as { services: object };
    assert.deepEqual(directory.services, {});
  });
});
