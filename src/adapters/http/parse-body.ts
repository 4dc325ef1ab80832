import type { z } from 'zod';
import { ChatOpsError } from '../../core/errors.js';

/**
 * Parses a request body with a zod schema. A bad body becomes a ChatOpsError with `code` whose
 * message names each wrong field, e.g. `user: is required; text: must not be empty`.
 */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown, code: string): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'body';
    return `${where}: ${issue.message}`;
  });
  throw new ChatOpsError(code, `Bad request body. ${problems.join('; ')}.`);
}
