/**
 * Every error a user may see has a code and words for the user. The cause goes to the log only.
 */
export class ChatOpsError extends Error {
  readonly code: string;
  readonly userMessage: string;
  readonly nextStep?: string;
  override readonly cause?: unknown;

  constructor(code: string, userMessage: string, options: { cause?: unknown; nextStep?: string } = {}) {
    super(`${code}: ${userMessage}`);
    this.name = 'ChatOpsError';
    this.code = code;
    this.userMessage = userMessage;
    this.nextStep = options.nextStep;
    this.cause = options.cause;
  }

  /** One line for stderr or a log: code, words and next step, never a stack. */
  toLine(): string {
    return this.nextStep ? `${this.code}: ${this.userMessage} ${this.nextStep}` : `${this.code}: ${this.userMessage}`;
  }
}

export function isChatOpsError(e: unknown): e is ChatOpsError {
  return e instanceof ChatOpsError;
}
