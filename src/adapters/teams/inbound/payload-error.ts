/** A Teams activity we can't read: code TEAMS_ACTIVITY_INVALID, naming the first bad field. */
import type { z } from 'zod';
import { ChatOpsError } from '../../../core/errors.js';

export const TEAMS_ACTIVITY_INVALID = 'TEAMS_ACTIVITY_INVALID';

const NEXT_STEP = 'Only the Bot Framework (Teams, or the agents playground) should call /api/messages; the server log has the details.';

export function invalidTeamsActivity(message: string, cause?: unknown): ChatOpsError {
  return new ChatOpsError(TEAMS_ACTIVITY_INVALID, message, { nextStep: NEXT_STEP, ...(cause === undefined ? {} : { cause }) });
}

/** Parses `input` with `schema`, or throws TEAMS_ACTIVITY_INVALID naming the first bad field. */
export function parseTeamsPayload<T extends z.ZodType>(schema: T, input: unknown, what: string): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? `"${issue.path.join('.')}"` : undefined;
  const problem = !issue ? 'is not readable' : field ? `has an unusable ${field} (${issue.message})` : `is not readable (${issue.message})`;
  throw invalidTeamsActivity(`The ${what} from Teams ${problem}.`, result.error);
}
