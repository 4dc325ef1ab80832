/**
 * SNS intake: one request in, one outcome out. Verifies the envelope (or the raw-delivery token),
 * stores a Notification in the inbox — deduplicated by MessageId — before answering, and guards
 * subscription confirmations. Every rejection is counted and logged once, at warn, with its code
 * (never the body). Nothing a client sends can make it throw: failures come back as coded errors.
 */
import type { ChannelConfiguration } from '../../config/schema.js';
import { findConfiguration, subscribesTo } from '../../config/configurations.js';
import { ChatOpsError, isChatOpsError } from '../../core/errors.js';
import type { Logger } from '../../ports/logger.js';
import type { Metrics } from '../../ports/metrics.js';
import type { SubscriptionConfirmer } from '../../ports/sns.js';
import type { NewInboxEvent, Store } from '../../ports/store.js';
import { createInboxBatcher, type InboxBatcherOptions } from './inbox-batcher.js';
import { SNS_CODES } from './intake-errors.js';
import { causeOf, type RejectFn, type SnsIntakeOutcome } from './intake-outcome.js';
import { checkRawDeliveryToken, rawDeliveryForbidden, rawMessageId, rawTopicArn } from './raw-delivery.js';
import { parseSnsEnvelope, type SnsEnvelope, type SnsNotificationEnvelope } from './sns-envelope.js';
import { handleSubscriptionMessage } from './subscription-intake.js';
import type { SignatureVerifier } from './verify-signature.js';

export interface SnsIntakeRequest {
  /** The body exactly as received (decoded text). */
  body: string;
  /** `x-amz-sns-rawdelivery: true`. */
  rawDelivery: boolean;
  /** `x-amz-sns-message-id` and `x-amz-sns-topic-arn`: used for raw delivery only (they are not signed). */
  messageIdHeader?: string;
  topicArnHeader?: string;
  /** From POST <path>/<configuration>[/<token>]. */
  configuration?: string;
  token?: string;
}

export type { SnsIntakeOutcome };

export interface SnsIntakeDeps {
  configurations: readonly ChannelConfiguration[];
  store: Pick<Store, 'inbox' | 'subscriptions'>;
  verifier: SignatureVerifier;
  confirmer: SubscriptionConfirmer;
  metrics: Metrics;
  logger: Logger;
  /** Called after an event was added to the inbox (wakes the worker). */
  onAccepted?: () => void;
  batching?: InboxBatcherOptions;
}

export interface SnsIntake {
  handle(request: SnsIntakeRequest): Promise<SnsIntakeOutcome>;
  /** Counts and logs a rejection that happened before handle() (e.g. a body too large). */
  rejected: RejectFn;
}

