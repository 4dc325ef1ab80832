/**
 * Downloads SNS signing certificates over HTTPS, with a timeout, no redirects and a size limit.
 * It fetches only URLs that pass the SigningCertURL rule, whatever its caller checked.
 */
import { X509Certificate } from 'node:crypto';
import { ChatOpsError } from '../../core/errors.js';
import { certificateUrlDenied, SNS_CODES } from '../../notifications/intake/intake-errors.js';
import { checkSigningCertUrl } from '../../notifications/intake/sns-urls.js';
import type { CertificateSource } from '../../ports/sns.js';
import { describeFetchFailure, readLimitedText } from './read-limited-body.js';

export interface HttpsCertificateFetcherOptions {
  /** Default 5000. */
  timeoutMs?: number;
  /** Default 64 KiB (a certificate is about 2 KiB). */
  maxBytes?: number;
  /** Default globalThis.fetch (tests give a fake). */
  fetch?: typeof fetch;
}

export function createHttpsCertificateFetcher(options: HttpsCertificateFetcherOptions = {}): CertificateSource {
  const timeoutMs = options.timeoutMs ?? 5000;
  const maxBytes = options.maxBytes ?? 64 * 1024;
  const fetchFn = options.fetch ?? globalThis.fetch;
  const unavailable = (why: string, cause?: unknown) =>
    new ChatOpsError(SNS_CODES.certificateUnavailable, `The SNS signing certificate could not be downloaded (${why}).`, {
      cause,
      nextStep: 'SNS delivers the message again later. On a host without outbound HTTPS, pre-load the certificate with SNS_CERTIFICATE_DIR.',
    });
  const denied = (why: string) => new ChatOpsError(SNS_CODES.certificateDenied, `The SNS signing certificate could not be used (${why}).`);

  return {
    async get(text) {
      const checked = checkSigningCertUrl(text);
      if (!checked.ok) throw certificateUrlDenied(checked.problem);
      let response: Response;
      try {
        response = await fetchFn(checked.url.href, { redirect: 'error', signal: AbortSignal.timeout(timeoutMs) });
      } catch (cause) {
        throw unavailable(describeFetchFailure(cause, timeoutMs), cause);
      }
      if (response.status >= 400 && response.status < 500) {
        await response.body?.cancel().catch(() => undefined);
        throw denied(`${checked.url.hostname} answered HTTP ${response.status}`);
      }
      if (response.status < 200 || response.status >= 300) {
        await response.body?.cancel().catch(() => undefined);
        throw unavailable(`${checked.url.hostname} answered HTTP ${response.status}`);
      }
      let pem: string | undefined;
      try {
        pem = await readLimitedText(response, maxBytes);
      } catch (cause) {
        throw unavailable(describeFetchFailure(cause, timeoutMs), cause);
      }
      if (pem === undefined) throw denied(`it is larger than ${maxBytes} bytes`);
      try {
        new X509Certificate(pem);
      } catch {
        throw denied('it is not a PEM certificate');
      }
      return pem;
    },
  };
}
