/**
 * What one input does to an open dialog: the dialog to write (if anything changes) and what to
 * tell the user. Pure apart from the kind's validate and summarize; the manager writes the result
 * with a compare-and-set and decides again if someone else changed the dialog first.
 */
import type { Dialog } from '../ports/dialogs.js';
import { checkAnswer } from './check-answer.js';
import type { DialogInput } from './dialog-input.js';
import { controlWord } from './dialog-input.js';
import type { DialogKind } from './dialog-kind.js';

export type DialogStatus = 'asking' | 'invalid' | 'confirming' | 'completed' | 'cancelled' | 'expired' | 'finished' | 'stale';

export interface Decision {
  status: DialogStatus;
  /** The dialog to store; absent when nothing changes. */
  next?: Dialog;
  notes?: string[];
  problem?: string;
}

type Move = { to: 'cancel' } | { to: 'back'; step?: number } | { to: 'run' } | { to: 'answer'; step?: number; text: string | undefined } | { to: 'stale' };

/** The input as a move in this dialog's phase. */
function moveOf(dialog: Dialog, input: DialogInput): Move {
  const confirming = dialog.phase === 'confirming';
  if (input.via === 'text') {
    const word = controlWord(input.text, confirming);
    if (word === 'cancel' || word === 'run') return { to: word };
    if (word === 'back') return { to: 'back' };
    return { to: 'answer', text: input.text };
  }
  const { verb, step } = input.action;
  if (verb === 'cancel') return { to: 'cancel' };
  if (verb === 'run') return confirming ? { to: 'run' } : { to: 'stale' };
  if (verb === 'back') return step === (confirming ? dialog.steps.length : dialog.position) ? { to: 'back', step } : { to: 'stale' };
  return !confirming && step === dialog.position ? { to: 'answer', step, text: input.text } : { to: 'stale' };
}

/** An open, unexpired dialog's answer to `input`. */
export async function decide(dialog: Dialog, input: DialogInput, kind: DialogKind, now: Date, ttlMs: number): Promise<Decision> {
  const touched = (changes: Partial<Dialog>): Dialog => ({ ...dialog, ...changes, updatedAt: now.toISOString(), expiresAt: new Date(now.getTime() + ttlMs).toISOString() });
  const move = moveOf(dialog, input);
  switch (move.to) {
    case 'stale':
      return { status: 'stale', notes: ['That card is not the current step any more; here is where this dialog stands.'] };
    case 'cancel':
      return { status: 'cancelled', next: touched({ phase: 'cancelled' }) };
    case 'run':
      return { status: 'completed', next: touched({ phase: 'done' }) };
    case 'back':
      if (dialog.phase === 'confirming') {
        if (dialog.steps.length === 0) return { status: 'confirming', notes: ['There is no question to go back to.'] };
        return { status: 'asking', next: touched({ phase: 'asking', position: dialog.steps.length - 1, summary: undefined }) };
      }
      if (dialog.position === 0) return { status: 'asking', notes: ['This is the first question.'] };
      return { status: 'asking', next: touched({ position: dialog.position - 1 }) };
    case 'answer': {
      if (dialog.phase === 'confirming') return { status: 'invalid', problem: 'Reply "run" to run it, "back" to change an answer or "cancel" to stop.' };
      const question = dialog.steps[dialog.position]!;
      let check = checkAnswer(question, move.text);
      if (check.ok && kind.validate) check = await kind.validate(question.id, check.value, dialog);
      if (!check.ok) return { status: 'invalid', problem: check.message };
      return settle(touched({ answers: { ...dialog.answers, [question.id]: check.value }, position: dialog.position + 1 }), kind);
    }
  }
}

/** After an answer: the next question, the confirmation (with the kind's summary), or done. */
export async function settle(dialog: Dialog, kind: DialogKind): Promise<Decision> {
  if (dialog.position < dialog.steps.length) return { status: 'asking', next: dialog };
  if (!dialog.needsConfirmation) return { status: 'completed', next: { ...dialog, phase: 'done' } };
  const confirming: Dialog = { ...dialog, phase: 'confirming' };
  return { status: 'confirming', next: { ...confirming, summary: await kind.summarize(confirming) } };
}
