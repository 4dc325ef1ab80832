/**
 * POST /api/messages on our own Express router. The Teams SDK's HTTP layer (JWT check, then
 * dispatch to the app's handlers) registers its route handler on an `IHttpServerAdapter`; this
 * adapter only captures that handler, so our server owns the route, the body parser (1 MB), the
 * 404 and the error handling, and the SDK never listens. The HTTP answer is what the SDK's
 * handler returns (401 for a missing or bad token, the invoke response for a card action).
 * Why not the SDK's ExpressAdapter: docs/research/2026-11-23-teams-v2-findings.md §1.
 */
import type { IRouter, Request, RequestHandler, Response } from 'express';
import type { HttpMethod, HttpRouteHandler, IHttpServerAdapter } from '@microsoft/teams.apps';
import { jsonBody } from '../http/json-body.js';
import type { Logger } from '../../ports/logger.js';
import type { Metrics } from '../../ports/metrics.js';

export const TEAMS_MESSAGES_PATH = '/api/messages';

export interface TeamsHttpAdapterOptions {
  logger: Logger;
  /** chatops_chat_ack_seconds{platform="teams"}: request arrival → answer, per activity type. */
  metrics?: Metrics;
}

export class TeamsHttpAdapter implements IHttpServerAdapter {
  readonly #handlers = new Map<string, HttpRouteHandler>();
  readonly #o: TeamsHttpAdapterOptions;

  constructor(options: TeamsHttpAdapterOptions) {
    this.#o = options;
  }

  registerRoute(method: HttpMethod, path: string, handler: HttpRouteHandler): void {
    this.#handlers.set(`${method} ${path}`, handler);
  }

  mount(router: IRouter): void {
    const arrived: RequestHandler = (_req, res, next) => {
      (res.locals as { arrivedAt?: bigint }).arrivedAt = process.hrtime.bigint();
      next();
    };
    router.post(TEAMS_MESSAGES_PATH, arrived, jsonBody(), (req, res) => this.#handle(req, res));
  }

  async #handle(req: Request, res: Response): Promise<void> {
    const handler = this.#handlers.get(`POST ${TEAMS_MESSAGES_PATH}`);
    if (!handler) {
      res.status(503).json({ error: { code: 'TEAMS_NOT_READY', message: 'The Teams app is not initialised yet.' } });
      return;
    }
    const body: unknown = req.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      res.status(400).json({ error: { code: 'TEAMS_ACTIVITY_INVALID', message: 'Expected a Bot Framework activity: a JSON object (Content-Type: application/json).' } });
      return;
    }
    const out = await handler({ body, headers: req.headers as Record<string, string | string[]> });
    if (out.body === undefined || out.body === null) res.status(out.status).end();
    else res.status(out.status).json(out.body);
    const arrivedAt = (res.locals as { arrivedAt?: bigint }).arrivedAt;
    const type = typeof (body as { type?: unknown }).type === 'string' ? String((body as { type: string }).type) : 'unknown';
    if (arrivedAt !== undefined && out.status < 400) this.#o.metrics?.chatAck('teams', type === 'invoke' || type === 'message' ? type : 'other', Number(process.hrtime.bigint() - arrivedAt) / 1e9);
    if (out.status >= 500) this.#o.logger.warn('teams activity answered with an error', { code: 'TEAMS_ACTIVITY_FAILED', status: out.status, type });
  }
}
