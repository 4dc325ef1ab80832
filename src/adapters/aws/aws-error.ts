/**
 * An SDK failure → a ChatOpsError worded for the chat user: what AWS said (its error code and
 * message, the HTTP status, the request ID) and what to try. The SDK error stays the cause, for
 * the log. Access key IDs in messages are hidden; secrets never reach these errors.
 */
import { ChatOpsError } from '../../core/errors.js';
import { iamActionFor } from '../../permissions/precheck/index.js';

/** Where the call went, for the words. */
export interface CallContext {
  service: string;
  operation: string;
  /** The CLI operation name, for "--help" hints. */
  operationCli?: string;
  region: string;
  timeoutMs: number;
}

/** A failed AWS call, with what AWS said when it answered. */
export class AwsCallError extends ChatOpsError {
  constructor(
    code: string,
    userMessage: string,
    readonly aws: { code?: string; httpStatus?: number; requestId?: string },
    options: { cause?: unknown; nextStep?: string },
  ) {
    super(code, userMessage, options);
    this.name = 'AwsCallError';
  }
}

const ACCESS = /^(AccessDenied|AccessDeniedException|UnauthorizedOperation|AuthorizationError|AuthorizationErrorException|Forbidden|ForbiddenException|UnauthorizedException|NotAuthorized)$/;
const THROTTLED = /^(Throttling|ThrottlingException|ThrottledException|TooManyRequestsException|RequestLimitExceeded|RequestThrottled|RequestThrottledException|ProvisionedThroughputExceededException|SlowDown|PriorRequestNotComplete|BandwidthLimitExceeded|EC2ThrottledException)$/;
const INVALID = /^(ValidationException|ValidationError|InvalidParameter\w*|InvalidInput\w*|MissingParameter|MissingRequiredParameter|SerializationException|InvalidRequest\w*|MalformedQueryString|InvalidArgument\w*|InvalidAction)$/;
const BAD_CREDENTIALS = /^(UnrecognizedClientException|InvalidClientTokenId|SignatureDoesNotMatch|InvalidSignatureException|IncompleteSignature\w*|ExpiredToken|ExpiredTokenException|AuthFailure|InvalidAccessKeyId|InvalidToken|RequestExpired|MissingAuthenticationToken\w*)$/;
const NOT_FOUND = /(NotFound|NoSuch)/;
const NETWORK = /^(EAI_AGAIN|ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENETUNREACH|ETIMEDOUT|EPIPE)$/;

/** Hides access key IDs (AKIA…, ASIA…) that some AWS messages repeat. */
export function hideKeys(text: string): string {
  return text.replace(/\b(AKIA|ASIA|AIDA|AROA)[A-Z0-9]{12,}\b/g, '$1…(hidden)');
}

