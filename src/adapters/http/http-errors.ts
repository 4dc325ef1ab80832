import { isChatOpsError } from '../../core/errors.js';

/** What an API error looks like on the wire: a code for programs, words for people. */
export interface ErrorBody {
  error: { code: string; message: string; nextStep?: string };
}

/** Error-code suffixes and the HTTP status they stand for; first match wins. */
const STATUS_BY_SUFFIX: ReadonlyArray<readonly [string, number]> = [
  ['NOT_FOUND', 404],
  ['BAD_REQUEST', 400],
  ['INVALID', 400],
  ['UNAUTHORIZED', 401],
  ['FORBIDDEN', 403],
  ['DENIED', 403],
  ['CONFLICT', 409],
  ['TOO_LARGE', 413],
  ['UNSUPPORTED_MEDIA_TYPE', 415],
  ['RATE_LIMITED', 429],
  ['UNAVAILABLE', 503],
  ['TIMEOUT', 504],
];

/** The HTTP status for a ChatOpsError code (e.g. CONFIG_NOT_FOUND → 404); 500 when nothing fits. */
export function statusForCode(code: string): number {
  for (const [suffix, status] of STATUS_BY_SUFFIX) {
    if (code === suffix || code.endsWith(`_${suffix}`)) return status;
  }
  return 500;
}

export interface HttpFailure {
  status: number;
  body: ErrorBody;
  /** True when the failure is ours (5xx): log it with its cause. */
  internal: boolean;
}

/**
 * Turns anything thrown while handling a request into a status and a body that never holds a
 * stack or an internal message. ChatOpsErrors speak for themselves; body-parser errors
 * (bad JSON, too large) get coded words; everything else is "internal".
 */
export function toHttpFailure(error: unknown): HttpFailure {
  if (isChatOpsError(error)) {
    const status = statusForCode(error.code);
    const body: ErrorBody = { error: { code: error.code, message: error.userMessage } };
    if (error.nextStep) body.error.nextStep = error.nextStep;
    return { status, body, internal: status >= 500 };
  }
  const parserFailure = bodyParserFailure(error);
  if (parserFailure) return parserFailure;
  return {
    status: 500,
    body: { error: { code: 'INTERNAL_ERROR', message: 'Something went wrong on the server. The server log has the details.' } },
    internal: true,
  };
}

function bodyParserFailure(error: unknown): HttpFailure | undefined {
  if (typeof error !== 'object' || error === null || !('type' in error)) return undefined;
  const fail = (status: number, code: string, message: string): HttpFailure => ({ status, body: { error: { code, message } }, internal: false });
  switch ((error as { type: unknown }).type) {
    case 'entity.parse.failed':
      return fail(400, 'HTTP_BAD_JSON', 'The request body is not valid JSON.');
    case 'entity.too.large':
      return fail(413, 'HTTP_BODY_TOO_LARGE', 'The request body is too large (the limit is 1 MB).');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return fail(415, 'HTTP_UNSUPPORTED_MEDIA_TYPE', 'The request body uses an encoding or charset the server does not accept.');
    case 'request.aborted':
      return fail(400, 'HTTP_REQUEST_ABORTED', 'The request was aborted before its body arrived.');
    default:
      return undefined;
  }
}
