/**
 * How an option's value is written, in the words of the AWS CLI's own help: a type name
 * (`string`, `integer`, `boolean`, `list`, `structure`…), enum values, and structures in
 * shorthand form (`Name=string,Values=string,string`), nested ones in braces and lists of
 * structures in brackets, as `aws <service> <operation> help` shows them.
 */
import { resolveShape } from '../schema/command-index.js';
import type { ServiceIndex, Shape, ShapeRef } from '../schema/index-types.js';

const MAX_DEPTH = 3;
const MAX_ENUM_VALUES = 12;

/** A short type name: string, enum, number, boolean, timestamp, blob, JSON, list of string, structure, map. */
export function typeName(service: ServiceIndex, ref: ShapeRef): string {
  const shape = resolveShape(service, ref);
  switch (shape.type) {
    case 'enum':
      return 'string';
    case 'document':
      return 'JSON';
    case 'list': {
      const member = resolveShape(service, shape.member);
      return member.type === 'structure' || member.type === 'union' ? 'list of structures' : `list of ${typeName(service, member)}`;
    }
    default:
      return shape.type;
  }
}

/** The enum values of a shape or of a list's members, listed with a count when cut; undefined when it has none. */
export function enumValues(service: ServiceIndex, ref: ShapeRef): string | undefined {
  let shape = resolveShape(service, ref);
  if (shape.type === 'list') shape = resolveShape(service, shape.member);
  if (shape.type !== 'enum') return undefined;
  const shown = shape.values.slice(0, MAX_ENUM_VALUES).join(' | ');
  const hidden = shape.values.length - MAX_ENUM_VALUES;
  return hidden > 0 ? `${shown} | … (${hidden} more)` : shown;
}

/** The shorthand form of a structure, a list of structures or a map; undefined for simple values. */
export function shorthandForm(service: ServiceIndex, ref: ShapeRef): string | undefined {
  const shape = resolveShape(service, ref);
  if (shape.type === 'structure' || shape.type === 'union' || shape.type === 'map') return shorthand(service, shape, 0);
  if (shape.type === 'list') {
    const member = resolveShape(service, shape.member);
    if (member.type === 'structure' || member.type === 'union' || member.type === 'map') return `${shorthand(service, member, 0)} …`;
  }
  return undefined;
}

/** A value written the way the CLI's shorthand documents it: `string`, `string,string`, `{A=string}`, `[{A=string},…]`. */
function shorthand(service: ServiceIndex, shape: Shape, depth: number): string {
  switch (shape.type) {
    case 'structure':
    case 'union': {
      if (depth >= MAX_DEPTH) return '{…}';
      const members = Object.entries(shape.members).map(([name, member]) => `${name}=${nested(service, member.shape, depth + 1)}`);
      return members.join(',');
    }
    case 'map':
      return `KeyName1=${nested(service, shape.value, depth + 1)},KeyName2=${nested(service, shape.value, depth + 1)}`;
    case 'list': {
      const member = resolveShape(service, shape.member);
      if (member.type === 'structure' || member.type === 'union' || member.type === 'map') return `[${nested(service, member, depth)},…]`;
      const one = shorthand(service, member, depth);
      return `${one},${one}`;
    }
    case 'enum':
      return shape.values.slice(0, 3).join('|') + (shape.values.length > 3 ? '|…' : '');
    case 'document':
      return 'JSON';
    default:
      return shape.type;
  }
}

/** A member inside a structure: structures and maps get braces, everything else as is. */
function nested(service: ServiceIndex, ref: ShapeRef, depth: number): string {
  const shape = resolveShape(service, ref);
  if (shape.type === 'structure' || shape.type === 'union' || shape.type === 'map') return depth >= MAX_DEPTH ? '{…}' : `{${shorthand(service, shape, depth)}}`;
  return shorthand(service, shape, depth);
}

/** A value to put in an example command line for a required option. */
export function exampleValue(service: ServiceIndex, ref: ShapeRef, option: string): string {
  const shape = resolveShape(service, ref);
  const form = shorthandForm(service, ref);
  if (form !== undefined) return `'${form.replace(/ …$/, '')}'`;
  switch (shape.type) {
    case 'enum':
      return shape.values[0] ?? 'VALUE';
    case 'number':
      return '1';
    case 'timestamp':
      return '2026-01-01T00:00:00Z';
    case 'document':
      return "'{}'";
    case 'list':
      return exampleValue(service, shape.member, option);
    default:
      return `<${option.replace(/^--/, '')}>`;
  }
}
