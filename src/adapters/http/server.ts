import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Express, IRouter, Request } from 'express';
import { ChatOpsError } from '../../core/errors.js';
import type { Logger } from '../../ports/logger.js';
import { errorHandler, notFoundHandler } from './error-handler.js';
import { mountHealth, readinessFrom } from './health-routes.js';
import type { ReadinessProbe } from './health-routes.js';

/** A handler in front of Express; true when it took the request. */
export type FastHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

/** Adds routes. Adapters (sandbox, Slack, Teams, SNS) each export one. */
export type HttpMount = (router: IRouter) => void;

export interface HttpServerOptions {
  logger: Logger;
  /** Mounted in order, before the JSON 404. More can be added later with `mount()`. */
  mounts?: readonly HttpMount[];
  /**
   * GET /readyz: store reachable, workers running… (health-routes.ts `readinessFrom` builds one).
   * GET /healthz never calls it: liveness means only that the process serves HTTP.
   */
  readiness?: ReadinessProbe;
  /** @deprecated Use `readiness`. Without it, this becomes /readyz's "store" check (a throw answers 503). */
  healthCheck?: () => Promise<void>;
  /** How long close() waits for open requests before cutting them off. Default 5 s. */
  closeGraceMs?: number;
}

export interface ListeningHttpServer {
  port: number;
  host: string;
  /** e.g. http://127.0.0.1:3978 */
  url: string;
  /** Stops accepting, ends streams, waits for open requests (up to the grace time). Idempotent. */
  close(): Promise<void>;
}

export interface HttpServer {
  readonly app: Express;
  /** Adds routes; works before and after listen(), always ahead of the 404. */
  mount(mount: HttpMount): void;
  /**
   * Adds a handler in front of Express, for an endpoint hot enough that Express's routing and
   * response wrapping show (POST /sns under a burst). It returns true when it took the request;
   * false hands the request on, untouched, to the next fast handler and then to Express.
   */
  fast(handler: FastHandler): void;
  /** Port 0 picks a free port. Without host, listens on every interface. */
  listen(port: number, host?: string): Promise<ListeningHttpServer>;
}

const CLOSING = Symbol.for('aws-chatops.http.closing');

/** Aborts when the server starts closing: long-lived responses (SSE) end themselves on it. */
export function serverClosing(req: Request): AbortSignal {
  const signal = (req.app.locals as Record<symbol, unknown>)[CLOSING];
  return signal instanceof AbortSignal ? signal : new AbortController().signal;
}

export function createHttpServer(options: HttpServerOptions): HttpServer {
  const { logger } = options;
  const closing = new AbortController();
  const app = express();
  app.disable('x-powered-by');
  (app.locals as Record<symbol, unknown>)[CLOSING] = closing.signal;
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });
  const healthCheck = options.healthCheck;
  mountHealth(app, { logger, readiness: options.readiness ?? (healthCheck ? readinessFrom({ store: healthCheck }, { logger }) : undefined) });
  const routes = express.Router();
  app.use(routes);
  app.use(notFoundHandler());
  app.use(errorHandler(logger));
  for (const mount of options.mounts ?? []) mount(routes);
  const fast: FastHandler[] = [];
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    for (const f of fast) if (f(req, res)) return;
    void app(req, res);
  };

  return {
    app,
    mount: (mount) => mount(routes),
    fast: (handler) => void fast.push(handler),
    listen: (port, host) => listen(handle, closing, port, host, options.closeGraceMs ?? 5000),
  };
}

function listen(app: (req: IncomingMessage, res: ServerResponse) => void, closing: AbortController, port: number, host: string | undefined, graceMs: number): Promise<ListeningHttpServer> {
  const server = createServer(app);
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new ChatOpsError('HTTP_PORT_IN_USE', `Port ${port} is already in use.`, { cause: error, nextStep: 'Stop the other process or set PORT to a free port.' }));
      } else reject(error);
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      let closed: Promise<void> | undefined;
      resolve({
        port: address.port,
        host: address.address,
        url: `http://${shownHost}:${address.port}`,
        close: () =>
          (closed ??= new Promise<void>((done, fail) => {
            closing.abort();
            server.close((error) => (error ? fail(error) : done()));
            server.closeIdleConnections();
            setTimeout(() => server.closeAllConnections(), graceMs).unref();
          })),
      });
    });
  });
}
