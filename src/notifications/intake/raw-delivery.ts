/**
 * Raw message delivery (`x-amz-sns-rawdelivery: true`): SNS POSTs the bare message, with no
 * envelope and no signature. Nothing proves it came from SNS, so it is accepted only on a path
 * that holds the configuration's secret token: POST /sns/<configuration>/<token>.
 */
import { randomUUID, createHash, timingSafeEqual } from 'node:crypto';
import type { ChannelConfiguration } from '../../config/schema.js';
import { ChatOpsError } from '../../core/errors.js';
import { SNS_CODES } from './intake-errors.js';

const MESSAGE_ID = /^[A-Za-z0-9-]{1,128}$/;
const TOPIC_ARN = /^arn:[a-z0-9-]+:sns:[A-Za-z0-9:_.-]{1,1000}$/;

const SET_UP =
  'Set snsRawDeliveryToken: ${SOME_ENV_VAR} on the channel configuration (a secret of at least 24 characters, e.g. from openssl rand -hex 32) and subscribe https://<your host>/sns/<configuration>/<token> with raw message delivery on; or turn raw message delivery off for this subscription.';

/** Raw delivery arrived without a usable token path. */
export function rawDeliveryForbidden(configuration?: ChannelConfiguration): ChatOpsError {
  const where = configuration
    ? configuration.snsRawDeliveryToken
      ? `on the configuration path without its token`
      : `for configuration "${configuration.name}", which has no snsRawDeliveryToken`
    : 'on the shared SNS path';
  return new ChatOpsError(
    SNS_CODES.rawDeliveryForbidden,
    `Raw message delivery carries no SNS signature, so it is accepted only on a configuration's secret path; this request came ${where}.`,
    { nextStep: SET_UP },
  );
}

/**
 * Checks the token of POST /sns/<configuration>/<token> in constant time. Throws
 * SNS_RAW_DELIVERY_FORBIDDEN when the configuration has no token, SNS_RAW_DELIVERY_DENIED when it
 * does not match. The token is never part of a message.
 */
export function checkRawDeliveryToken(configuration: ChannelConfiguration, token: string): void {
  const expected = configuration.snsRawDeliveryToken;
  if (!expected) throw rawDeliveryForbidden(configuration);
  if (!sameSecret(token, expected)) {
    throw new ChatOpsError(SNS_CODES.rawDeliveryDenied, `The token in the SNS path does not match the snsRawDeliveryToken of configuration "${configuration.name}".`, {
      nextStep: 'Subscribe the URL with the current token (https://<your host>/sns/<configuration>/<token>).',
    });
  }
}

/** Hashing first makes both sides the same length, so the comparison leaks neither value nor length. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** The MessageId of a raw delivery: the x-amz-sns-message-id header when it looks like one, else a new id. */
export function rawMessageId(header: string | undefined): string {
  return header !== undefined && MESSAGE_ID.test(header) ? header : `raw-${randomUUID()}`;
}

/** The x-amz-sns-topic-arn header when it looks like a topic ARN (unsigned: a hint only). */
export function rawTopicArn(header: string | undefined): string | undefined {
  return header !== undefined && TOPIC_ARN.test(header) ? header : undefined;
}
