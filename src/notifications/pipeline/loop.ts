import type { Logger } from '../../ports/logger.js';

/**
 * Runs `step` again and again: at once while it finds work, otherwise after `idleMs` or as soon
 * as someone calls wake(). stop() waits for the step under way to finish.
 */
export class Loop {
  private timer?: NodeJS.Timeout;
  private wakeUp?: () => void;
  private current?: Promise<void>;
  private stopping = false;
  /** A wake() that came while a step ran: the next pause is skipped. */
  private woken = false;
  running = false;

  constructor(
    private readonly step: () => Promise<number>,
    private readonly o: { idleMs: number; logger: Logger; name: string; errorBackoffMs?: number },
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.stopping = false;
    this.current = this.run();
  }

  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.current;
    this.running = false;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      let found = 0;
      try {
        found = await this.step();
      } catch (e) {
        this.o.logger.error(`${this.o.name} step failed; trying again shortly`, { error: String(e) });
        await this.pause(this.o.errorBackoffMs ?? 1_000);
        continue;
      }
      if (found === 0) await this.pause(this.o.idleMs);
    }
  }

  private pause(ms: number): Promise<void> {
    if (this.stopping || this.woken) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(this.timer);
        this.wakeUp = undefined;
        this.woken = false;
        resolve();
      };
      this.wakeUp = done;
      this.timer = setTimeout(done, ms);
    });
  }
}
