/**
 * The command engine's parts for a running service: index, AWS, the permissions layer, and the
 * dialog manager with its kinds (command, switch-role, choose-account, create-action), aliases,
 * notification buttons.
 */
import { DialogManager } from '../dialogs/dialog-manager.js';
import type { AccessDeps } from '../permissions/access-types.js';
import type { AwsPort } from '../ports/aws.js';
import type { Clock } from '../ports/clock.js';
import type { Store } from '../ports/store.js';
import { ACCOUNT_DIALOG, accountDialogKind } from './access/account-dialog.js';
import type { AccessDialogDeps } from './access/access-deps.js';
import { SWITCH_ROLE_DIALOG, switchRoleDialogKind } from './access/switch-role-dialog.js';
import { CREATE_ACTION_DIALOG, createActionDialogKind } from './actions/create-action-dialog.js';
import { DELETE_ACTION_DIALOG, deleteActionDialogKind } from './actions/delete-action-dialog.js';
import type { CommandDeps } from './command-deps.js';
import { COMMAND_DIALOG, commandDialogKind } from './command-dialog.js';
import { commandAnswer } from './command-flow.js';
import { commandIndex } from './schema/command-index.js';

export function createCommandDeps(o: { store: Pick<Store, 'dialogs' | 'aliases' | 'buttonTokens' | 'customActions'>; clock: Clock; aws: AwsPort; access: AccessDeps; defaultRegion?: string }): CommandDeps {
  const dialogs = new DialogManager({ store: o.store.dialogs, clock: o.clock });
  const accessDialogs: AccessDialogDeps = { access: o.access, dialogs, rerun: (line, ctx) => commandAnswer(line, ctx, deps) };
  const deps: CommandDeps = {
    index: commandIndex(),
    aws: o.aws,
    defaultRegion: o.defaultRegion ?? 'us-east-1',
    dialogs,
    dialogStore: o.store.dialogs,
    aliases: o.store.aliases,
    access: o.access,
    accessDialogs,
    buttons: { tokens: o.store.buttonTokens, actions: o.store.customActions },
  };
  dialogs.register(COMMAND_DIALOG, commandDialogKind(deps));
  dialogs.register(SWITCH_ROLE_DIALOG, switchRoleDialogKind(accessDialogs));
  dialogs.register(ACCOUNT_DIALOG, accountDialogKind(accessDialogs));
  dialogs.register(CREATE_ACTION_DIALOG, createActionDialogKind(deps));
  dialogs.register(DELETE_ACTION_DIALOG, deleteActionDialogKind(deps));
  return deps;
}
