import { ChatOpsError } from '../../core/errors.js';

export function notFoundError(what: string, id: string): ChatOpsError {
  return new ChatOpsError('STORE_NOT_FOUND', `No ${what} with id "${id}" is stored.`, {
    nextStep: 'This is probably a bug in the caller: it named a row that was never added.',
  });
}
