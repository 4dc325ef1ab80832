/**
 * SNS signature verification: SignatureVersion 1 (SHA1withRSA) and 2 (SHA256withRSA) over the
 * canonical string, with the public key of the certificate at SigningCertURL. Only URLs that pass
 * the SigningCertURL rule are ever asked for. Parsed public keys are kept per URL, so a verified
 * envelope costs one RSA verify (tens of microseconds), not a PEM parse.
 * The certificate's validity dates are not checked (AWS's own validators don't either; the
 * trust comes from fetching it over HTTPS from an SNS host).
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { ChatOpsError, isChatOpsError } from '../../core/errors.js';
import type { CertificateSource } from '../../ports/sns.js';
import { BoundedMap } from './bounded-map.js';
import { canonicalString } from './canonical-string.js';
import { certificateUrlDenied, signatureDenied, SNS_CODES } from './intake-errors.js';
import type { SnsEnvelope } from './sns-envelope.js';
import { checkSigningCertUrl } from './sns-urls.js';

/** SignatureVersion → the digest of RSA PKCS#1 v1.5. */
export const SIGNATURE_ALGORITHMS: Readonly<Record<string, string>> = { '1': 'sha1', '2': 'sha256' };

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export interface SignatureVerifierOptions {
  certificates: CertificateSource;
  /** How many certificates' keys to keep parsed. Default 64 (SNS uses a handful). */
  maxKeys?: number;
}

export interface SignatureVerifier {
  /**
   * Resolves when the envelope is signed by SNS. Throws ChatOpsError SNS_SIGNATURE_DENIED,
   * SNS_CERTIFICATE_URL_DENIED, SNS_CERTIFICATE_DENIED or SNS_CERTIFICATE_UNAVAILABLE.
   */
  verify(envelope: SnsEnvelope): Promise<void>;
}

export function createSignatureVerifier(options: SignatureVerifierOptions): SignatureVerifier {
  const keys = new BoundedMap<string, KeyObject>(options.maxKeys ?? 64);
  const loading = new Map<string, Promise<KeyObject>>();

  const keyFor = (url: string): KeyObject | Promise<KeyObject> => {
    const cached = keys.get(url);
    if (cached) return cached;
    let pending = loading.get(url);
    if (!pending) {
      pending = options.certificates
        .get(url)
        .then(
          (pem) => {
            const key = publicKeyOf(pem);
            keys.set(url, key);
            return key;
          },
          (cause: unknown) => {
            throw isChatOpsError(cause) ? cause : new ChatOpsError(SNS_CODES.certificateUnavailable, 'The SNS signing certificate could not be fetched.', { cause });
          },
        )
        .finally(() => loading.delete(url));
      loading.set(url, pending);
    }
    return pending;
  };

  return {
    async verify(envelope) {
      const algorithm = SIGNATURE_ALGORITHMS[envelope.SignatureVersion];
      if (!algorithm) throw signatureDenied('SignatureVersion must be 1 (SHA1withRSA) or 2 (SHA256withRSA)');
      if (!BASE64.test(envelope.Signature)) throw signatureDenied('Signature is not base64');
      const checked = checkSigningCertUrl(envelope.SigningCertURL);
      if (!checked.ok) throw certificateUrlDenied(checked.problem);
      const found = keyFor(checked.url.href);
      const key = found instanceof Promise ? await found : found;
      if (!verifyWithKey(envelope, algorithm, key)) throw signatureDenied('the signature does not match the message');
    },
  };
}

/** One RSA verify of the canonical string; false on any mismatch. */
export function verifyWithKey(envelope: SnsEnvelope, algorithm: string, key: KeyObject): boolean {
  const signature = Buffer.from(envelope.Signature, 'base64');
  return verify(algorithm, Buffer.from(canonicalString(envelope), 'utf8'), key, signature);
}

/** The RSA public key of a PEM certificate; SNS_CERTIFICATE_DENIED when it is not one. */
export function publicKeyOf(pem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch (cause) {
    throw new ChatOpsError(SNS_CODES.certificateDenied, 'The SNS signing certificate could not be read (not a PEM certificate).', { cause });
  }
  if (key.asymmetricKeyType !== 'rsa') {
    throw new ChatOpsError(SNS_CODES.certificateDenied, `The SNS signing certificate holds a ${key.asymmetricKeyType ?? 'non-RSA'} key, not RSA.`);
  }
  return key;
}
