/**
 * The SNS HTTP(S) endpoint. POST <sns.path> takes envelopes for every configuration;
 * POST <sns.path>/<configuration> routes only to that configuration; POST
 * <sns.path>/<configuration>/<snsRawDeliveryToken> also takes raw message delivery. The body is
 * read here, as text, with a size limit (the server parses no bodies globally); SNS sends
 * Content-Type text/plain, but any type is read. Always JSON answers: 200 {result, messageId}
 * or a coded error.
 */
import express from 'express';
import type { IRouter, Request, RequestHandler, Response } from 'express';
import type { LoadedConfig } from '../../config/loaded-config.js';
import { findConfiguration } from '../../config/configurations.js';
import { ChatOpsError } from '../../core/errors.js';
import type { InboxBatcherOptions } from '../../notifications/intake/inbox-batcher.js';
import { SNS_CODES } from '../../notifications/intake/intake-errors.js';
import { createSnsIntake, type SnsIntakeOutcome } from '../../notifications/intake/sns-intake.js';
import { createSignatureVerifier } from '../../notifications/intake/verify-signature.js';
import type { Logger } from '../../ports/logger.js';
import type { Metrics } from '../../ports/metrics.js';
import type { CertificateSource, SubscriptionConfirmer } from '../../ports/sns.js';
import type { Store } from '../../ports/store.js';
import type { ErrorBody } from '../http/http-errors.js';
import { statusForCode } from '../http/http-errors.js';
import { isPlainUtf8, readUtf8Body } from './read-utf8-body.js';

/** SNS messages are at most 256 KiB; JSON escaping in the envelope can make the body larger. */
export const SNS_BODY_LIMIT = '1mb';
const SNS_BODY_LIMIT_BYTES = 1024 * 1024;

export interface SnsRouteDeps {
  config: LoadedConfig;
  store: Store;
  certificates: CertificateSource;
  confirmer: SubscriptionConfirmer;
  metrics: Metrics;
  logger: Logger;
  /** Called after an event was added to the inbox (wakes the worker). */
  onAccepted?: () => void;
  /** Group commit of inbox writes; defaults suit PGlite. */
  batching?: InboxBatcherOptions;
}

export function mountSnsIntake(router: IRouter, deps: SnsRouteDeps): void {
  const intake = createSnsIntake({
    configurations: deps.config.configurations,
    store: deps.store,
    verifier: createSignatureVerifier({ certificates: deps.certificates }),
    confirmer: deps.confirmer,
    metrics: deps.metrics,
    logger: deps.logger,
    onAccepted: deps.onAccepted,
    batching: deps.batching,
  });
  const base = deps.config.sns.path.replace(/\/+$/, '');
  const readText = express.text({ type: () => true, limit: SNS_BODY_LIMIT, defaultCharset: 'utf-8' });

  const handler: RequestHandler = async (req, res, next) => {
    const { configuration, token } = req.params as { configuration?: string; token?: string };
    // With sns.path "/", an unknown first segment is another route's business.
    if (base === '' && configuration !== undefined && !findConfiguration(deps.config, configuration)) {
      next();
      return;
    }
    let body: string;
    try {
      body = isPlainUtf8(req) ? await readUtf8Body(req, SNS_BODY_LIMIT_BYTES) : await readBody(readText, req, res);
    } catch (e) {
      send(res, intake.rejected(bodyError(e), { configuration }));
      return;
    }
    const outcome = await intake.handle({
      body,
      rawDelivery: String(req.headers['x-amz-sns-rawdelivery'] ?? '').toLowerCase() === 'true',
      messageIdHeader: header(req, 'x-amz-sns-message-id'),
      topicArnHeader: header(req, 'x-amz-sns-topic-arn'),
      configuration,
      token,
    });
    send(res, outcome);
  };

  router.post(base === '' ? '/' : base, handler);
  router.post(`${base}/:configuration`, handler);
  router.post(`${base}/:configuration/:token`, handler);
}

function readBody(parse: RequestHandler, req: Request, res: Response): Promise<string> {
  return new Promise((resolve, reject) => {
    void parse(req, res, (error?: unknown) => {
      if (error) reject(error);
      else resolve(typeof req.body === 'string' ? req.body : '');
    });
  });
}

function header(req: Request, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

function bodyError(error: unknown): ChatOpsError {
  const type = typeof error === 'object' && error !== null ? (error as { type?: unknown }).type : undefined;
  if (type === 'entity.too.large') return new ChatOpsError(SNS_CODES.bodyTooLarge, `The request body is larger than ${SNS_BODY_LIMIT.toUpperCase()}.`, { cause: error });
  if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
    return new ChatOpsError(SNS_CODES.unsupportedMediaType, 'The request body uses a charset or content encoding the SNS endpoint does not read (UTF-8 text expected).', { cause: error });
  }
  return new ChatOpsError(SNS_CODES.badRequest, 'The request body could not be read.', { cause: error });
}

/** Written directly (not res.json): no ETag or freshness work for an answer nobody caches. */
function send(res: Response, outcome: SnsIntakeOutcome): void {
  if (outcome.ok) {
    reply(res, 200, { result: outcome.result, messageId: outcome.messageId });
    return;
  }
  const { error } = outcome;
  const body: ErrorBody = { error: { code: error.code, message: error.userMessage } };
  if (error.nextStep) body.error.nextStep = error.nextStep;
  reply(res, statusForCode(error.code), body);
}

function reply(res: Response, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store' });
  res.end(text);
}
