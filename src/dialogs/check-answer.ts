/**
 * The dialog's own checks on an answer, before the kind's: something was given, a select's answer
 * is one of its options (by value, by label with or without a trailing "(…)", or by its number in the list; or typed, when the
 * question takes other answers matching its pattern), a text answer matches
 * the question's pattern as a whole.
 */
import type { Question } from '../ports/dialogs.js';
import type { AnswerCheck } from './dialog-kind.js';

export function checkAnswer(question: Question, given: string | undefined): AnswerCheck {
  const text = (given ?? '').trim();
  if (text === '') return { ok: false, message: `An answer is needed for "${question.label}".` };
  if (question.kind === 'select') return chooseOption(question, text);
  const validation = question.validation;
  if (validation && !wholeMatch(validation.pattern).test(text)) return { ok: false, message: validation.message };
  return { ok: true, value: text };
}

function chooseOption(question: Extract<Question, { kind: 'select' }>, text: string): AnswerCheck {
  const { options } = question;
  const exact = options.find((o) => o.value === text);
  if (exact) return { ok: true, value: exact.value };
  const folded = text.toLowerCase();
  // "production" picks "production (111122223333)": a label's trailing "(…)" is a detail, not its name.
  const byName = options.filter((o) => o.value.toLowerCase() === folded || o.label.toLowerCase() === folded || o.label.replace(/\s*\([^)]*\)$/, '').toLowerCase() === folded);
  if (byName.length === 1) return { ok: true, value: byName[0]!.value };
  const number = /^\d{1,4}$/.test(text) ? Number(text) : 0;
  if (number >= 1 && number <= options.length) return { ok: true, value: options[number - 1]!.value };
  if (question.other && wholeMatch(question.other.pattern).test(text)) return { ok: true, value: text };
  const shown = options.slice(0, 10).map((o) => o.value);
  const more = options.length > shown.length ? ` and ${options.length - shown.length} more` : '';
  const other = question.other ? ` (or ${question.other.message})` : '';
  return { ok: false, message: `"${text}" is not one of the choices for "${question.label}": ${shown.join(', ')}${more}${other}.` };
}

/** The question's pattern over the whole answer. Patterns are checked when the dialog starts. */
export function wholeMatch(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`);
}
