import { invalidSlackPayload } from './payload-error.js';

/** An `application/x-www-form-urlencoded` body as fields (the last of a repeated name wins). */
export function parseFormBody(body: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(body));
}

/** Interactivity requests carry their JSON in the form field `payload`. */
export function interactionPayloadFromFormBody(body: string): unknown {
  const payload = new URLSearchParams(body).get('payload');
  if (payload === null) throw invalidSlackPayload('The interaction from Slack has no "payload" field.');
  try {
    return JSON.parse(payload) as unknown;
  } catch (cause) {
    throw invalidSlackPayload('The interaction from Slack holds a "payload" that is not JSON.', cause);
  }
}
