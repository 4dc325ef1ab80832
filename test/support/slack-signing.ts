/**
 * Requests into /slack/events signed the way Slack signs them (v0 HMAC-SHA256 over
 * `v0:<timestamp>:<body>`), written here from Slack's documentation, independently of src/, so a
 * bug there can't sign and verify alike.
 */
import { createHmac } from 'node:crypto';

export const TEST_SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';

export interface SignedSlackRequest {
  body: string;
  headers: Record<string, string>;
}

export function signSlackBody(body: string, options: { secret?: string; timestamp?: number; contentType?: string } = {}): SignedSlackRequest {
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const signature = `v0=${createHmac('sha256', options.secret ?? TEST_SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { body, headers: { 'content-type': options.contentType ?? 'application/json', 'x-slack-request-timestamp': timestamp, 'x-slack-signature': signature } };
}

/** An Events API body (JSON). */
export function signedEvent(payload: unknown, options: { secret?: string; timestamp?: number } = {}): SignedSlackRequest {
  return signSlackBody(JSON.stringify(payload), options);
}

/** An interaction: the form field `payload` holding the JSON, as Slack posts it. */
export function signedInteraction(payload: unknown, options: { secret?: string; timestamp?: number } = {}): SignedSlackRequest {
  return signSlackBody(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), { ...options, contentType: 'application/x-www-form-urlencoded' });
}

/** A slash command's form. */
export function signedCommand(form: Record<string, string>, options: { secret?: string; timestamp?: number } = {}): SignedSlackRequest {
  return signSlackBody(new URLSearchParams(form).toString(), { ...options, contentType: 'application/x-www-form-urlencoded' });
}

/** POSTs a signed request to the service's /slack/events. */
export function postToSlackEvents(baseUrl: string, request: SignedSlackRequest, extraHeaders: Record<string, string> = {}): Promise<Response> {
  return fetch(`${baseUrl}/slack/events`, { method: 'POST', headers: { ...request.headers, ...extraHeaders }, body: request.body });
}
