import { createRequire } from 'node:module';
import { join } from 'node:path';
import express from 'express';
import type { IRouter, RequestHandler } from 'express';
import { packageRoot } from '../../support/package-root.js';

/**
 * The page is served from its source folder (tsc does not copy assets), found from the package root
 * so it works from src/ and from dist/src/ alike.
 */
export function sandboxPublicDir(): string {
  return join(packageRoot(), 'src', 'adapters', 'sandbox', 'public');
}

export function adaptiveCardsBundlePath(): string {
  return createRequire(import.meta.url).resolve('adaptivecards/dist/adaptivecards.min.js');
}

/** Event text is rendered on this page: scripts only from here, links and images only over https. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' https: data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const pageHeaders: RequestHandler = (_req, res, next) => {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('Cache-Control', 'no-cache');
  next();
};

/** GET / → /sandbox/, the page under /sandbox/, and the Adaptive Cards bundle at /sandbox/vendor/adaptivecards.js. */
export function mountSandboxPage(router: IRouter): void {
  const bundle = adaptiveCardsBundlePath();
  router.get('/', (_req, res) => res.redirect(302, '/sandbox/'));
  router.get('/sandbox/vendor/adaptivecards.js', pageHeaders, (_req, res) => res.type('application/javascript').sendFile(bundle));
  router.use('/sandbox', pageHeaders, express.static(sandboxPublicDir(), { index: 'index.html', fallthrough: true }));
}
