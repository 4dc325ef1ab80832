/**
 * The coded errors of SNS intake. Each code ends in a suffix the HTTP layer maps to a status
 * (…_BAD_REQUEST / …_INVALID → 400, …_DENIED / …_FORBIDDEN → 403, …_NOT_FOUND → 404,
 * …_TOO_LARGE → 413, …_UNAVAILABLE → 503). Words name the field or rule, never the body.
 */
import { ChatOpsError } from '../../core/errors.js';

export const SNS_CODES = {
  /** Empty body, not JSON, not a JSON object. */
  badRequest: 'SNS_BAD_REQUEST',
  /** JSON, but not an SNS envelope: a field is missing or has the wrong type. */
  envelopeInvalid: 'SNS_ENVELOPE_INVALID',
  bodyTooLarge: 'SNS_BODY_TOO_LARGE',
  unsupportedMediaType: 'SNS_UNSUPPORTED_MEDIA_TYPE',
  /** The signature does not verify, or its version is unknown. */
  signatureDenied: 'SNS_SIGNATURE_DENIED',
  /** SigningCertURL is not https://sns.<region>.amazonaws.com[.cn]/….pem. */
  certificateUrlDenied: 'SNS_CERTIFICATE_URL_DENIED',
  /** AWS refused the certificate (4xx), or what came back is not a certificate. */
  certificateDenied: 'SNS_CERTIFICATE_DENIED',
  /** The certificate could not be fetched now (network, timeout, 5xx): SNS should retry. */
  certificateUnavailable: 'SNS_CERTIFICATE_UNAVAILABLE',
  rawDeliveryForbidden: 'SNS_RAW_DELIVERY_FORBIDDEN',
  rawDeliveryDenied: 'SNS_RAW_DELIVERY_DENIED',
  topicForbidden: 'SNS_TOPIC_FORBIDDEN',
  configurationNotFound: 'SNS_CONFIGURATION_NOT_FOUND',
  storeUnavailable: 'SNS_STORE_UNAVAILABLE',
  confirmationUnavailable: 'SNS_CONFIRMATION_UNAVAILABLE',
} as const;

export type SnsErrorCode = (typeof SNS_CODES)[keyof typeof SNS_CODES];

export function snsError(code: SnsErrorCode, message: string, options: { nextStep?: string; cause?: unknown } = {}): ChatOpsError {
  return new ChatOpsError(code, message, options);
}

export function signatureDenied(reason: string): ChatOpsError {
  return snsError(SNS_CODES.signatureDenied, `The SNS message is not signed by SNS: ${reason}.`, {
    nextStep: 'Only messages delivered by Amazon SNS are accepted; check that the sender is an SNS subscription.',
  });
}

export function certificateUrlDenied(rule: string): ChatOpsError {
  return snsError(SNS_CODES.certificateUrlDenied, `SigningCertURL is not an SNS certificate URL: ${rule}.`, {
    nextStep: 'SigningCertURL must be https://sns.<region>.amazonaws.com/<name>.pem (or .amazonaws.com.cn) with no user, port, query or fragment.',
  });
}
