/**
 * Cleans what names an STS session: the session name and the source identity carry the chat
 * user (`chat-<platform>-<user id>`) into the assumed-role ARN and CloudTrail. STS accepts 2–64
 * characters of [\w+=,.@-] and the SDK does not check: characters outside the set become '-',
 * the text is cut to 64, and fewer than 2 characters is refused. A source identity may not
 * start with "aws:" (reserved by AWS).
 */
import { ChatOpsError } from '../../core/errors.js';

const OUTSIDE = /[^\w+=,.@-]/g;
const MAX = 64;

function cleaned(raw: string, what: string): string {
  const text = raw.replace(OUTSIDE, '-').slice(0, MAX);
  if (text.length < 2) {
    throw new ChatOpsError('INVALID_SESSION_NAME', `The ${what} "${text}" is too short for an AWS session: it needs at least 2 characters.`, {
      nextStep: 'Tell your administrator: the chat user id could not be turned into an AWS session name.',
    });
  }
  return text;
}

/** The RoleSessionName STS accepts, from any text. */
export function cleanSessionName(raw: string): string {
  return cleaned(raw, 'session name');
}

/** The SourceIdentity STS accepts, from any text; refuses the reserved "aws:" prefix. */
export function cleanSourceIdentity(raw: string): string {
  if (/^aws:/i.test(raw)) {
    throw new ChatOpsError('INVALID_SOURCE_IDENTITY', `The source identity "${raw.slice(0, MAX)}" starts with "aws:", which AWS reserves for itself.`, {
      nextStep: 'Tell your administrator: source identities must name the chat user, like chat-slack-U123.',
    });
  }
  return cleaned(raw, 'source identity');
}
