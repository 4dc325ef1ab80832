/**
 * What a chat event says to a dialog. A click, choice or form carries the dialog's id in an action
 * id (or, for a Slack modal, in the key of its answer); a text reply in the thread is read against
 * the dialog's phase ("cancel", "back", "run" or an answer).
 */
import type { ActionEvent, ChatEvent } from '../core/chat-event.js';
import type { DialogAction } from './action-ids.js';
import { dialogActionId, parseDialogActionId } from './action-ids.js';

export type DialogInput = { via: 'text'; text: string } | { via: 'action'; action: DialogAction; text?: string };

export function isActionEvent(event: ChatEvent | ActionEvent): event is ActionEvent {
  return 'actionId' in event;
}

/** The dialog action of a click or form, with the answer it sends; undefined when it is no dialog's. */
export function readAction(event: ActionEvent): Extract<DialogInput, { via: 'action' }> | undefined {
  const action = parseDialogActionId(event.actionId) ?? answerInValues(event.values);
  if (!action) return undefined;
  if (action.verb !== 'answer' && action.verb !== 'next') return { via: 'action', action };
  const answerId = dialogActionId(action.dialogId, 'answer', action.step);
  const text = event.values[answerId] ?? (event.actionId === answerId ? event.value : undefined);
  return text === undefined ? { via: 'action', action } : { via: 'action', action, text };
}

/** A form submitted from elsewhere (a Slack modal's callback id): the answer field names the dialog. */
function answerInValues(values: Record<string, string>): DialogAction | undefined {
  for (const key of Object.keys(values)) {
    const action = parseDialogActionId(key);
    if (action?.verb === 'answer') return action;
  }
  return undefined;
}

/**
 * A text reply as a control word, or undefined when it is an answer. While asking only "cancel"
 * and "back" are words (any other text may be a real answer); on the confirmation also "run",
 * "yes", "confirm" and "no".
 */
export function controlWord(text: string, confirming: boolean): 'cancel' | 'back' | 'run' | undefined {
  const word = text.trim().toLowerCase();
  if (word === 'cancel') return 'cancel';
  if (word === 'back') return 'back';
  if (!confirming) return undefined;
  if (word === 'run' || word === 'yes' || word === 'confirm') return 'run';
  return word === 'no' ? 'cancel' : undefined;
}
