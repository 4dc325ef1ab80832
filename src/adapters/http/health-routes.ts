import type { IRouter } from 'express';
import { isChatOpsError } from '../../core/errors.js';
import type { Logger } from '../../ports/logger.js';

export interface ReadinessCheck {
  ok: boolean;
  /** Words for an operator; never a secret or a stack. */
  detail?: string;
}

export interface Readiness {
  ready: boolean;
  checks: Record<string, ReadinessCheck>;
}

/** Answers whether the service can do its work now (store reachable, workers running…). */
export type ReadinessProbe = () => Promise<Readiness>;

/**
 * GET /healthz: liveness. The process is up and serving HTTP; it touches nothing else (a store
 * outage must not get a healthy process restarted).
 * GET /readyz: readiness. 200 `{status:"ready", checks}` or 503 `{status:"not-ready", error, checks}`.
 */
export function mountHealth(router: IRouter, options: { readiness?: ReadinessProbe; logger: Logger }): void {
  router.get('/healthz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    let readiness: Readiness;
    try {
      readiness = options.readiness ? await options.readiness() : { ready: true, checks: {} };
    } catch (e) {
      options.logger.warn('readiness probe failed', { error: e });
      readiness = { ready: false, checks: { readiness: { ok: false, detail: 'The readiness probe itself failed; the server log has the cause.' } } };
    }
    if (readiness.ready) {
      res.json({ status: 'ready', checks: readiness.checks });
      return;
    }
    const failing = Object.entries(readiness.checks)
      .filter(([, check]) => !check.ok)
      .map(([name, check]) => (check.detail ? `${name} (${check.detail})` : name));
    res.status(503).json({
      status: 'not-ready',
      error: { code: 'NOT_READY', message: `The service is not ready: ${failing.join('; ') || 'no reason given'}.` },
      checks: readiness.checks,
    });
  });
}

/** A named check: resolves when fine (optionally with a detail), throws or returns false when not. */
export type ReadinessCheckFn = () => Promise<void | boolean | string> | void | boolean | string;

/**
 * Builds a ReadinessProbe from named checks, run in parallel, each within `timeoutMs` (default
 * 2 s). A thrown ChatOpsError shows its user message; any other failure shows a generic detail
 * and logs the cause, so /readyz never prints an internal message.
 */
export function readinessFrom(checks: Record<string, ReadinessCheckFn>, options: { logger?: Logger; timeoutMs?: number } = {}): ReadinessProbe {
  const timeoutMs = options.timeoutMs ?? 2000;
  return async () => {
    const entries = await Promise.all(Object.entries(checks).map(async ([name, check]) => [name, await runCheck(name, check, timeoutMs, options.logger)] as const));
    const results = Object.fromEntries(entries);
    return { ready: entries.every(([, r]) => r.ok), checks: results };
  };
}

async function runCheck(name: string, check: ReadinessCheckFn, timeoutMs: number, logger: Logger | undefined): Promise<ReadinessCheck> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut()), timeoutMs);
    timer.unref();
  });
  try {
    const result = await Promise.race([Promise.resolve().then(check), timeout]);
    if (result === false) return { ok: false, detail: 'not running' };
    return typeof result === 'string' ? { ok: true, detail: result } : { ok: true };
  } catch (e) {
    if (e instanceof TimedOut) return { ok: false, detail: `no answer within ${timeoutMs} ms` };
    if (isChatOpsError(e)) return { ok: false, detail: e.userMessage };
    logger?.warn('readiness check failed', { check: name, error: e });
    return { ok: false, detail: 'failed; the server log has the cause' };
  } finally {
    clearTimeout(timer);
  }
}

class TimedOut extends Error {}
