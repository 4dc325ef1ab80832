/**
 * The SNS HTTP(S) envelope: what SNS POSTs to a subscribed endpoint (without raw message
 * delivery). Parsed once at the edge; a bad body becomes a coded error naming the field.
 * https://docs.aws.amazon.com/sns/latest/dg/http-subscription-confirmation-json.html
 */
import { z } from 'zod';
import { ChatOpsError } from '../../core/errors.js';
import { SNS_CODES } from './intake-errors.js';

/** SNS messages are at most 256 KiB. */
const MESSAGE_MAX = 256 * 1024;
const URL_MAX = 2048;

const text = (max: number, options: { empty?: boolean } = {}) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') })
    .min(options.empty ? 0 : 1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);

const signed = {
  MessageId: text(128),
  TopicArn: text(1024).regex(/^arn:[a-z0-9-]+:sns:/, 'must be an SNS topic ARN (arn:<partition>:sns:…)'),
  Message: text(MESSAGE_MAX, { empty: true }),
  Timestamp: text(64),
  SignatureVersion: text(16),
  Signature: text(4096),
  SigningCertURL: text(URL_MAX),
};

/**
 * Message attributes are NOT covered by the signature: treat them as untrusted hints.
 * String, Number and Binary (base64) values all arrive as strings.
 */
const messageAttributes = z
  .record(z.string(), z.looseObject({ Type: z.string({ error: 'must be a string' }), Value: z.string({ error: 'must be a string' }) }), {
    error: 'must be an object of {Type, Value}',
  })
  .optional();

const notification = z.looseObject({
  Type: z.literal('Notification'),
  ...signed,
  /** Absent when the publisher gave none; some senders write null. */
  Subject: text(1024, { empty: true }).nullish(),
  UnsubscribeURL: text(URL_MAX).optional(),
  MessageAttributes: messageAttributes,
});

const subscriptionFields = { ...signed, Token: text(1024), SubscribeURL: text(URL_MAX) };
const subscriptionConfirmation = z.looseObject({ Type: z.literal('SubscriptionConfirmation'), ...subscriptionFields });
const unsubscribeConfirmation = z.looseObject({ Type: z.literal('UnsubscribeConfirmation'), ...subscriptionFields });

const TYPES = 'Notification, SubscriptionConfirmation or UnsubscribeConfirmation';

export const snsEnvelopeSchema = z.discriminatedUnion('Type', [notification, subscriptionConfirmation, unsubscribeConfirmation], {
  error: (issue) => {
    const type = typeof issue.input === 'object' && issue.input !== null ? (issue.input as { Type?: unknown }).Type : undefined;
    return type === undefined ? `is required (${TYPES})` : `must be ${TYPES}`;
  },
});

export type SnsEnvelope = z.output<typeof snsEnvelopeSchema>;
export type SnsNotificationEnvelope = Extract<SnsEnvelope, { Type: 'Notification' }>;
export type SnsSubscriptionEnvelope = Exclude<SnsEnvelope, { Type: 'Notification' }>;
export type SnsMessageType = SnsEnvelope['Type'];

/**
 * Parses a request body as an SNS envelope. Throws ChatOpsError SNS_BAD_REQUEST (empty, not JSON,
 * not an object) or SNS_ENVELOPE_INVALID naming every wrong field, e.g.
 * `Bad SNS envelope: MessageId: is required; Signature: must be a string.`
 */
export function parseSnsEnvelope(body: string): SnsEnvelope {
  if (body.trim() === '') {
    throw new ChatOpsError(SNS_CODES.badRequest, 'The request body is empty: expected an SNS message envelope (JSON).');
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new ChatOpsError(SNS_CODES.badRequest, 'The request body is not JSON: expected an SNS message envelope.', {
      nextStep: 'If the subscription uses raw message delivery, subscribe the configuration path that holds its snsRawDeliveryToken.',
    });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ChatOpsError(SNS_CODES.badRequest, 'The request body is JSON but not an object: expected an SNS message envelope.');
  }
  const result = snsEnvelopeSchema.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    if (issue.path.length === 0) return issue.message;
    return `${issue.path.map(String).join('.')}: ${issue.message}`;
  });
  throw new ChatOpsError(SNS_CODES.envelopeInvalid, `Bad SNS envelope: ${[...new Set(problems)].join('; ')}.`);
}