function clipped(text: string, max = 500): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The SDK error (or anything thrown) as an AwsCallError. */
export function toAwsError(e: unknown, ctx: CallContext): AwsCallError {
  if (e instanceof AwsCallError) return e;
  const err = (e ?? {}) as { name?: string; code?: string; message?: string; $metadata?: { httpStatusCode?: number; requestId?: string }; $fault?: string };
  const name = String(err.name ?? 'Error');
  const message = clipped(hideKeys(String(err.message ?? '')));
  const command = `${ctx.service} ${ctx.operationCli ?? ctx.operation}`;
  const fail = (code: string, words: string, nextStep: string, aws: AwsCallError['aws'] = {}) => new AwsCallError(code, words, aws, { cause: e, nextStep });

  if (name === 'AbortError' || name === 'TimeoutError') {
    const seconds = Math.round(ctx.timeoutMs / 100) / 10;
    return fail('AWS_TIMEOUT', `${command} timed out: AWS did not answer within ${seconds} seconds.`, 'Try again; for long jobs (a Lambda function, say) start them asynchronously and check on them later.');
  }
  if (name === 'CredentialsProviderError' || /could not load credentials/i.test(message)) {
    return fail('AWS_NO_CREDENTIALS', `No AWS credentials were found to run ${command}.`, 'Give this server credentials: an IAM role (instance profile, ECS task role, IRSA), or AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, or AWS_PROFILE with ~/.aws/config; see docs on permissions.');
  }
  if (/region is missing/i.test(message)) {
    return fail('AWS_NO_REGION', `No region was given for ${command}.`, 'Add --region us-east-1 (or your region) to the command, or set a default region for this channel.');
  }
  if (/region not accepted|invalid region/i.test(message)) {
    return fail('AWS_UNKNOWN_REGION', `"${ctx.region}" is not a region name AWS accepts.`, 'Write a region like us-east-1 or eu-west-1 after --region.');
  }
  if (name === 'EndpointError' || /endpoint/i.test(name)) {
    return fail('AWS_UNKNOWN_ENDPOINT', `${ctx.service} has no endpoint in region "${ctx.region}".`, 'Check the region name (like us-east-1) and that the service is offered there.');
  }
  const sys = (e as { code?: string } | undefined)?.code ?? '';
  if (sys === 'ENOTFOUND') {
    return fail('AWS_UNKNOWN_ENDPOINT', `No ${ctx.service} endpoint answers for region "${ctx.region}" (its address was not found).`, 'Check the region name and that the service is offered there; if both are right, check this server\'s DNS and network access to AWS.');
  }
  if (NETWORK.test(sys)) {
    return fail('AWS_UNREACHABLE', `Could not reach ${ctx.service} in ${ctx.region} (${sys}).`, `Check the region name and this server's network access to AWS; try again in a moment.`);
  }

  const meta = err.$metadata ?? {};
  const aws = { code: name, httpStatus: meta.httpStatusCode, requestId: meta.requestId };
  const said = `AWS said ${name}${aws.httpStatus ? ` (HTTP ${aws.httpStatus})` : ''}${message ? `: ${message}` : '.'}`;
  if (!err.$fault && !meta.httpStatusCode) {
    return fail('AWS_CALL_FAILED', `${command} failed before AWS answered: ${name}${message ? `: ${message}` : ''}.`, 'Try again; if it keeps failing, tell your administrator (the log has the details).');
  }
  if (ACCESS.test(name)) {
    const action = iamActionFor(ctx.service, ctx.operation);
    return fail('AWS_ACCESS_DENIED', `AWS denied ${action ?? `${ctx.service} ${ctx.operationCli ?? ctx.operation}`}: the role it ran with lacks permission. ${said}`, 'Ask your administrator to allow that action for this channel, or switch to a role that has it.', aws);
  }
  if (THROTTLED.test(name)) {
    return fail('AWS_THROTTLED', `AWS is limiting the rate of ${command} calls right now. ${said}`, 'Try again in a minute.', aws);
  }
  if (BAD_CREDENTIALS.test(name)) {
    return fail('AWS_BAD_CREDENTIALS', `AWS did not accept this server's credentials. ${said}`, 'Ask your administrator to check the credentials or role this server uses (they may have expired).', aws);
  }
  if (INVALID.test(name)) {
    return fail('AWS_INVALID_REQUEST', `AWS rejected the options of ${command}. ${said}`, `Check the options with @aws ${command} --help.`, aws);
  }
  if (NOT_FOUND.test(name)) {
    return fail('AWS_NOT_FOUND', `${said}`, `Check the name or ID, and that it is in region ${ctx.region} (add --region to use another).`, aws);
  }
  if (err.$fault === 'server' || (aws.httpStatus ?? 0) >= 500) {
    return fail('AWS_SERVICE_ERROR', `${ctx.service} had a problem answering ${command}. ${said}`, 'Try again in a moment.', aws);
  }
  return fail('AWS_REQUEST_FAILED', `${command} failed. ${said}`, `Check the options with @aws ${command} --help.`, aws);
}
