import type { z } from 'zod';
import { ChatOpsError } from '../../../core/errors.js';

export const SLACK_PAYLOAD_INVALID = 'SLACK_PAYLOAD_INVALID';

const NEXT_STEP =
  'Only Slack should call this endpoint. If it was Slack, check that the app was created from slack/manifest.yml; the server log has the payload details.';

/** The error for a Slack payload we can't read: code SLACK_PAYLOAD_INVALID (HTTP 400). */
export function invalidSlackPayload(message: string, cause?: unknown): ChatOpsError {
  return new ChatOpsError(SLACK_PAYLOAD_INVALID, message, { nextStep: NEXT_STEP, ...(cause === undefined ? {} : { cause }) });
}

/** Parses `input` with `schema`, or throws SLACK_PAYLOAD_INVALID naming the first bad field. */
export function parseSlackPayload<T extends z.ZodType>(schema: T, input: unknown, what: string): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? `"${issue.path.join('.')}"` : undefined;
  const missing = issue?.code === 'invalid_type' && issue.message.endsWith('received undefined');
  const problem = !issue ? 'is not readable' : missing && field ? `lacks ${field}` : field ? `has an unusable ${field} (${issue.message})` : `is not readable (${issue.message})`;
  throw invalidSlackPayload(`The ${what} from Slack ${problem}.`, result.error);
}

/** The `type` of a Slack payload; throws SLACK_PAYLOAD_INVALID when it is no object with a type. */
export function payloadType(body: unknown, what: string): string {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidSlackPayload(`The ${what} from Slack is not a JSON object.`);
  }
  const type = (body as { type?: unknown }).type;
  if (typeof type !== 'string' || type === '') throw invalidSlackPayload(`The ${what} from Slack has no "type".`);
  return type;
}
