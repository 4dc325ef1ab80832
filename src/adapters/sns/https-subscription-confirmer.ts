/**
 * Confirms SNS subscriptions: one GET of the SubscribeURL, with a timeout and no redirects. It
 * fetches only URLs that pass the SubscribeURL rule (https://sns.<region>.amazonaws.com[.cn]/…),
 * whatever its caller checked, so it can't be turned against internal hosts.
 */
import { ChatOpsError } from '../../core/errors.js';
import { SNS_CODES } from '../../notifications/intake/intake-errors.js';
import { checkSubscribeUrl } from '../../notifications/intake/sns-urls.js';
import type { SubscriptionConfirmer } from '../../ports/sns.js';
import { describeFetchFailure, readLimitedText } from './read-limited-body.js';

export interface HttpsSubscriptionConfirmerOptions {
  /** Default 5000. */
  timeoutMs?: number;
  /** Default globalThis.fetch (tests give a fake). */
  fetch?: typeof fetch;
}

export function createHttpsSubscriptionConfirmer(options: HttpsSubscriptionConfirmerOptions = {}): SubscriptionConfirmer {
  const timeoutMs = options.timeoutMs ?? 5000;
  const fetchFn = options.fetch ?? globalThis.fetch;
  const failed = (why: string, cause?: unknown) =>
    new ChatOpsError(SNS_CODES.confirmationUnavailable, `SNS did not confirm the subscription (${why}).`, { cause });

  return {
    async confirm(text) {
      const checked = checkSubscribeUrl(text);
      if (!checked.ok) throw failed(`the SubscribeURL is not an SNS URL: ${checked.problem}`);
      let response: Response;
      try {
        response = await fetchFn(checked.url.href, { method: 'GET', redirect: 'error', signal: AbortSignal.timeout(timeoutMs) });
      } catch (cause) {
        throw failed(describeFetchFailure(cause, timeoutMs), cause);
      }
      // The answer is a small XML document; read a little of it so the connection can be reused.
      await readLimitedText(response, 64 * 1024).catch(() => undefined);
      if (response.status < 200 || response.status >= 300) throw failed(`${checked.url.hostname} answered HTTP ${response.status}`);
    },
  };
}
