import type { ChatOpsError } from '../../core/errors.js';

/** What one SNS request came to: a result for SNS (answered 200), or a coded error. */
export type SnsIntakeOutcome =
  | { ok: true; result: 'accepted' | 'duplicate' | 'confirmed' | 'refused' | 'unsubscribed'; messageId: string }
  | { ok: false; error: ChatOpsError };

/** Counts and logs a rejection once, and turns it into an outcome. */
export type RejectFn = (error: ChatOpsError, fields?: Record<string, unknown>) => SnsIntakeOutcome;

/** The cause of an error as one short line for the log. */
export function causeOf(error: ChatOpsError): Record<string, unknown> {
  const cause = error.cause;
  if (cause === undefined) return {};
  return { cause: cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause) };
}
