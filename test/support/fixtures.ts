import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The shared fixture corpus, read in place (never copied): ../shared/fixtures from the repo root. */
export const SHARED_FIXTURES = resolve(process.cwd(), '../shared/fixtures');
/** Our own synthetic fixtures, for what no real sample shows. */
export const LOCAL_FIXTURES = resolve(process.cwd(), 'test/fixtures');

export function fixturePath(rel: string): string {
  return join(SHARED_FIXTURES, rel);
}

export function readFixture(rel: string): Buffer {
  return readFileSync(fixturePath(rel));
}

export function localFixturePath(rel: string): string {
  return join(LOCAL_FIXTURES, rel);
}

export function readLocalFixture(rel: string): Buffer {
  return readFileSync(localFixturePath(rel));
}

/** Every file below a directory, as paths relative to `base`, sorted. */
export function listFiles(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full, base));
    else out.push(relative(base, full));
  }
  return out;
}
