/** The coded errors of command aliases, worded for the person who typed the command. */
import { ChatOpsError } from '../../core/errors.js';
import { ALIAS_LIMITS } from './alias-limits.js';

export function unknownAlias(name: string, suggestions: readonly string[]): ChatOpsError {
  const hint = suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : '';
  return new ChatOpsError('ALIAS_UNKNOWN', `This channel has no alias "${name}".${hint}`, { nextStep: '@aws alias list shows the aliases of this channel.' });
}

export function aliasUsage(code: string, problem: string, usage: string): ChatOpsError {
  return new ChatOpsError(code, problem, { nextStep: `Usage: ${usage}` });
}

export function aliasNameTooLong(length: number): ChatOpsError {
  return new ChatOpsError('ALIAS_NAME_TOO_LONG', `An alias name has at most ${ALIAS_LIMITS.nameLength} characters; this one has ${length}.`, { nextStep: 'Choose a shorter name.' });
}
