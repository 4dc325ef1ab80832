import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../support/fixtures.js';

const SRC = join(process.cwd(), 'src');
/** Packages that only adapters may import. */
const SDKS = [/^@slack\//, /^@microsoft\//, /^@aws-sdk\//, /^@electric-sql\//, /^pg$/, /^express$/, /^adaptivecards$/, /^playwright/];
/** Folders that must stay free of SDKs and adapters. */
const PURE = ['core', 'notifications', 'commands', 'render', 'dialogs', 'permissions', 'conversations', 'actions'];
/** render/ may use the Block Kit *types*; nothing else. */
const TYPE_ONLY_ALLOWED: Record<string, RegExp[]> = { render: [/^@slack\/types$/] };

function importsOf(file: string): { spec: string; typeOnly: boolean }[] {
  const text = readFileSync(file, 'utf8');
  const out: { spec: string; typeOnly: boolean }[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)) out.push({ spec: m[3]!, typeOnly: Boolean(m[2]) });
  for (const m of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push({ spec: m[1]!, typeOnly: false });
  return out;
}

/** SDKs that belong to one adapter: imported (types included) nowhere else in src/. */
const SDK_HOMES: { sdk: RegExp; name: string; home: string }[] = [{ sdk: /^@microsoft\/teams\./, name: '@microsoft/teams.*', home: 'adapters/teams' }];

describe('architecture boundaries', () => {
  for (const { sdk, name, home } of SDK_HOMES) {
    it(`imports ${name} only under src/${home}/`, () => {
      const problems: string[] = [];
      for (const rel of listFiles(SRC).filter((f) => f.endsWith('.ts'))) {
        if (rel.startsWith(`${home}/`)) continue;
        for (const { spec } of importsOf(join(SRC, rel))) if (sdk.test(spec)) problems.push(`src/${rel} imports ${spec}`);
      }
      assert.deepEqual(problems, []);
    });
  }

  for (const folder of PURE) {
    it(`keeps src/${folder}/ free of platform SDKs and adapters`, () => {
      let files: string[] = [];
      try {
        files = listFiles(join(SRC, folder)).filter((f) => f.endsWith('.ts'));
      } catch {
        return; // folder not there yet
      }
      const problems: string[] = [];
      for (const rel of files) {
        for (const { spec, typeOnly } of importsOf(join(SRC, folder, rel))) {
          const allowed = typeOnly && (TYPE_ONLY_ALLOWED[folder] ?? []).some((r) => r.test(spec));
          if (!allowed && SDKS.some((r) => r.test(spec))) problems.push(`src/${folder}/${rel} imports ${spec}`);
          if (spec.includes('/adapters/')) problems.push(`src/${folder}/${rel} imports an adapter (${spec})`);
        }
      }
      assert.deepEqual(problems, []);
    });
  }
});
