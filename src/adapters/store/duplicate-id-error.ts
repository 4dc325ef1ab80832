import { ChatOpsError } from '../../core/errors.js';

export function duplicateIdError(what: string, id: string): ChatOpsError {
  return new ChatOpsError('STORE_DUPLICATE_ID', `A ${what} with id "${id}" already exists.`, {
    nextStep: 'Leave the id out to get a fresh one, or use a different id.',
  });
}
