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

const SHOWN = Symbol.for('aws-chatops.error-shown-to-user');

/**
 * Marks an error whose card the user has already seen (answer-with-progress.ts shows it, then
 * throws it on for the log): whoever catches it further up logs it and tells nobody again.
 */
export function markShown<E>(error: E): E {
  if (typeof error === 'object' && error !== null) Object.defineProperty(error, SHOWN, { value: true });
  return error;
}

export function wasShown(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[SHOWN] === true;
}
