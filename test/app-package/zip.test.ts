import assert from 'node:assert/strict';
import { writeZip } from '../../src/teams-package/zip.js';
import { readZip } from './read-zip.js';

describe('app package zip writer', () => {
  const files = [
    { name: 'manifest.json', data: Buffer.from(JSON.stringify({ hello: 'wörld', list: Array.from({ length: 200 }, (_, i) => i) })) },
    { name: 'color.png', data: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) & 0xff)) },
    { name: 'empty.txt', data: Buffer.alloc(0) },
  ];

  it('writes deflated entries that read back byte for byte, in order', () => {
    const entries = readZip(writeZip(files));
    assert.deepEqual(entries.map((e) => e.name), ['manifest.json', 'color.png', 'empty.txt']);
    assert.ok(entries.every((e) => e.method === 8));
    entries.forEach((e, i) => assert.ok(e.data.equals(files[i]!.data), e.name));
  });

  it('gives the same bytes for the same files (fixed timestamps)', () => {
    assert.ok(writeZip(files).equals(writeZip(files)));
  });

  it('writes an empty archive as a bare end record', () => {
    const zip = writeZip([]);
    assert.equal(zip.length, 22);
    assert.deepEqual(readZip(zip), []);
  });
});
