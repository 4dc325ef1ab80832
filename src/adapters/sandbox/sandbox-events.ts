import type { Logger } from '../../ports/logger.js';
import type { SandboxMessage } from '../../ports/store.js';

export type SandboxMessageListener = (message: SandboxMessage) => void;

/** In-process hub: every new or updated sandbox message goes to every subscriber (the SSE streams). */
export class SandboxEvents {
  readonly #listeners = new Set<SandboxMessageListener>();
  readonly #logger: Logger;

  constructor(logger: Logger) {
    this.#logger = logger;
  }

  /** Returns the function that unsubscribes. */
  subscribe(listener: SandboxMessageListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  publish(message: SandboxMessage): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(message);
      } catch (error) {
        // One broken subscriber must not stop the others, nor fail the post that already happened.
        this.#logger.error('sandbox subscriber failed', { messageId: message.id, error: String(error) });
      }
    }
  }

  get subscriberCount(): number {
    return this.#listeners.size;
  }
}
