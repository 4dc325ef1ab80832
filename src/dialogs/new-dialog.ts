/**
 * A new dialog from what the caller asks for, after checking the questions: ids present and
 * unique, labels present, selects with options, patterns that compile. A bad question is a bug
 * in the caller, reported before anything is stored.
 */
import { randomBytes } from 'node:crypto';
import { ChatOpsError } from '../core/errors.js';
import type { Dialog, DialogOwner, DialogPlace, Question } from '../ports/dialogs.js';
import { wholeMatch } from './check-answer.js';

export interface DialogRequest {
  kind: string;
  title: string;
  owner: DialogOwner;
  where: DialogPlace;
  steps: Question[];
  needsConfirmation: boolean;
  /** JSON the caller keeps with the dialog, e.g. the parsed command. */
  payload?: unknown;
}

/** 16 URL-safe characters from 96 random bits: unguessable, short enough for every action id limit. */
export function newDialogId(): string {
  return randomBytes(12).toString('base64url');
}

export function newDialog(request: DialogRequest, now: Date, ttlMs: number): Dialog {
  checkSteps(request.steps);
  const at = now.toISOString();
  return {
    id: newDialogId(),
    kind: request.kind,
    title: request.title,
    owner: request.owner,
    where: request.where,
    steps: request.steps,
    answers: {},
    position: 0,
    phase: 'asking',
    needsConfirmation: request.needsConfirmation,
    payload: request.payload ?? null,
    version: 1,
    createdAt: at,
    updatedAt: at,
    expiresAt: new Date(now.getTime() + ttlMs).toISOString(),
  };
}

function checkSteps(steps: readonly Question[]): void {
  const seen = new Set<string>();
  for (const [n, q] of steps.entries()) {
    const where = `Question ${n + 1}`;
    if (!q.id || seen.has(q.id)) throw badQuestion(`${where} has ${q.id ? `the id "${q.id}" of an earlier one` : 'no id'}.`);
    seen.add(q.id);
    if (!q.label.trim()) throw badQuestion(`${where} ("${q.id}") has no label.`);
    if (q.kind === 'select' && q.options.length === 0) throw badQuestion(`${where} ("${q.id}") is a select without options.`);
    if (q.kind === 'text' && q.validation) {
      try {
        wholeMatch(q.validation.pattern);
      } catch (e) {
        throw badQuestion(`${where} ("${q.id}") has a pattern that is not a regular expression: ${q.validation.pattern}.`, e);
      }
    }
  }
}

function badQuestion(words: string, cause?: unknown): ChatOpsError {
  return new ChatOpsError('DIALOG_BAD_QUESTION', words, { nextStep: 'This is a bug in the code that started the dialog.', cause });
}
