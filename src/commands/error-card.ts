/**
 * What a person sees when their request failed: the error's code, its words and the next step
 * for a ChatOpsError; for anything else only that something went wrong and its code (the cause
 * is for the log, never for chat).
 */
import type { Card } from '../core/card.js';
import { isChatOpsError } from '../core/errors.js';

export function errorCard(error: unknown): Card {
  if (isChatOpsError(error)) {
    return {
      title: 'That did not work',
      severity: 'high',
      sections: [
        { type: 'text', text: error.userMessage },
        ...(error.nextStep ? [{ type: 'text' as const, text: error.nextStep }] : []),
      ],
      footer: `Error ${error.code}`,
      fallbackText: `That did not work: ${error.userMessage}`,
    };
  }
  return {
    title: 'Something went wrong',
    severity: 'high',
    sections: [{ type: 'text', text: 'aws-chatops could not answer this. The details are in the service log; try again in a moment.' }],
    footer: 'Error INTERNAL_ERROR',
    fallbackText: 'Something went wrong; try again in a moment.',
  };
}
