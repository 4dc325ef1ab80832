/**
 * The zod schema of one policy level, built from the spec: every setting is a mapping of
 * inheritance operators (`{"@@assign": …}`), every mapping may carry
 * `@@operators_allowed_for_child_policies`, unknown keys are refused. Messages are the "expected"
 * half of a problem line, as in src/config/schema.ts.
 */
import { z } from 'zod';
import { expectedErrorMap } from '../../config/zod-problems.js';
import { type LeafSpec, type MapSpec, OPS_KEY, type SpecNode, VALUE_OPERATORS } from './policy-spec.js';

const OPS_WORDS = 'a list of operators: ["@@all"], ["@@none"] or some of "@@assign", "@@append", "@@remove"';

export const operatorsAllowedSchema = z
  .array(z.enum(['@@all', '@@none', ...VALUE_OPERATORS], { error: `one of @@all, @@none, ${VALUE_OPERATORS.join(', ')}` }), { error: OPS_WORDS })
  .min(1, { error: OPS_WORDS })
  .refine((ops) => ops.length === 1 || !ops.some((op) => op === '@@all' || op === '@@none'), { error: '@@all or @@none on its own' });

function leafSchema(spec: LeafSpec): z.ZodType {
  const example = spec.list ? '{"@@assign": [...]}' : '{"@@assign": "enabled"}';
  const wrapper = `a mapping with an inheritance operator, like ${example}`;
  if (!spec.list) return z.strictObject({ '@@assign': spec.item.optional(), [OPS_KEY]: operatorsAllowedSchema.optional() }, { error: wrapper });
  let values = z.array(spec.item, { error: `a list of ${spec.words}` });
  if (spec.max !== undefined) values = values.max(spec.max, { error: `at most ${spec.max} ${spec.words} (the reference's limit)` });
  return z
    .strictObject({ '@@assign': values.optional(), '@@append': values.optional(), '@@remove': values.optional(), [OPS_KEY]: operatorsAllowedSchema.optional() }, { error: wrapper })
    .superRefine((leaf, ctx) => {
      if (leaf['@@assign'] !== undefined && (leaf['@@append'] !== undefined || leaf['@@remove'] !== undefined)) {
        ctx.addIssue({ code: 'custom', path: ['@@assign'], message: '@@assign alone, or @@append / @@remove without @@assign (@@assign replaces what they would change)', params: { at: 'key', given: 'both' } });
      }
    });
}

/** A mapping of ids chosen by the admin: ids are free text, `@@` keys are operators. */
function mapSchema(spec: MapSpec): z.ZodType {
  const child = levelSchemaOf(spec.child);
  // z.unknown() keeps the parsed JSON itself: a record schema would copy it and lose "__proto__".
  return z.unknown().superRefine((entries, ctx) => {
    if (entries === null || typeof entries !== 'object' || Array.isArray(entries)) {
      ctx.addIssue({ code: 'invalid_type', expected: 'object', message: `a mapping of ${spec.key.replace(/^an? /, '')}s`, input: entries });
      return;
    }
    for (const [key, value] of Object.entries(entries)) {
      const schema = key === OPS_KEY ? operatorsAllowedSchema : key.startsWith('@@') || key === '' || key === '__proto__' ? undefined : child;
      if (!schema) {
        const given = key.startsWith('@@') ? `the unknown operator "${key}"` : key ? `the key "${key}"` : 'an empty key';
        ctx.addIssue({ code: 'custom', path: [key], message: `${spec.key} or ${OPS_KEY}`, params: { at: 'key', given } });
        continue;
      }
      const result = schema.safeParse(value, { error: expectedErrorMap });
      if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ ...issue, path: [key, ...issue.path] } as Parameters<typeof ctx.addIssue>[0]);
    }
  });
}

export function levelSchemaOf(spec: SpecNode): z.ZodType {
  if (spec.kind === 'leaf') return leafSchema(spec);
  if (spec.kind === 'map') return mapSchema(spec);
  const shape: Record<string, z.ZodType> = { [OPS_KEY]: operatorsAllowedSchema.optional() };
  for (const [key, child] of Object.entries(spec.fields)) shape[key] = levelSchemaOf(child).optional();
  return z.strictObject(shape, { error: 'a mapping' });
}
