import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseCommandLine } from '../../src/commands/parse/parse-command.js';
import { errorToJson, parsedToJson, type ParseResultJson } from '../../src/commands/parse/parse-result-json.js';
import { CommandIndex } from '../../src/commands/schema/command-index.js';

const CORPUS = join(process.cwd(), 'test/commands/cli-corpus');
const expected = readFileSync(join(CORPUS, 'expected.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ParseResultJson & { line: string });
const differences = (JSON.parse(readFileSync(join(process.cwd(), 'test/commands/cli-corpus-differences.json'), 'utf8')) as { lines: Record<string, string> }).lines;

/** Lines the CLI parses but the product refuses (src/permissions/deny-list.ts): they must give `denied`. */
const denied = new Set(
  readFileSync(join(CORPUS, 'lines.txt'), 'utf8')
    .split('\n')
    .reduce<{ on: boolean; lines: string[] }>(
      (acc, l) => (l.startsWith('# ==') ? { ...acc, on: l.includes('denied by the product') } : acc.on && l.trim() && !l.startsWith('#') ? { ...acc, lines: [...acc.lines, l.trim()] } : acc),
      { on: false, lines: [] },
    ).lines,
);

/** What must agree: service, operation, params, region, query and output — or the error code and missing names. */
function comparable(r: ParseResultJson): unknown {
  const plain = r.error
    ? { code: r.error.code, missing: r.error.missing }
    : { service: r.service, operation: r.operation, params: r.params, region: r.region, query: r.query, output: r.output };
  return JSON.parse(JSON.stringify(plain));
}

/** Every line that disagrees (not allow-listed), and every allow-listed line that now agrees. */
function compare(got: (ParseResultJson & { line?: string })[]): string[] {
  const problems: string[] = [];
  expected.forEach((want, i) => {
    const wanted = denied.has(want.line) ? { code: 'denied' } : comparable(want);
    const same = isDeepStrictEqual(comparable(got[i] ?? {}), wanted);
    const known = Object.hasOwn(differences, want.line);
    if (!same && !known) problems.push(`${want.line}\n    want ${JSON.stringify(wanted)}\n    got  ${JSON.stringify(got[i])}`);
    if (same && known) problems.push(`${want.line}\n    now agrees with the CLI: remove it from cli-corpus-differences.json`);
  });
  return problems;
}

describe('the AWS CLI corpus', () => {
  const index = new CommandIndex();

  it(`parses all ${expected.length} lines as the real AWS CLI does, except the documented differences`, () => {
    const got = expected.map(({ line }) => {
      try {
        return parsedToJson(parseCommandLine(line, index));
      } catch (e) {
        return errorToJson(e);
      }
    });
    const problems = compare(got);
    assert.equal(problems.length, 0, `${problems.length} of ${expected.length} lines disagree:\n${problems.join('\n')}`);
  });

  it('refuses the operations on the deny list although the CLI would run them', () => {
    assert.equal(denied.size, 6);
  });

  it('keeps the documented differences under 5% of the corpus', () => {
    assert.ok(Object.keys(differences).length <= expected.length * 0.05);
  });

  it('agrees through `chatops parse --lines` too, one JSON object per line', () => {
    const stdout = execFileSync(process.execPath, [join(process.cwd(), 'dist/src/cli.js'), 'parse', '--lines'], {
      input: readFileSync(join(CORPUS, 'lines.txt')),
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    const got = stdout.trim().split('\n').map((l) => JSON.parse(l) as ParseResultJson & { line: string });
    assert.deepEqual(got.map((r) => r.line), expected.map((r) => r.line));
    const problems = compare(got);
    assert.equal(problems.length, 0, problems.join('\n'));
  });
});
