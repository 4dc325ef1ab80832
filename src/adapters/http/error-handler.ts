import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../../ports/logger.js';
import type { ErrorBody } from './http-errors.js';
import { toHttpFailure } from './http-errors.js';

/** The last route: a JSON 404 that names what was asked for. */
export function notFoundHandler(): RequestHandler {
  return (req, res) => {
    const body: ErrorBody = { error: { code: 'HTTP_NOT_FOUND', message: `Nothing here: ${req.method} ${req.path}` } };
    res.status(404).json(body);
  };
}

/** Coded JSON errors for everything thrown in a route; the cause goes to the log, never to the client. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    const failure = toHttpFailure(error);
    const fields = { method: req.method, path: req.path, status: failure.status, code: failure.body.error.code };
    if (failure.internal) logger.error('http request failed', { ...fields, error: describe(error) });
    else logger.debug('http request rejected', fields);
    if (res.headersSent) {
      next(error);
      return;
    }
    res.status(failure.status).json(failure.body);
  };
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}