export function createSnsIntake(deps: SnsIntakeDeps): SnsIntake {
  const { metrics, logger, store } = deps;
  const batcher = createInboxBatcher(store.inbox, deps.batching);

  const rejected: RejectFn = (error, fields = {}) => {
    metrics.snsRequest('rejected', error.code);
    logger.warn('sns request rejected', { code: error.code, reason: error.userMessage, ...fields, ...causeOf(error) });
    return { ok: false, error };
  };

  const storeUnavailable = (cause: unknown) =>
    new ChatOpsError(SNS_CODES.storeUnavailable, 'The message could not be stored right now; SNS will deliver it again.', { cause });

  /** `messageId` is the SNS MessageId (the event's inbox key may carry a configuration suffix). */
  const addToInbox = async (event: NewInboxEvent, messageId: string, fields: Record<string, unknown>): Promise<SnsIntakeOutcome> => {
    let result;
    try {
      result = await batcher.add(event);
    } catch (cause) {
      return rejected(storeUnavailable(cause), fields);
    }
    if (result === 'duplicate') {
      metrics.snsRequest('duplicate');
      logger.debug('sns duplicate ignored', fields);
      return { ok: true, result: 'duplicate', messageId };
    }
    metrics.snsRequest('accepted');
    logger.debug('sns message accepted', fields);
    try {
      deps.onAccepted?.();
    } catch (e) {
      logger.error('sns onAccepted failed', { error: e instanceof Error ? e.message : String(e) });
    }
    return { ok: true, result: 'accepted', messageId };
  };

  const acceptNotification = (envelope: SnsNotificationEnvelope, body: string, configuration: ChannelConfiguration | undefined) => {
    const fields = { messageId: envelope.MessageId, topicArn: envelope.TopicArn, configuration: configuration?.name };
    if (configuration && !subscribesTo(configuration, envelope.TopicArn)) {
      return rejected(
        new ChatOpsError(SNS_CODES.topicForbidden, `Channel configuration "${configuration.name}" does not subscribe to topic ${envelope.TopicArn}.`, {
          nextStep: `Add the topic to its snsTopicArns, or subscribe the shared SNS path instead.`,
        }),
        fields,
      );
    }
    return addToInbox(
      {
        messageId: inboxKey(envelope.MessageId, configuration),
        kind: 'notification',
        topicArn: envelope.TopicArn,
        body,
        ...(configuration ? { configuration: configuration.name } : {}),
      },
      envelope.MessageId,
      fields,
    );
  };

  const handle = async (request: SnsIntakeRequest): Promise<SnsIntakeOutcome> => {
    let configuration: ChannelConfiguration | undefined;
    if (request.configuration !== undefined) {
      configuration = findConfiguration({ configurations: deps.configurations }, request.configuration);
      if (!configuration) {
        return rejected(
          new ChatOpsError(SNS_CODES.configurationNotFound, `There is no channel configuration named "${request.configuration}".`, {
            nextStep: 'Subscribe the shared SNS path, or <path>/<name> with the name of a configuration in the configuration file.',
          }),
        );
      }
    }
    const fields = { configuration: configuration?.name };
    if (configuration && request.token !== undefined) {
      try {
        checkRawDeliveryToken(configuration, request.token);
      } catch (e) {
        return rejected(e as ChatOpsError, fields);
      }
    }
    if (request.rawDelivery) {
      if (!configuration || request.token === undefined) return rejected(rawDeliveryForbidden(configuration), fields);
      if (request.body === '') return rejected(new ChatOpsError(SNS_CODES.badRequest, 'The raw message is empty.'), fields);
      const messageId = rawMessageId(request.messageIdHeader);
      const topicArn = rawTopicArn(request.topicArnHeader);
      return addToInbox(
        { messageId: inboxKey(messageId, configuration), kind: 'raw', body: request.body, configuration: configuration.name, ...(topicArn ? { topicArn } : {}) },
        messageId,
        { ...fields, messageId, raw: true },
      );
    }
    let envelope: SnsEnvelope;
    try {
      envelope = parseSnsEnvelope(request.body);
      await deps.verifier.verify(envelope);
    } catch (e) {
      return rejected(isChatOpsError(e) ? e : new ChatOpsError(SNS_CODES.badRequest, 'The request could not be read as an SNS message.', { cause: e }), fields);
    }
    if (envelope.Type === 'Notification') return acceptNotification(envelope, request.body, configuration);
    return handleSubscriptionMessage(envelope, configuration, {
      configurations: deps.configurations,
      subscriptions: store.subscriptions,
      confirmer: deps.confirmer,
      metrics,
      logger,
      reject: rejected,
      storeUnavailable,
    });
  };

  return {
    handle: (request) =>
      handle(request).catch((e: unknown) => rejected(new ChatOpsError('SNS_INTERNAL_ERROR', 'The SNS message could not be handled.', { cause: e }))),
    rejected,
  };
}

/**
 * The inbox dedupe key. On the shared path it is the SNS MessageId. On a configuration's own
 * path it is `<MessageId>@<configuration>`: the same topic may be subscribed to two
 * configurations' paths, and SNS gives both deliveries the same MessageId.
 */
export function inboxKey(messageId: string, configuration: ChannelConfiguration | undefined): string {
  return configuration ? `${messageId}@${configuration.name}` : messageId;
}
