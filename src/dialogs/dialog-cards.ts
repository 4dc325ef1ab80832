/**
 * The cards a dialog shows while it is open: the current question (a select or a text input with
 * Next, Back and Cancel) and the confirmation (the kind's summary with Run, Back and Cancel).
 * Only neutral Card types: the Slack, Teams and sandbox renderers draw them.
 */
import type { ButtonAction, Card, CardAction, CardSection } from '../core/card.js';
import type { Dialog, Question } from '../ports/dialogs.js';
import { dialogActionId } from './action-ids.js';

/** Words shown above the question or summary: why it is asked again, what was replaced. */
export interface CardNotes {
  notes?: string[];
  /** The answer given was refused: shown as a warning. */
  problem?: string;
}

export function questionCard(dialog: Dialog, ttlMinutes: number, extra: CardNotes = {}): Card {
  const n = dialog.position;
  const question = dialog.steps[n]!;
  const sections: CardSection[] = notesSections(extra);
  // The select or input below carries the question's label; the text gives the help.
  sections.push({ type: 'text', text: question.help?.trim() || questionHint(question) });
  const buttons: ButtonAction[] = [{ type: 'button', id: dialogActionId(dialog.id, 'next', n), label: 'Next', style: 'primary' }];
  if (n > 0) buttons.push({ type: 'button', id: dialogActionId(dialog.id, 'back', n), label: 'Back' });
  buttons.push(cancelButton(dialog));
  return {
    title: dialog.title,
    subtitle: `Question ${n + 1} of ${dialog.steps.length}`,
    severity: 'neutral',
    sections,
    actions: [answerAction(dialog, question), ...buttons],
    footer: `Answer here or reply in this thread; "back" goes to the previous question, "cancel" stops. Open for ${ttlMinutes} minutes after each answer.`,
  };
}

export function confirmationCard(dialog: Dialog, ttlMinutes: number, extra: CardNotes = {}): Card {
  const actions: CardAction[] = [{ type: 'button', id: dialogActionId(dialog.id, 'run'), label: 'Run', style: 'primary' }];
  if (dialog.steps.length > 0) actions.push({ type: 'button', id: dialogActionId(dialog.id, 'back', dialog.steps.length), label: 'Back' });
  actions.push(cancelButton(dialog));
  return {
    title: dialog.title,
    subtitle: 'Check, then run',
    severity: 'neutral',
    sections: [...notesSections(extra), ...(dialog.summary ?? [])],
    actions,
    footer: `Nothing runs until you press Run (or reply "run"); "cancel" stops. Open for ${ttlMinutes} minutes.`,
  };
}

function answerAction(dialog: Dialog, question: Question): CardAction {
  const id = dialogActionId(dialog.id, 'answer', dialog.position);
  const given = dialog.answers[question.id];
  if (question.kind === 'select') {
    return {
      type: 'select',
      id,
      label: question.label,
      placeholder: 'Choose…',
      options: question.options.map((o) => ({ label: o.label, value: o.value })),
      ...(given !== undefined ? { initial: given } : {}),
    };
  }
  return {
    type: 'input',
    id,
    label: question.label,
    // Not `required`: Teams would then block Back and Cancel on an empty form; the dialog checks anyway.
    ...(question.placeholder ? { placeholder: question.placeholder } : {}),
    ...(given !== undefined ? { initial: given } : {}),
    ...(question.validation ? { validation: question.validation } : {}),
  };
}

function questionHint(question: Question): string {
  if (question.kind === 'text') return 'Type the value.';
  return question.options.length > 10 ? 'Choose one, or reply with its value.' : `Choose one: ${question.options.map((o) => o.value).join(', ')}.`;
}

function cancelButton(dialog: Dialog): ButtonAction {
  return { type: 'button', id: dialogActionId(dialog.id, 'cancel'), label: 'Cancel' };
}

function notesSections(extra: CardNotes): CardSection[] {
  const sections: CardSection[] = (extra.notes ?? []).map((text) => ({ type: 'text', text }));
  if (extra.problem) sections.push({ type: 'text', title: 'Please try again', text: extra.problem });
  return sections;
}
