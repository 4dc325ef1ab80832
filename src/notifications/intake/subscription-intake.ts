/**
 * SubscriptionConfirmation and UnsubscribeConfirmation, once their signature is verified. A
 * confirmation is confirmed only as subscription-policy.ts allows; a refusal is recorded, logged
 * with its reason and answered 200 (SNS would only send the same message again). A confirmation
 * that fails on the way to AWS is answered 503, so SNS sends it again.
 */
import type { ChannelConfiguration } from '../../config/schema.js';
import { ChatOpsError, isChatOpsError } from '../../core/errors.js';
import type { Logger } from '../../ports/logger.js';
import type { Metrics } from '../../ports/metrics.js';
import type { SubscriptionConfirmer } from '../../ports/sns.js';
import type { SubscriptionRecord, SubscriptionStore } from '../../ports/store.js';
import { causeOf, type RejectFn, type SnsIntakeOutcome } from './intake-outcome.js';
import { SNS_CODES } from './intake-errors.js';
import type { SnsSubscriptionEnvelope } from './sns-envelope.js';
import { decideSubscription } from './subscription-policy.js';

export interface SubscriptionIntakeDeps {
  configurations: readonly ChannelConfiguration[];
  subscriptions: SubscriptionStore;
  confirmer: SubscriptionConfirmer;
  metrics: Metrics;
  logger: Logger;
  reject: RejectFn;
  storeUnavailable(cause: unknown): ChatOpsError;
}

export async function handleSubscriptionMessage(
  envelope: SnsSubscriptionEnvelope,
  configuration: ChannelConfiguration | undefined,
  deps: SubscriptionIntakeDeps,
): Promise<SnsIntakeOutcome> {
  const { metrics, logger } = deps;
  const fields = { messageId: envelope.MessageId, topicArn: envelope.TopicArn, configuration: configuration?.name, type: envelope.Type };
  const base = { messageId: envelope.MessageId, type: envelope.Type, topicArn: envelope.TopicArn };
  /** Records; a store failure becomes a 503 outcome. */
  const record = async (entry: Pick<SubscriptionRecord, 'status' | 'reason'>): Promise<SnsIntakeOutcome | undefined> => {
    try {
      await deps.subscriptions.record({ ...base, ...entry });
      return undefined;
    } catch (cause) {
      return deps.reject(deps.storeUnavailable(cause), fields);
    }
  };

  if (envelope.Type === 'UnsubscribeConfirmation') {
    const failed = await record({ status: 'recorded' });
    if (failed) return failed;
    metrics.snsRequest('subscription', 'unsubscribed');
    logger.info('sns subscription ended', fields);
    return { ok: true, result: 'unsubscribed', messageId: envelope.MessageId };
  }

  const decision = decideSubscription(envelope, deps.configurations, configuration?.name);
  if (!decision.confirm) {
    const failed = await record({ status: 'refused', reason: decision.reason });
    if (failed) return failed;
    metrics.snsRequest('subscription', 'refused');
    logger.warn('sns subscription refused', { ...fields, reason: decision.reason });
    return { ok: true, result: 'refused', messageId: envelope.MessageId };
  }

  try {
    await deps.confirmer.confirm(decision.url.href);
  } catch (cause) {
    const reason = isChatOpsError(cause) ? cause.userMessage : 'the SubscribeURL request failed';
    await deps.subscriptions.record({ ...base, status: 'failed', reason }).catch(() => undefined);
    metrics.snsRequest('subscription', 'failed');
    const error = new ChatOpsError(SNS_CODES.confirmationUnavailable, `The subscription could not be confirmed right now (${reason}); SNS will send the confirmation again.`, { cause });
    logger.warn('sns subscription confirmation failed', { ...fields, code: error.code, reason, ...causeOf(error) });
    return { ok: false, error };
  }
  // Confirmed at AWS already; should recording fail, a redelivered confirmation is confirmed again, harmlessly.
  const failed = await record({ status: 'confirmed' });
  if (failed) return failed;
  metrics.snsRequest('subscription', 'confirmed');
  logger.info('sns subscription confirmed', { ...fields, configurations: decision.configurations });
  return { ok: true, result: 'confirmed', messageId: envelope.MessageId };
}
