/**
 * Shorthand values typed by the model (awscli shorthand.py `BackCompatVisitor`): numbers from
 * their text (`Port=80` → 80), `true`/`false` for booleans, and a single value where a list is
 * expected becomes a one-item list (`Values=running` → ["running"]). Anything else stays as
 * parsed; the parameter check reports what is still wrong. Documents can't be written in
 * shorthand (their types are unknown), as in the CLI.
 */
import type { Shape } from '../schema/index-types.js';
import { CommandParseError } from './parse-error.js';
import { parseNumber } from './scalars.js';
import { isPlainObject, setOwnValue, type Resolve } from './shape-walk.js';

export function typeShorthand(value: unknown, shape: Shape, resolve: Resolve, option: string, path: string): unknown {
  switch (shape.type) {
    case 'document':
      throw new CommandParseError('invalid-shorthand', `${option}: ${path} takes any JSON, which shorthand can't express.`, {
        nextStep: `Write the whole ${option} value as JSON.`,
      });
    case 'structure':
    case 'union': {
      if (!isPlainObject(value)) return value;
      const out: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(value)) {
        const member = Object.hasOwn(shape.members, key) ? shape.members[key] : undefined;
        setOwnValue(out, key, member ? typeShorthand(v, resolve(member.shape), resolve, option, `${path}.${key}`) : v);
      }
      return out;
    }
    case 'list': {
      const items = Array.isArray(value) ? value : [value];
      return items.map((item, i) => typeShorthand(item, resolve(shape.member), resolve, option, `${path}[${i}]`));
    }
    case 'map': {
      if (!isPlainObject(value)) return value;
      const out: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(value)) setOwnValue(out, key, typeShorthand(v, resolve(shape.value), resolve, option, `${path}.${key}`));
      return out;
    }
    case 'number': {
      const n = typeof value === 'string' ? parseNumber(value) : undefined;
      if (n === undefined) {
        throw new CommandParseError('invalid-value', `${option}: ${path} must be a number, not ${show(value)}.`, { nextStep: `Write ${path.split('.').pop()}=<number>.` });
      }
      return n;
    }
    case 'boolean':
      if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
      return value;
    default:
      return value;
  }
}

export function show(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (Array.isArray(value)) return `the list [${value.map(show).join(', ')}]`;
  if (isPlainObject(value)) return 'a structure';
  return String(value);
}
