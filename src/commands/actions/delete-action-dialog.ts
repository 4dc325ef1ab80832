/**
 * Deleting a custom action from "⋮ Manage actions": choose one of the actions made in chat,
 * confirm, and it is gone (declared ones are changed in chatops.yml).
 */
import type { Card } from '../../core/card.js';
import type { DialogKind } from '../../dialogs/dialog-kind.js';
import type { ButtonToken } from '../../ports/custom-actions.js';
import { contextOfDialog, dialogOwnerAndPlace, type CommandContext } from '../command-context.js';
import type { CommandDeps } from '../command-deps.js';
import { actionsCommand } from './actions-command.js';
import { pickMadeAction } from './manage-actions.js';

export const DELETE_ACTION_DIALOG = 'delete-action';

export async function startDeleteAction(token: ButtonToken, ctx: CommandContext, deps: CommandDeps): Promise<Card> {
  const pick = await pickMadeAction(token.channelKey, deps, 'name', 'delete');
  if ('none' in pick) return pick.none;
  const reply = await deps.dialogs.start({
    kind: DELETE_ACTION_DIALOG,
    title: 'Delete a custom action',
    ...dialogOwnerAndPlace(ctx),
    steps: [pick.step],
    needsConfirmation: true,
    payload: {},
  });
  return reply.card;
}

export function deleteActionDialogKind(deps: CommandDeps): DialogKind {
  return {
    summarize: (dialog) => [{ type: 'text', text: `Delete "${dialog.answers.name ?? ''}"? Its button stops appearing on new notifications.` }],
    complete: (dialog) => actionsCommand(['delete', dialog.answers.name ?? ''], contextOfDialog(dialog), deps),
    restartHint: () => '⋮ Manage actions on a notification',
  };
}
