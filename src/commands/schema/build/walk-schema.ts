/**
 * Build time only: turns a client's runtime schemas (read through NormalizedSchema) into the index's
 * shapes. Structures and unions are named and referred to by `{ ref }`, so recursive shapes are
 * written once; lists, maps and simple types are inline. Enum values come from the member's
 * `.d.ts` type (the runtime schema says only "string") and the client's exported enum objects.
 */
import type { MemberShape, Shape, ShapeRef } from '../index-types.js';
import type { SchemaView } from './load-client.js';
import type { DtsMember } from './read-dts.js';

export interface ShapeContext {
  /** Named shapes written so far (the service's `shapes`). */
  shapes: Record<string, Shape>;
  /** `<Structure>.<Member>` → TypeScript type, from read-dts. */
  dts: Map<string, DtsMember>;
  /** Enum name → values, from the client's exports (`StateValue = { ALARM: "ALARM", … }`). */
  enums: Map<string, string[]>;
  /** Shape name → fully qualified name it was written for, to tell same-named shapes apart. */
  owners: Map<string, string>;
}

/** The enum objects a client exports: plain objects whose values are all strings. */
export function exportedEnums(exports: Record<string, unknown>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [name, value] of Object.entries(exports)) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
    const values = Object.values(value);
    if (values.length > 0 && values.every((v) => typeof v === 'string')) out.set(name, [...new Set(values as string[])]);
  }
  return out;
}

/** The element / key / value TypeScript types of a list or map type, when the type is written that way. */
function listElement(type: string | undefined): string | undefined {
  if (!type) return undefined;
  if (type.endsWith('[]')) return type.slice(0, -2).replace(/^\((.*)\)$/, '$1');
  return /^Array<(.+)>$/.exec(type)?.[1];
}
function mapParts(type: string | undefined): { key?: string; value?: string } {
  const unwrapped = type ? (/^Partial<(.+)>$/.exec(type)?.[1] ?? type) : undefined;
  const m = unwrapped ? /^Record<(\w+), (.+)>$/.exec(unwrapped) : null;
  return m ? { key: m[1], value: m[2] } : {};
}

/** The index shape of a schema; `tsType` is the TypeScript type the `.d.ts` gives the member, if known. */
export function shapeOf(ns: SchemaView, ctx: ShapeContext, tsType?: string): ShapeRef {
  if (ns.isStructSchema()) return { ref: namedStructure(ns, ctx) };
  if (ns.isListSchema()) return { type: 'list', member: shapeOf(ns.getValueSchema(), ctx, listElement(tsType)) };
  if (ns.isMapSchema()) {
    const { key, value } = mapParts(tsType);
    return { type: 'map', key: shapeOf(ns.getKeySchema(), ctx, key), value: shapeOf(ns.getValueSchema(), ctx, value) };
  }
  if (ns.isBlobSchema()) return { type: 'blob' };
  if (ns.isTimestampSchema()) return { type: 'timestamp' };
  if (ns.isDocumentSchema()) return { type: 'document' };
  if (ns.isBooleanSchema()) return { type: 'boolean' };
  if (ns.isNumericSchema() || ns.isBigIntegerSchema() || ns.isBigDecimalSchema()) return { type: 'number' };
  const values = tsType ? ctx.enums.get(tsType) : undefined;
  return values ? { type: 'enum', values } : { type: 'string' };
}

/** Writes a structure or union into ctx.shapes once (placeholder first, for recursion) and returns its name. */
function namedStructure(ns: SchemaView, ctx: ShapeContext): string {
  const full = ns.getName(true) ?? 'anonymous#Structure';
  const short = ns.getName() ?? 'Structure';
  const owner = ctx.owners.get(short);
  const name = owner === undefined || owner === full ? short : full;
  if (ctx.owners.get(name) === full) return name;
  ctx.owners.set(name, full);
  const placeholder: Shape = { type: ns.isUnionSchema() ? 'union' : 'structure', members: {}, required: [] };
  ctx.shapes[name] = placeholder;
  Object.assign(placeholder, structureBody(ns, ctx));
  return name;
}

/** The members of a structure or union, in API order, and its required members (the first `[6]` of them). */
export function structureBody(ns: SchemaView, ctx: ShapeContext): { members: Record<string, MemberShape>; required: string[] } {
  const raw = ns.getSchema();
  const requiredCount = !ns.isUnionSchema() && Array.isArray(raw) && typeof raw[6] === 'number' ? raw[6] : 0;
  const owner = ns.getName() ?? '';
  const members: Record<string, MemberShape> = {};
  const required: string[] = [];
  let index = 0;
  for (const [name, member] of ns.structIterator()) {
    const shape: MemberShape = { shape: shapeOf(member, ctx, ctx.dts.get(`${owner}.${name}`)?.type) };
    if (member.isIdempotencyToken()) shape.idempotencyToken = true;
    if (member.isStreaming()) shape.streaming = true;
    members[name] = shape;
    if (index++ < requiredCount) required.push(name);
  }
  return { members, required };
}
