/**
 * What a kind of dialog does with its answers, registered by kind name with the DialogManager.
 * Callbacks stay out of the stored dialog, so a restarted process (or another replica) carries
 * on a dialog from the store as long as it registered the same kinds.
 */
import type { Card, CardSection } from '../core/card.js';
import type { Dialog } from '../ports/dialogs.js';

/** An answer accepted (possibly normalised, e.g. "T2.Micro" → "t2.micro") or refused with words for the user. */
export type AnswerCheck = { ok: true; value: string } | { ok: false; message: string };

export interface DialogKind {
  /**
   * Checks an answer after the dialog's own checks (not empty, one of a select's options, the
   * question's pattern). Absent: every such answer is accepted as given.
   */
  validate?(questionId: string, text: string, dialog: Dialog): AnswerCheck | Promise<AnswerCheck>;
  /** What the confirmation card shows once every question is answered (e.g. the full command). */
  summarize(dialog: Dialog): CardSection[] | Promise<CardSection[]>;
  /**
   * The work at the end, run exactly once: after Run on the confirmation card, or after the last
   * answer when the dialog needs no confirmation. Its card is the answer to the user. A thrown
   * error reaches the caller of DialogManager.answer; the dialog stays done.
   */
  complete(dialog: Dialog): Promise<Card>;
  /**
   * Lines shown above a question, worked out from the answers so far (e.g. an edited action's
   * current value once the action is picked). Absent: none.
   */
  questionNotes?(questionId: string, dialog: Dialog): string[];
  /** How to start such a dialog again, e.g. "@aws ec2 run-instances" (shown as code). */
  restartHint?(dialog: Dialog): string;
}
