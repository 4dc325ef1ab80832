/** What the switch-role and account dialogs need: the permissions layer and a way to run the waiting command again. */
import type { Card } from '../../core/card.js';
import type { AccessDeps } from '../../permissions/access-types.js';
import type { DialogManager } from '../../dialogs/dialog-manager.js';
import type { CommandContext } from '../command-context.js';

export interface AccessDialogDeps {
  access: AccessDeps;
  dialogs: DialogManager;
  /** Runs a command line again in the context (after the user chose a role or an account). */
  rerun(line: string, ctx: CommandContext): Promise<Card>;
}
