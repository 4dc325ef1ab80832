/**
 * Whether a custom action's CLI command would run: filled in with a notification's variables
 * (a stand-in `x` for those it lacks), it must parse as a command this service knows — a known
 * service and operation or shortcut, known options of the right types, not denied. Required
 * options the command leaves out are fine: the click asks for them. Used by the create
 * dialog (as each answer comes) and by the configuration (for declared actions, at load), so a
 * declared action cannot be looser than one made in chat.
 */
import { isChatOpsError } from '../core/errors.js';
import { isCommandParseError } from '../commands/parse/parse-error.js';
import type { ActionTarget } from '../ports/custom-actions.js';
import type { CommandIndex } from '../commands/schema/command-index.js';
import { parseCommandLine } from '../commands/parse/parse-command.js';
import { actionCommand } from './action-command.js';

export function commandProblem(target: Extract<ActionTarget, { kind: 'cli' }>, index: CommandIndex, variables: Readonly<Record<string, string>> = {}): string | undefined {
  try {
    const { resolved, missing } = actionCommand(target, variables);
    const filled = missing.length ? actionCommand(target, { ...variables, ...Object.fromEntries(missing.map((m) => [m, 'x'])) }).resolved : resolved;
    parseCommandLine(filled, index, { givenBeforeMissing: true });
    return undefined;
  } catch (e) {
    // Required options it leaves out are asked for at the click (not a service or an operation).
    if (isCommandParseError(e) && e.code === 'missing-required' && e.command) return undefined;
    return isChatOpsError(e) ? `${e.userMessage}${e.nextStep ? ` ${e.nextStep}` : ''}` : "That command can't be used.";
  }
}
