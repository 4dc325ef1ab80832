/**
 * Work that runs after Teams has its answer. The Teams SDK answers the HTTP request only once
 * the handler chain returns, and Teams gives a message about 15 s and an invoke about 5 s, so
 * answering a mention or finishing a click happens here instead: started on the next turn of
 * the event loop (after the answer is written), never awaited by the request, every failure
 * logged with a code. `idle()` lets stop() and tests wait for what is still running.
 */
import { isChatOpsError } from '../../core/errors.js';
import type { Logger } from '../../ports/logger.js';

/** A ChatOpsError's code, a ChatSendError's (`teams_…`, the connector's), else TEAMS_HANDLER_FAILED. */
export function errorCode(e: unknown): string {
  if (isChatOpsError(e)) return e.code;
  const code = (e as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code ? code : 'TEAMS_HANDLER_FAILED';
}

export class TeamsBackground {
  readonly #logger: Logger;
  readonly #running = new Set<Promise<void>>();

  constructor(logger: Logger) {
    this.#logger = logger;
  }

  /** Starts `work` after the current request is answered. */
  run(what: string, work: () => Promise<void>, fields: Record<string, unknown> = {}): void {
    const task = new Promise<void>((resolve) => setImmediate(resolve))
      .then(work)
      .catch((e: unknown) => {
        this.#logger.error(`teams ${what} failed`, { ...fields, code: errorCode(e), error: e instanceof Error ? e.message : String(e) });
      })
      .finally(() => this.#running.delete(task));
    this.#running.add(task);
  }

  /** Resolves once everything started so far (and what it started) has finished. */
  async idle(): Promise<void> {
    while (this.#running.size > 0) await Promise.allSettled([...this.#running]);
  }
}
