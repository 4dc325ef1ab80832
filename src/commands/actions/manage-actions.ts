/**
 * "⋮ Manage actions" on a notification: the channel's custom actions (and whether each shows on
 * this notification), this notification's variables to use as `$Name`, and a button that starts
 * the create-action dialog. Deleting is `@aws actions delete NAME`.
 */
import { channelActions } from '../../actions/channel-actions.js';
import { showsOn } from '../../actions/criteria.js';
import type { Card, CardAction } from '../../core/card.js';
import type { ButtonToken } from '../../ports/custom-actions.js';
import type { SelectQuestion } from '../../ports/dialogs.js';
import type { CommandContext } from '../command-context.js';
import type { CommandDeps } from '../command-deps.js';
import { criteriaText } from './action-criteria-text.js';

export const CREATE_ACTION_ID = 'actions.create';
export const DELETE_ACTION_ID = 'actions.delete';
export const EDIT_ACTION_ID = 'actions.edit';

/**
 * The question "which action?" of the edit and delete dialogs, over the actions made in chat in
 * this channel; or, when there are none, the card that says so.
 */
export async function pickMadeAction(channelKey: string, deps: CommandDeps, id: string, verb: 'edit' | 'delete'): Promise<{ step: SelectQuestion } | { none: Card }> {
  const made = await deps.buttons.actions.list(channelKey);
  if (made.length === 0) {
    const title = `Nothing to ${verb}`;
    return { none: { title, severity: 'info', sections: [{ type: 'text', text: 'This channel has no custom actions made in chat (those in chatops.yml are changed there).' }], fallbackText: `${title}.` } };
  }
  return { step: { id, kind: 'select', label: 'Action', options: made.map((a) => ({ label: `${a.buttonText} (${a.name})`, value: a.name })) } };
}

export async function manageActionsCard(token: ButtonToken, ctx: CommandContext, deps: CommandDeps): Promise<Card> {
  const found = await channelActions(deps.access.configurations, token.channelKey, deps.buttons.actions);
  const declared = found.declared.map((a) => ({ ...a, from: 'chatops.yml' }));
  const made = found.made.map((a) => ({ ...a, from: `by ${a.createdBy}` }));
  const all = [...declared, ...made];
  const target = (a: (typeof all)[number]) => (a.target.kind === 'cli' ? `\`@aws ${a.target.command}\`` : `Lambda \`${a.target.functionName}\``);
  const variables = Object.entries(token.variables).map(([name, value]) => ({ label: `$${name}`, value: value || '(empty)' }));
  const actions: CardAction[] = [
    { type: 'button', id: `${CREATE_ACTION_ID}.${token.token}`, label: 'Create an action', style: 'primary' },
    ...(made.length
      ? [
          { type: 'button' as const, id: `${EDIT_ACTION_ID}.${token.token}`, label: 'Edit an action' },
          { type: 'button' as const, id: `${DELETE_ACTION_ID}.${token.token}`, label: 'Delete an action' },
        ]
      : []),
  ];
  return {
    title: 'Custom actions in this channel',
    severity: 'info',
    sections: [
      all.length
        ? { type: 'list', title: `${all.length} action${all.length === 1 ? '' : 's'}`, format: 'markdown', items: all.map((a) => `**${a.buttonText}** (${a.name}, ${a.from}): ${target(a)}, ${criteriaText(a.criteria)}${showsOn(a, token.variables) ? '' : ' — not on this notification'}`) }
        : { type: 'text', text: 'No custom actions yet. Create one: it becomes a button on this channel\'s notifications.' },
      { type: 'fields', title: 'Variables of this notification (use them as $Name)', fields: variables.slice(0, 20) },
      { type: 'text', format: 'markdown', text: 'Create, edit or delete one with the buttons below (or `@aws actions delete NAME`); `@aws actions list` lists them. Actions declared in chatops.yml are changed there.' },
    ],
    actions,
    fallbackText: `${all.length} custom actions in this channel.`,
  };
}
