import express from 'express';
import type { RequestHandler } from 'express';

export const JSON_BODY_LIMIT = '1mb';

/**
 * JSON body parser with the server's limit (1 MB). Routers opt in: the server does not parse
 * bodies globally, so adapters that verify signatures over the raw bytes (Slack, SNS) can read them.
 */
export function jsonBody(): RequestHandler {
  return express.json({ limit: JSON_BODY_LIMIT });
}
