/**
 * Keeps downloaded certificates in memory by URL (bounded), shares one download among concurrent
 * requests for the same URL, remembers refusals for a while, and caps downloads in flight, so
 * forged envelopes can't make the service hammer AWS.
 */
import { ChatOpsError, isChatOpsError } from '../../core/errors.js';
import { BoundedMap } from '../../notifications/intake/bounded-map.js';
import { SNS_CODES } from '../../notifications/intake/intake-errors.js';
import type { Clock } from '../../ports/clock.js';
import { systemClock } from '../../ports/clock.js';
import type { CertificateSource } from '../../ports/sns.js';

export interface CachingCertificateSourceOptions {
  /** Certificates kept. Default 100. */
  maxEntries?: number;
  /** How long an SNS_CERTIFICATE_DENIED answer is remembered. Default 60 s. */
  deniedTtlMs?: number;
  /** Downloads of different URLs at once; more fail fast as unavailable. Default 8. */
  maxInFlight?: number;
  clock?: Clock;
}

export function createCachingCertificateSource(source: CertificateSource, options: CachingCertificateSourceOptions = {}): CertificateSource {
  const certificates = new BoundedMap<string, string>(options.maxEntries ?? 100);
  const denied = new BoundedMap<string, { error: ChatOpsError; until: number }>(options.maxEntries ?? 100);
  const inFlight = new Map<string, Promise<string>>();
  const maxInFlight = options.maxInFlight ?? 8;
  const deniedTtlMs = options.deniedTtlMs ?? 60_000;
  const clock = options.clock ?? systemClock;

  return {
    async get(url) {
      const cached = certificates.get(url);
      if (cached !== undefined) return cached;
      const refusal = denied.get(url);
      if (refusal && refusal.until > clock.now().getTime()) throw refusal.error;
      const pending = inFlight.get(url);
      if (pending) return pending;
      if (inFlight.size >= maxInFlight) {
        throw new ChatOpsError(SNS_CODES.certificateUnavailable, 'Too many SNS signing certificates are being downloaded at once; SNS delivers the message again later.');
      }
      const download = source
        .get(url)
        .then(
          (pem) => {
            certificates.set(url, pem);
            return pem;
          },
          (error: unknown) => {
            if (isChatOpsError(error) && error.code === SNS_CODES.certificateDenied) denied.set(url, { error, until: clock.now().getTime() + deniedTtlMs });
            throw error;
          },
        )
        .finally(() => inFlight.delete(url));
      inFlight.set(url, download);
      return download;
    },
  };
}
