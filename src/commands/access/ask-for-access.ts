/**
 * When a command can't run until the user picks an account or a role: the matching dialog, with
 * the command kept to run once the choice is made.
 */
import type { Card } from '../../core/card.js';
import type { AskAccount, AskRole } from '../../permissions/access-types.js';
import type { CommandContext } from '../command-context.js';
import { startChooseAccount } from './account-dialog.js';
import type { AccessDialogDeps } from './access-deps.js';
import { startSwitchRole } from './switch-role-dialog.js';

export function askForAccess(decision: AskAccount | AskRole, line: string | undefined, ctx: CommandContext, deps: AccessDialogDeps): Promise<Card> {
  if (decision.kind === 'ask-account') return startChooseAccount(ctx, decision.configuration, deps, line);
  return startSwitchRole(ctx, decision.configuration, deps, { account: decision.account, then: line, reason: decision.reason });
}
