/**
 * Turns zod issues into problem lines: the path in the file, what was expected (the issue's
 * message, worded as a noun phrase) and what was given (read back from the parsed file, hidden for
 * secrets).
 */
import type { z } from 'zod';
import { type ConfigProblem, describeValue, expectedGiven, formatPath, HIDDEN } from './problems.js';
import { KNOWN_KEYS } from './schema.js';
import type { ParsedYaml } from './yaml-source.js';

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping (key: value)',
  array: 'a list',
};

/** Per-parse zod error map: default messages worded as "expected" phrases. */
export const expectedErrorMap = (iss: z.core.$ZodRawIssue): string | undefined => {
  switch (iss.code) {
    case 'invalid_type':
      return TYPE_WORDS[iss.expected] ?? `a value of type ${iss.expected}`;
    case 'invalid_value':
      return `one of ${iss.values.map((v) => String(v)).join(', ')}`;
    case 'too_small':
      return iss.origin === 'string' ? `at least ${String(iss.minimum)} characters` : `at least ${String(iss.minimum)}`;
    case 'too_big':
      return iss.origin === 'string' ? `at most ${String(iss.maximum)} characters` : `at most ${String(iss.maximum)}`;
    case 'invalid_format':
      return `a value in ${iss.format} format`;
    default:
      return undefined;
  }
};

/** Keys that look like secrets get a pointer to the environment instead of "did you mean". */
const SECRET_KEYS: Record<string, string> = {
  databaseurl: 'DATABASE_URL',
  signingsecret: 'SLACK_SIGNING_SECRET',
  bottoken: 'SLACK_BOT_TOKEN',
  apptoken: 'SLACK_APP_TOKEN',
  clientsecret: 'CLIENT_SECRET or SLACK_CLIENT_SECRET',
  admintoken: 'CHATOPS_ADMIN_TOKEN',
};

export interface ProblemContext {
  raw: unknown;
  source: string;
  locate?: ParsedYaml['locate'];
}

export function problemsFromZod(issues: readonly z.core.$ZodIssue[], ctx: ProblemContext): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push(unknownKey(issue.path, key, ctx));
      continue;
    }
    const value = valueAt(ctx.raw, issue.path);
    const params = issue.code === 'custom' ? (issue.params as { given?: unknown; at?: unknown } | undefined) : undefined;
    const override = params?.given;
    const given = typeof override === 'string' ? override : isSecretPath(issue.path) && value !== undefined ? HIDDEN : describeValue(value);
    const required = issue.code === 'invalid_type' && value === undefined ? ' (required)' : '';
    out.push(problem(ctx, issue.path, expectedGiven(issue.message + required, given), params?.at === 'key'));
  }
  return out;
}

function unknownKey(parent: readonly PropertyKey[], key: string, ctx: ProblemContext): ConfigProblem {
  const path = [...parent, key];
  const secretEnv = SECRET_KEYS[key.toLowerCase().replace(/[_-]/g, '')];
  if (secretEnv) {
    const text = expectedGiven(`no ${key} in the file: it is a secret, set the ${secretEnv} environment variable instead`, HIDDEN);
    return problem(ctx, path, text, true);
  }
  const known = KNOWN_KEYS[parent.map((s) => (typeof s === 'number' ? '[]' : String(s))).join('.').replace(/\.\[\]/g, '[]')] ?? [];
  const guess = closest(key, known);
  const hint = guess ? ` (did you mean "${guess}"?)` : '';
  const expected = known.length ? `one of the keys ${known.join(', ')}${hint}` : 'no other keys';
  return problem(ctx, path, expectedGiven(expected, `the unknown key "${key}"`), true);
}

function problem(ctx: ProblemContext, path: readonly PropertyKey[], text: string, key = false): ConfigProblem {
  const pos = ctx.locate?.(path, { key });
  return { source: ctx.source, ...pos, path: formatPath(path), text };
}

function isSecretPath(path: readonly PropertyKey[]): boolean {
  const last = path[path.length - 1];
  return last === 'webhookUrl' || last === 'databaseUrl' || last === 'snsRawDeliveryToken';
}

export function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = raw;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  return v;
}

/** The known key nearest to a typo (edit distance ≤ 2, ignoring case), if any. */
export function closest(key: string, known: readonly string[]): string | undefined {
  let best: { k: string; d: number } | undefined;
  for (const k of known) {
    const d = distance(key.toLowerCase(), k.toLowerCase());
    if (d <= 2 && (!best || d < best.d)) best = { k, d };
  }
  return best?.k;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}
