/**
 * A failed STS AssumeRole → a ChatOpsError worded for the chat user: which role could not be
 * assumed, what AWS said (its code, status and message, access key IDs hidden), and what an
 * administrator should change. Failures that are not about the role (network, this server's
 * own credentials, throttling) keep the words of aws-error.ts. Credentials never appear.
 */
import { AwsCallError, hideKeys, toAwsError } from './aws-error.js';

export interface AssumeContext {
  roleArn: string;
  region: string;
  timeoutMs: number;
}

/** aws-error.ts codes whose words fit a failed AssumeRole as they are. */
const KEPT = new Set(['AWS_NO_CREDENTIALS', 'AWS_NO_REGION', 'AWS_UNKNOWN_REGION', 'AWS_UNKNOWN_ENDPOINT', 'AWS_UNREACHABLE', 'AWS_BAD_CREDENTIALS', 'AWS_THROTTLED', 'AWS_SERVICE_ERROR', 'AWS_CALL_FAILED']);

const TRUST_STEP =
  "Ask an administrator to check the role's trust policy: it must allow this service's principal (the identity this server runs as) to call sts:AssumeRole and sts:SetSourceIdentity, " +
  "and its sts:ExternalId condition must match the external id in the channel configuration. This server's own identity also needs sts:AssumeRole on the role.";

/** The STS error (or anything thrown while assuming) as an AwsCallError. */
export function toRoleSessionError(e: unknown, ctx: AssumeContext): AwsCallError {
  if (e instanceof AwsCallError) return e;
  const err = (e ?? {}) as { name?: string; message?: string; $metadata?: { httpStatusCode?: number; requestId?: string } };
  const name = String(err.name ?? 'Error');
  const message = hideKeys(String(err.message ?? '')).slice(0, 500);
  const meta = err.$metadata ?? {};
  const aws = { code: name, httpStatus: meta.httpStatusCode, requestId: meta.requestId };
  const said = `AWS said ${name.replace(/Exception$/, '')}${aws.httpStatus ? ` (HTTP ${aws.httpStatus})` : ''}${message ? `: ${message}` : '.'}`;
  const role = ctx.roleArn;
  const fail = (code: string, words: string, nextStep: string) => new AwsCallError(code, words, aws, { cause: e, nextStep });

  if (name === 'TimeoutError' || name === 'AbortError') {
    const seconds = Math.round(ctx.timeoutMs / 100) / 10;
    return new AwsCallError('ROLE_SESSION_TIMEOUT', `STS in ${ctx.region} did not answer within ${seconds} seconds when this service asked for a session of ${role}.`, {}, {
      cause: e,
      nextStep: `Try again in a moment; if it keeps happening, check this server's network access to STS in ${ctx.region}.`,
    });
  }
  if (/^(AccessDenied|AccessDeniedException)$/.test(name)) {
    return fail('ROLE_NOT_ASSUMABLE', `This service may not assume the role ${role}. ${said}`, TRUST_STEP);
  }
  if (/^PackedPolicyTooLarge(Exception)?$/.test(name)) {
    return fail('SESSION_POLICIES_TOO_LARGE', `The guardrail policies of this channel are too large for AWS to pass as session policies of ${role}. ${said}`,
      'Ask an administrator to use fewer or shorter guardrail policies for this channel (the managed policy ARNs and the inline policy together).');
  }
  if (name === 'RegionDisabledException') {
    return fail('STS_REGION_DISABLED', `STS is not activated in ${ctx.region} for the account, so no session of ${role} can be made there. ${said}`,
      `Ask an administrator to activate STS for ${ctx.region} (IAM → Account settings → Security Token Service), or use another region.`);
  }
  if (/^ExpiredToken(Exception)?$/.test(name)) {
    return fail('BASE_CREDENTIALS_EXPIRED', `This server's own AWS credentials have expired, so it could not assume ${role}. ${said}`,
      "Ask an administrator to renew this server's credentials (or check the role it runs as), then try again.");
  }
  if (/^MalformedPolicyDocument(Exception)?$/.test(name)) {
    return fail('SESSION_POLICY_MALFORMED', `AWS refused the session policies passed to ${role}: one of them is not a valid policy. ${said}`,
      "Ask an administrator to check this channel's guardrail policy ARNs and inline session policy.");
  }
  const general = toAwsError(e, { service: 'sts', operation: 'AssumeRole', operationCli: 'assume-role', region: ctx.region, timeoutMs: ctx.timeoutMs });
  if (KEPT.has(general.code)) return general;
  if (/^(ValidationError|ValidationException|InvalidParameter\w*|MalformedQueryString)$/.test(name)) {
    return fail('ROLE_SESSION_INVALID', `AWS refused the request for a session of ${role}. ${said}`,
      "Ask an administrator to check the role ARN, external id and guardrail policy ARNs in this channel's configuration.");
  }
  return fail('ROLE_SESSION_FAILED', `Could not get a session of ${role}. ${said}`, 'Try again; if it keeps failing, tell your administrator (the log has the details).');
}
