/**
 * The index against the AWS CLI oracle (test/commands/cli-corpus): every operation and parameter
 * path the real CLI produced exists in the index with a compatible type, and what the CLI
 * reports as a missing required option is required in the index.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { xformName } from '../../../src/commands/schema/cli-names.js';
import { resolveShape, type CommandIndex } from '../../../src/commands/schema/command-index.js';
import type { OperationIndex, ServiceIndex, ShapeRef } from '../../../src/commands/schema/index-types.js';
import { builtIndex } from './built-index.js';

interface Expected {
  line: string;
  service?: string;
  operation?: string;
  params?: Record<string, unknown>;
  error?: { code: string; missing?: string[] };
}

const corpus: Expected[] = readFileSync(join(process.cwd(), 'test/commands/cli-corpus/expected.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Expected);

/**
 * Model drift between the oracle's botocore models and the SDK, checked by hand: botocore's route53
 * model types MaxItems as a string, the SDK (newer Smithy model) as an integer.
 */
const KNOWN_DRIFT = new Set(['route53.ListHostedZonesByName.MaxItems: a string for a number']);

/** Problems found walking `value` (from the CLI) against `ref` (from the index). */
function walk(service: ServiceIndex, ref: ShapeRef, value: unknown, path: string, problems: string[]): void {
  const shape = resolveShape(service, ref);
  if (shape.type === 'document') return;
  if (value !== null && typeof value === 'object' && '$timestamp' in value) {
    if (shape.type !== 'timestamp') problems.push(`${path}: $timestamp for a ${shape.type}`);
    return;
  }
  if (value !== null && typeof value === 'object' && '$blob' in value) {
    if (shape.type !== 'blob') problems.push(`${path}: $blob for a ${shape.type}`);
    return;
  }
  if (Array.isArray(value)) {
    if (shape.type !== 'list') problems.push(`${path}: a list for a ${shape.type}`);
    else value.forEach((v, i) => walk(service, shape.member, v, `${path}[${i}]`, problems));
    return;
  }
  if (value !== null && typeof value === 'object') {
    if (shape.type === 'map') for (const [k, v] of Object.entries(value)) walk(service, shape.value, v, `${path}.${k}`, problems);
    else if (shape.type === 'structure' || shape.type === 'union') {
      for (const [k, v] of Object.entries(value)) {
        const m = shape.members[k];
        if (!m) problems.push(`${path}.${k}: no such member`);
        else walk(service, m.shape, v, `${path}.${k}`, problems);
      }
    } else problems.push(`${path}: an object for a ${shape.type}`);
    return;
  }
  const expected: Record<string, string[]> = { string: ['string', 'enum'], number: ['number'], boolean: ['boolean'] };
  if (!(expected[typeof value] ?? []).includes(shape.type)) problems.push(`${path}: a ${typeof value} for a ${shape.type}`);
}

function operationByName(index: CommandIndex, cli: string, name: string): OperationIndex | undefined {
  return Object.values(index.service(cli).operations).find((op) => op.name === name);
}

describe('command index against the AWS CLI corpus', function () {
  this.timeout(120_000);
  let index: CommandIndex;
  before(() => {
    index = builtIndex().index;
  });

  it('has every operation and parameter path the CLI parsed, with compatible types', () => {
    const problems: string[] = [];
    const parsed = corpus.filter((r) => !r.error);
    for (const r of parsed) {
      const op = operationByName(index, r.service!, r.operation!);
      if (!op) {
        problems.push(`${r.service} ${r.operation}: no such operation`);
        continue;
      }
      const input = op.input ?? { members: {}, required: [] };
      walk(index.service(r.service!), { type: 'structure', ...input }, r.params ?? {}, `${r.service}.${r.operation}`, problems);
    }
    assert.ok(parsed.length > 350);
    assert.deepEqual(problems.filter((p) => !KNOWN_DRIFT.has(p)), []);
  });

  it('requires what the CLI says is missing', () => {
    const problems: string[] = [];
    for (const r of corpus.filter((x) => x.error?.code === 'missing-required')) {
      const [cli, operation] = r.line.split(/\s+/);
      const op = index.service(cli!).operations[operation!];
      for (const option of (r.error!.missing ?? []).filter((m) => m.startsWith('--'))) {
        const member = Object.keys(op?.input?.members ?? {}).find((m) => `--${xformName(m)}` === option);
        if (!member || !op?.input?.required.includes(member)) problems.push(`${r.line}: ${option} is not a required member`);
      }
    }
    assert.deepEqual(problems, []);
  });
});
