import { ChatOpsError } from '../../core/errors.js';

export type SlackBody = Record<string, unknown>;

/**
 * The body of a verified request to /slack/events as Bolt expects it: Events API JSON, a slash
 * command's form fields, or an interaction's `payload` field parsed as JSON. Anything else is a
 * SLACK_PAYLOAD_INVALID (400).
 */
export function parseSlackBody(raw: Buffer, contentType: string | undefined): SlackBody {
  const text = raw.toString('utf8');
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json') return jsonObject(text, 'The Events API body');
  if (type === 'application/x-www-form-urlencoded') {
    const form = Object.fromEntries(new URLSearchParams(text));
    if (typeof form.payload === 'string') return jsonObject(form.payload, 'The interaction payload');
    return form;
  }
  throw invalid(`Slack sends JSON or a form, not "${type || 'no content type'}".`);
}

function jsonObject(text: string, what: string): SlackBody {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw invalid(`${what} is not JSON.`, cause);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid(`${what} is not a JSON object.`);
  return value as SlackBody;
}

export function invalid(message: string, cause?: unknown): ChatOpsError {
  return new ChatOpsError('SLACK_PAYLOAD_INVALID', message, { cause });
}
