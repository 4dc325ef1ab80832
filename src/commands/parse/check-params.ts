/**
 * The parameters against the operation's input shape, as botocore's ParamValidator checks them
 * (all problems collected, then reported together), turned into SDK input on the way: times
 * become Dates, blobs the UTF-8 bytes of their text (the CLI v1 never base64-decodes). Stricter
 * than botocore on purpose: enum values are checked. Missing required members are reported as
 * paths (`Targets[0].Id`), unknown keys with the keys that are allowed.
 */
import type { Shape } from '../schema/index-types.js';
import { CommandParseError } from './parse-error.js';
import { epochSeconds, parseTimestamp } from './scalars.js';
import { show } from './shorthand-model.js';
import { expected, isPlainObject, setOwnValue, type Resolve } from './shape-walk.js';

interface Problem {
  kind: 'missing' | 'unknown' | 'invalid';
  path: string;
  words: string;
}

export interface CheckContext {
  resolve: Resolve;
  /** The option that sets a top-level member, for messages: Filters → --filters. */
  optionOf: (member: string) => string;
  /** The help line of a top-level member, if known. */
  helpOf?: (member: string) => string | undefined;
}

export function checkParams(params: Record<string, unknown>, input: Shape, ctx: CheckContext): Record<string, unknown> {
  const problems: Problem[] = [];
  const out = walk(params, input, '', ctx.resolve, problems) as Record<string, unknown>;
  const missing = problems.filter((p) => p.kind === 'missing');
  if (missing.length) {
    throw new CommandParseError('missing-required', `Missing ${missing.map((p) => describe(p, ctx)).join('; ')}.`, {
      missing: missing.map((p) => p.path),
      nextStep: 'Add the missing keys to the value of the option.',
    });
  }
  const unknown = problems.filter((p) => p.kind === 'unknown');
  if (unknown.length) throw new CommandParseError('unknown-key', unknown.map((p) => describe(p, ctx)).join(' '), { nextStep: 'Check the spelling of the keys; key names are case-sensitive.' });
  if (problems.length) throw new CommandParseError('invalid-value', problems.map((p) => describe(p, ctx)).join(' '), { nextStep: 'Fix the value and send the command again.' });
  return out;
}

function describe(p: Problem, ctx: CheckContext): string {
  const member = p.path.split(/[.[]/)[0] ?? p.path;
  const help = p.kind === 'invalid' ? ctx.helpOf?.(member) : undefined;
  return `${ctx.optionOf(member)}: ${p.words}${help ? ` (${ctx.optionOf(member)}: ${help})` : ''}`;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

function walk(value: unknown, shape: Shape, path: string, resolve: Resolve, problems: Problem[]): unknown {
  const invalid = () => {
    problems.push({ kind: 'invalid', path, words: `${path} must be ${expected(shape)}, not ${show(value)}.` });
    return value;
  };
  switch (shape.type) {
    case 'structure':
    case 'union': {
      if (!isPlainObject(value)) return invalid();
      for (const name of shape.required) {
        if (!Object.hasOwn(value, name)) problems.push({ kind: 'missing', path: join(path, name), words: `${join(path, name)} is required` });
      }
      const out: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(value)) {
        const member = Object.hasOwn(shape.members, key) ? shape.members[key] : undefined;
        if (!member) {
          problems.push({ kind: 'unknown', path: join(path, key), words: `"${key}" is not a key of ${path || 'the input'}; it takes ${Object.keys(shape.members).join(', ')}.` });
          continue;
        }
        setOwnValue(out, key, walk(v, resolve(member.shape), join(path, key), resolve, problems));
      }
      if (shape.type === 'union' && Object.keys(value).length !== 1) {
        problems.push({ kind: 'invalid', path, words: `${path} takes exactly one of ${Object.keys(shape.members).join(', ')}.` });
      }
      return out;
    }
    case 'list':
      if (!Array.isArray(value)) return invalid();
      return value.map((item, i) => walk(item, resolve(shape.member), `${path}[${i}]`, resolve, problems));
    case 'map': {
      if (!isPlainObject(value)) return invalid();
      const out: Record<string, unknown> = {};
      const keyShape = resolve(shape.key);
      for (const [key, v] of Object.entries(value)) {
        if (keyShape.type === 'enum' && !keyShape.values.includes(key)) {
          problems.push({ kind: 'invalid', path: join(path, key), words: `the key "${key}" of ${path} must be ${expected(keyShape)}.` });
        }
        setOwnValue(out, key, walk(v, resolve(shape.value), join(path, key), resolve, problems));
      }
      return out;
    }
    case 'string':
      return typeof value === 'string' ? value : invalid();
    case 'enum':
      return typeof value === 'string' && shape.values.includes(value) ? value : invalid();
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : invalid();
    case 'boolean':
      return typeof value === 'boolean' ? value : invalid();
    case 'timestamp': {
      const date = typeof value === 'string' ? parseTimestamp(value) : typeof value === 'number' ? epochSeconds(value) : undefined;
      return date ?? invalid();
    }
    case 'blob':
      return typeof value === 'string' ? new TextEncoder().encode(value) : invalid();
    case 'document':
      return value;
  }
}
