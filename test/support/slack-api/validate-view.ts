import { invalidArguments, type ApiResult } from './method.js';
import { checkBlocks } from './validate-blocks.js';

/**
 * What Slack says about a modal passed to views.open / views.update: invalid_arguments with one
 * `[ERROR] … [json-pointer:/view/…]` line per problem, or undefined when it is a valid modal.
 */
export function checkModal(view: unknown): ApiResult | undefined {
  if (typeof view !== 'object' || view === null || Array.isArray(view)) return invalidArguments('must be a JSON object [json-pointer:/view]');
  const v = view as Record<string, unknown>;
  const problems: string[] = [];
  if (v.type !== 'modal') problems.push(`unsupported type: ${String(v.type)} [json-pointer:/view/type]`);
  plainText(problems, v.title, 'title', true);
  plainText(problems, v.submit, 'submit', false);
  plainText(problems, v.close, 'close', false);
  const blocks = checkBlocks(v.blocks ?? null, 100);
  if (blocks) problems.push(...blocks.errors.map((e) => e.replace('[json-pointer:/blocks', '[json-pointer:/view/blocks')));
  const hasInput = Array.isArray(v.blocks) && v.blocks.some((b: unknown) => (b as { type?: unknown } | null)?.type === 'input');
  if (hasInput && v.submit === undefined) problems.push('a modal with input blocks needs a submit button [json-pointer:/view/submit]');
  maxString(problems, v.private_metadata, 3000, 'private_metadata');
  maxString(problems, v.callback_id, 255, 'callback_id');
  maxString(problems, v.external_id, 255, 'external_id');
  return problems.length > 0 ? invalidArguments(...problems) : undefined;
}

function plainText(problems: string[], value: unknown, field: string, required: boolean): void {
  if (value === undefined) {
    if (required) problems.push(`missing required field: ${field} [json-pointer:/view/${field}]`);
    return;
  }
  const t = value as { type?: unknown; text?: unknown } | null;
  if (t?.type !== 'plain_text') problems.push(`must be a plain_text object [json-pointer:/view/${field}/type]`);
  else if (typeof t.text !== 'string' || t.text.trim() === '') problems.push(`must be a non-empty string [json-pointer:/view/${field}/text]`);
  else if (t.text.length > 24) problems.push(`must be less than 25 characters [json-pointer:/view/${field}/text]`);
}

function maxString(problems: string[], value: unknown, max: number, field: string): void {
  if (value === undefined) return;
  if (typeof value !== 'string') problems.push(`must be a string [json-pointer:/view/${field}]`);
  else if (value.length > max) problems.push(`must be no more than ${max} characters [json-pointer:/view/${field}]`);
}
