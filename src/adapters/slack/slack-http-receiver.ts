/**
 * A Bolt receiver that lives in our Express server instead of starting its own: POST
 * /slack/events reads its raw body, checks the Slack signature (401), parses the payload (400),
 * answers url_verification, and hands everything else to Bolt. The HTTP answer goes out when a
 * listener acks (our handlers ack first, then work), so Slack's 3 seconds are never at risk.
 * Why not Bolt's ExpressReceiver: see docs/decisions/2026-11-23-slack-receiver.md.
 */
import express from 'express';
import type { IRouter, Request, RequestHandler, Response } from 'express';
import type { App, Receiver, ReceiverEvent } from '@slack/bolt';
import { isChatOpsError } from '../../core/errors.js';
import type { Clock } from '../../ports/clock.js';
import type { Logger } from '../../ports/logger.js';
import type { Metrics } from '../../ports/metrics.js';
import { slackInbound } from './slack-inbound.js';
import { SLACK_EVENTS_PATH } from './slack-surface.js';
import { parseSlackBody } from './slack-request-body.js';
import { verifySlackSignature } from './verify-slack-signature.js';

/** Slack gives up after 3 s; if nothing acked by then, answer anyway so Slack does not retry. */
const UNACKED_AFTER_MS = 2500;
const BODY_LIMIT = '1mb';

export interface SlackHttpReceiverOptions {
  signingSecret: string;
  logger: Logger;
  clock: Clock;
  /** chatAck: request arrival → ack, per kind. */
  metrics?: Metrics;
}

export class SlackHttpReceiver implements Receiver {
  #bolt: App | undefined;
  readonly #o: SlackHttpReceiverOptions;

  constructor(options: SlackHttpReceiverOptions) {
    this.#o = options;
  }

  init(app: App): void {
    this.#bolt = app;
  }

  /** Our HTTP server listens; mounting is all there is to start. */
  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  mount(router: IRouter): void {
    const arrived: RequestHandler = (_req, res, next) => {
      (res.locals as { arrivedAt?: bigint }).arrivedAt = process.hrtime.bigint();
      next();
    };
    router.post(SLACK_EVENTS_PATH, arrived, express.raw({ type: () => true, limit: BODY_LIMIT }), (req, res) => this.#handle(req, res));
  }

  async #handle(req: Request, res: Response): Promise<void> {
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const { logger, clock } = this.#o;
    try {
      verifySlackSignature(this.#o.signingSecret, { body: raw, timestamp: req.get('x-slack-request-timestamp'), signature: req.get('x-slack-signature') }, clock.now().getTime());
    } catch (e) {
      if (!isChatOpsError(e)) throw e;
      logger.warn('slack request refused', { code: e.code, reason: e.userMessage });
      res.status(401).json({ error: { code: e.code, message: e.userMessage } });
      return;
    }
    let body: Record<string, unknown>;
    let inbound: ReturnType<typeof slackInbound>;
    try {
      body = parseSlackBody(raw, req.get('content-type'));
      inbound = slackInbound(body);
    } catch (e) {
      if (!isChatOpsError(e)) throw e;
      logger.warn('slack payload refused', { code: e.code, reason: e.userMessage });
      res.status(400).json({ error: { code: e.code, message: e.userMessage } });
      return;
    }
    if (inbound.kind === 'url_verification') {
      res.json({ challenge: inbound.challenge });
      return;
    }
    if (inbound.kind === 'ssl_check' || !this.#bolt) {
      res.status(200).end();
      return;
    }
    const arrivedAt = (res.locals as { arrivedAt?: bigint }).arrivedAt;
    const kind = inbound.kind;
    const ack = answerOnce(res, () => {
      if (arrivedAt !== undefined) this.#o.metrics?.chatAck('slack', kind, Number(process.hrtime.bigint() - arrivedAt) / 1e9);
    });
    const timer = setTimeout(() => {
      if (!res.headersSent) logger.warn('slack request not acknowledged in time: answered 200 anyway', { code: 'SLACK_ACK_LATE', kind: inbound.kind });
      ack();
    }, UNACKED_AFTER_MS);
    timer.unref();
    const retryNum = Number(req.get('x-slack-retry-num'));
    const event: ReceiverEvent = {
      body,
      ack: async (response?: unknown) => ack(response),
      ...(Number.isInteger(retryNum) && retryNum > 0 ? { retryNum } : {}),
      ...(req.get('x-slack-retry-reason') ? { retryReason: req.get('x-slack-retry-reason') } : {}),
      customProperties: { chatops: inbound },
    };
    try {
      await this.#bolt.processEvent(event);
    } catch (e) {
      logger.error('slack request handling failed', { code: isChatOpsError(e) ? e.code : 'SLACK_HANDLER_FAILED', error: e instanceof Error ? e.message : String(e) });
    } finally {
      clearTimeout(timer);
      ack();
    }
  }
}

/** The ack: the first call answers (200, with the listener's response if any); later ones do nothing. */
function answerOnce(res: Response, onAnswer: () => void): (response?: unknown) => void {
  return (response?: unknown) => {
    if (res.headersSent) return;
    onAnswer();
    if (response === undefined || response === '') res.status(200).end();
    else if (typeof response === 'string') res.status(200).type('text/plain').send(response);
    else res.status(200).json(response);
  };
}
