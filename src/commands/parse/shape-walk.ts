/**
 * Small helpers over index shapes: follow `{ ref }`, tell complex shapes from scalars, and find
 * document types (which shorthand can't express).
 */
import type { ServiceIndex, Shape, ShapeRef } from '../schema/index-types.js';
import { resolveShape } from '../schema/command-index.js';

export type Resolve = (ref: ShapeRef) => Shape;

export function resolverFor(service: ServiceIndex): Resolve {
  return (ref) => resolveShape(service, ref);
}

export function isComplex(shape: Shape): boolean {
  return shape.type === 'structure' || shape.type === 'union' || shape.type === 'list' || shape.type === 'map';
}

/** A document, or a list or map that only wraps documents (awscli is_document_type_container). */
export function isDocumentContainer(shape: Shape, resolve: Resolve): boolean {
  if (shape.type === 'document') return true;
  if (shape.type === 'list') return isDocumentContainer(resolve(shape.member), resolve);
  if (shape.type === 'map') return isDocumentContainer(resolve(shape.value), resolve);
  return false;
}

/** awscli `_supports_shorthand_syntax`: structures, maps and lists of complex shapes, no documents. */
export function supportsShorthand(shape: Shape, resolve: Resolve): boolean {
  if (isDocumentContainer(shape, resolve)) return false;
  if (shape.type === 'list') return isComplex(resolve(shape.member));
  return isComplex(shape);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date) && !(value instanceof Uint8Array);
}

/** What a shape expects, in words: "a number", "one of ALARM, OK", "a list". */
export function expected(shape: Shape): string {
  switch (shape.type) {
    case 'enum':
      return `one of ${shape.values.slice(0, 12).join(', ')}${shape.values.length > 12 ? ', …' : ''}`;
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'timestamp':
      return 'a time (ISO-8601 such as 2024-01-31T12:00:00Z, or epoch seconds)';
    case 'structure':
    case 'union':
      return `a structure with ${Object.keys(shape.members).join(', ')}`;
    case 'list':
      return 'a list';
    case 'map':
      return 'a map of keys to values';
    case 'document':
      return 'a JSON value';
    default:
      return 'text';
  }
}

/** Sets an own property, also for keys such as `__proto__`. */
export function setOwnValue(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
