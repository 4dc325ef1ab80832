/**
 * The SNS HTTP(S) endpoint. POST <sns.path> takes envelopes for every configuration;
 * POST <sns.path>/<configuration> routes only to that configuration; POST
 * <sns.path>/<configuration>/<snsRawDeliveryToken> also takes raw message delivery. The body is
 * read here, as text, with a size limit (the server parses no bodies globally); SNS sends
 * Content-Type text/plain, but any type is read. Always JSON answers: 200 {result, messageId}
 * or a coded error.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
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

export interface SnsIntakeHandlers {
  /** The Express routes: every request the fast path leaves alone (other charsets, encodings). */
  mount(router: IRouter): void;
  /**
   * The same endpoint in front of Express (see HttpServer.fast): takes a POST to the SNS paths
   * with a plain UTF-8 body and answers it without Express's routing and response wrapping;
   * returns false for anything else.
   */
  fast(req: IncomingMessage, res: ServerResponse): boolean;
}

export function mountSnsIntake(router: IRouter, deps: SnsRouteDeps): void {
  createSnsIntakeHandlers(deps).mount(router);
}

export function createSnsIntakeHandlers(deps: SnsRouteDeps): SnsIntakeHandlers {
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
  // With sns.path "/", an unknown first segment is another route's business.
  const isOurs = (configuration: string | undefined) => base !== '' || configuration === undefined || findConfiguration(deps.config, configuration) !== undefined;

  async function accept(req: IncomingMessage, res: ServerResponse, body: string, configuration: string | undefined, token: string | undefined): Promise<void> {
    const outcome = await intake.handle({
      body,
      rawDelivery: String(req.headers['x-amz-sns-rawdelivery'] ?? '').toLowerCase() === 'true',
      messageIdHeader: header(req, 'x-amz-sns-message-id'),
      topicArnHeader: header(req, 'x-amz-sns-topic-arn'),
      configuration,
      token,
    });
    send(res, outcome);
  }

  const handler: RequestHandler = async (req, res, next) => {
    const { configuration, token } = req.params as { configuration?: string; token?: string };
    if (!isOurs(configuration)) {
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
    await accept(req, res, body, configuration, token);
  };

  return {
    mount(router) {
      router.post(base === '' ? '/' : base, handler);
      router.post(`${base}/:configuration`, handler);
      router.post(`${base}/:configuration/:token`, handler);
    },
    fast(req, res) {
      if (req.method !== 'POST' || !isPlainUtf8(req)) return false;
      const path = matchPath(base, req.url ?? '');
      if (!path || !isOurs(path.configuration)) return false;
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Referrer-Policy', 'no-referrer');
      readUtf8Body(req, SNS_BODY_LIMIT_BYTES)
        .then(
          (body) => accept(req, res, body, path.configuration, path.token),
          (e: unknown) => send(res, intake.rejected(bodyError(e), { configuration: path.configuration })),
        )
        .catch((e: unknown) => {
          deps.logger.error('the SNS endpoint failed', { code: 'SNS_INTERNAL', error: e instanceof Error ? e.message : String(e) });
          if (!res.headersSent) reply(res, 500, { error: { code: 'INTERNAL', message: 'Something went wrong on our side; SNS will retry.' } });
          else res.destroy();
        });
      return true;
    },
  };
}

/**
 * `base`, `base/<configuration>` or `base/<configuration>/<token>`, matched the way the Express
 * routes match (case-insensitive base, decoded segments); anything fancier (a trailing slash,
 * odd escapes) returns undefined and is left to Express.
 */
function matchPath(base: string, url: string): { configuration?: string; token?: string } | undefined {
  const q = url.indexOf('?');
  const pathname = q === -1 ? url : url.slice(0, q);
  if (pathname.length < base.length || pathname.slice(0, base.length).toLowerCase() !== base.toLowerCase()) return undefined;
  const rest = pathname.slice(base.length);
  if (rest === '' || (rest === '/' && base === '')) return {};
  if (rest[0] !== '/') return undefined;
  const segments = rest.slice(1).split('/');
  if (segments.length > 2 || segments.some((s) => s === '')) return undefined;
  try {
    const [configuration, token] = segments.map((s) => decodeURIComponent(s));
    return token === undefined ? { configuration } : { configuration, token };
  } catch {
    return undefined;
  }
}

function readBody(parse: RequestHandler, req: Request, res: Response): Promise<string> {
  return new Promise((resolve, reject) => {
    void parse(req, res, (error?: unknown) => {
      if (error) reject(error);
      else resolve(typeof req.body === 'string' ? req.body : '');
    });
  });
}

function header(req: IncomingMessage, name: string): string | undefined {
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
function send(res: ServerResponse, outcome: SnsIntakeOutcome): void {
  if (outcome.ok) {
    reply(res, 200, { result: outcome.result, messageId: outcome.messageId });
    return;
  }
  const { error } = outcome;
  const body: ErrorBody = { error: { code: error.code, message: error.userMessage } };
  if (error.nextStep) body.error.nextStep = error.nextStep;
  reply(res, statusForCode(error.code), body);
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store' });
  res.end(text);
}
