/**
 * Refusals of the permissions layer: a ChatOpsError with the policy behind it, so the audit log
 * can record which policy (or clause, or statement) said no.
 */
import { ChatOpsError } from '../core/errors.js';

export class AccessRefusedError extends ChatOpsError {
  /** The policy, clause or setting behind the refusal, e.g. "org policy: chatbot.platforms.slack.workspaces". */
  readonly policy: string;

  constructor(code: string, userMessage: string, policy: string, nextStep?: string) {
    super(code, userMessage, nextStep ? { nextStep } : {});
    this.name = 'AccessRefusedError';
    this.policy = policy;
  }
}

export function isAccessRefused(e: unknown): e is AccessRefusedError {
  return e instanceof AccessRefusedError;
}

export const ADMIN_NEXT_STEP = 'Ask your aws-chatops administrator if you need this.';

export function noAccountsHere(): AccessRefusedError {
  return new AccessRefusedError(
    'NO_ACCOUNT',
    'This channel has no AWS account set up for commands.',
    'configuration: no accounts',
    'An administrator adds `accounts:` (an account id and a channel role or user roles) to this channel\'s configuration in chatops.yml.',
  );
}
