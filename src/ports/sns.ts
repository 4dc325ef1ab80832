/**
 * What SNS intake needs from the outside: signing certificates and a way to confirm a
 * subscription. Real adapters in src/adapters/sns/ (HTTPS with timeouts, a directory of
 * pre-loaded certificates); tests give fakes.
 */

/** Signing certificates by SigningCertURL. */
export interface CertificateSource {
  /**
   * The PEM text of the certificate at `url`. Callers pass only URLs that passed the
   * SigningCertURL rule (https://sns.<region>.amazonaws.com[.cn]/….pem). Throws a ChatOpsError:
   * SNS_CERTIFICATE_UNAVAILABLE (try again later) or SNS_CERTIFICATE_DENIED (AWS said no).
   */
  get(url: string): Promise<string>;
}

/** Confirms an SNS subscription by visiting its SubscribeURL. */
export interface SubscriptionConfirmer {
  /**
   * GETs the SubscribeURL. Callers pass only URLs that passed the SubscribeURL rule
   * (https://sns.<region>.amazonaws.com[.cn]/…). Resolves when AWS answered 2xx; throws a
   * ChatOpsError (SNS_CONFIRMATION_UNAVAILABLE) otherwise.
   */
  confirm(subscribeUrl: string): Promise<void>;
}
