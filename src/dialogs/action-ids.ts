/**
 * Action ids on a dialog's cards: `dlg.<dialog id>.<what>`, never a command. The step number on
 * answers and Back tells a click on an old card from one on the current card.
 *
 *   dlg.<id>.answer.<n>  the select or text input of question n (a choice, or Enter on Slack)
 *   dlg.<id>.next.<n>    the Next button under question n (sends the form: Teams, Slack)
 *   dlg.<id>.back.<n>    Back from question n (n = number of questions: from the confirmation)
 *   dlg.<id>.cancel      Cancel
 *   dlg.<id>.run         Run, on the confirmation card
 */

export type DialogVerb = 'answer' | 'next' | 'back' | 'cancel' | 'run';

export interface DialogAction {
  dialogId: string;
  verb: DialogVerb;
  step?: number;
}

const PREFIX = 'dlg.';
const PATTERN = /^dlg\.([A-Za-z0-9_-]{1,64})\.(?:(answer|next|back)\.(\d{1,4})|(cancel|run))$/;

export function dialogActionId(dialogId: string, verb: DialogVerb, step?: number): string {
  return step === undefined ? `${PREFIX}${dialogId}.${verb}` : `${PREFIX}${dialogId}.${verb}.${step}`;
}

/** The dialog action an action id names, or undefined when it is not a dialog's. */
export function parseDialogActionId(actionId: string): DialogAction | undefined {
  const match = PATTERN.exec(actionId);
  if (!match) return undefined;
  const [, dialogId, stepVerb, step, plainVerb] = match;
  if (plainVerb) return { dialogId: dialogId!, verb: plainVerb as DialogVerb };
  return { dialogId: dialogId!, verb: stepVerb as DialogVerb, step: Number(step) };
}

/** True for any action id a dialog's card carries (for routing clicks). */
export function isDialogActionId(actionId: string): boolean {
  return parseDialogActionId(actionId) !== undefined;
}
