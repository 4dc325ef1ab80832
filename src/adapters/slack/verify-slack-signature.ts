import { createHmac, timingSafeEqual } from 'node:crypto';
import { ChatOpsError } from '../../core/errors.js';

/** Slack refuses to sign anything older; so do we (in either direction, for clock skew). */
export const SLACK_MAX_AGE_SECONDS = 5 * 60;

export interface SlackSignedRequest {
  /** The raw request body, exactly as received. */
  body: Buffer | string;
  /** X-Slack-Request-Timestamp: Unix seconds. */
  timestamp: string | undefined;
  /** X-Slack-Signature: `v0=<hex HMAC-SHA256>`. */
  signature: string | undefined;
}

/** `v0=` + HMAC-SHA256(signing secret, `v0:<timestamp>:<body>`) in hex. */
export function slackSignature(signingSecret: string, timestamp: string, body: Buffer | string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:`).update(body).digest('hex')}`;
}

/**
 * Checks a request the way Slack documents it: the timestamp within 5 minutes of now, then the
 * v0 signature compared in constant time. Throws SLACK_REQUEST_STALE or SLACK_SIGNATURE_INVALID
 * (both answered 401); the words never include the secret or the expected signature.
 */
export function verifySlackSignature(signingSecret: string, request: SlackSignedRequest, nowMs: number): void {
  const { timestamp, signature, body } = request;
  if (!timestamp || !signature) {
    throw new ChatOpsError('SLACK_SIGNATURE_INVALID', 'The request is not signed by Slack (X-Slack-Request-Timestamp or X-Slack-Signature is missing).');
  }
  if (!/^\d{1,12}$/.test(timestamp)) {
    throw new ChatOpsError('SLACK_SIGNATURE_INVALID', 'X-Slack-Request-Timestamp is not a Unix time in seconds.');
  }
  if (Math.abs(Math.floor(nowMs / 1000) - Number(timestamp)) > SLACK_MAX_AGE_SECONDS) {
    throw new ChatOpsError('SLACK_REQUEST_STALE', `The request's timestamp is more than ${SLACK_MAX_AGE_SECONDS / 60} minutes from now: a replay, or a clock that is off.`, {
      nextStep: 'Check the server clock (NTP) if every Slack request is refused.',
    });
  }
  const expected = Buffer.from(slackSignature(signingSecret, timestamp, body));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new ChatOpsError('SLACK_SIGNATURE_INVALID', 'The request signature does not match: it was not signed with this app\'s signing secret.', {
      nextStep: 'Check SLACK_SIGNING_SECRET (Slack app settings → Basic Information → Signing Secret).',
    });
  }
}
