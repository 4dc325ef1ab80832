/**
 * Fills `$Variables` into a custom action's command line so that each value is exactly one
 * shell word, or part of the word the placeholder sits in, and can never add a word or an
 * option. The command is split into words first (with markers where placeholders are), the
 * values go into the words, and the words are written back quoted; the result is tokenized
 * again and must give the same words, or nothing runs.
 *
 * A value that would make its word look like an option (`--dry-run`) is attached to the option
 * before it (`--instance-ids=--dry-run`, which the CLI reads as a value) or refused. In a word
 * that is JSON (`{"id": "$InstanceId"}`) the value is JSON-escaped, as in a Lambda payload.
 */
import { tokenize } from '../commands/parse/tokenize.js';
import { ChatOpsError } from '../core/errors.js';
import { fillJson, jsonProblem } from './json-fill.js';
import { PLACEHOLDER_SOURCE, hasValue } from './placeholders.js';

const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKER_SOURCE = String.raw`\uE000(\d+)\uE001`;
const MARKER = new RegExp(MARKER_SOURCE, 'g');
/** Needs no quotes as a word (alias-params.ts uses the same set). */
const PLAIN_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;
const NEGATIVE_NUMBER = /^-\d+$|^-\d*\.\d+$/;

export interface FilledCommand {
  /** The command line to run (or, when `missing` is not empty, to preview: missing ones stay `$Name`). */
  resolved: string;
  /** The words it splits into. */
  words: string[];
  missing: string[];
}

/** Read as an option by the CLI's argument parser (argparse): "-" and more, not a negative number. */
export function looksLikeOption(word: string): boolean {
  return word.startsWith('-') && word.length >= 2 && !NEGATIVE_NUMBER.test(word);
}

/** Throws a coded error when the command can't be split or a value can't be placed safely. */
export function fillCommand(command: string, variables: Readonly<Record<string, string>>): FilledCommand {
  if (command.includes(OPEN) || command.includes(CLOSE)) {
    throw new ChatOpsError('custom-action-bad-character', 'The command contains a private-use character (U+E000 or U+E001).', { nextStep: 'Remove it from the command.' });
  }
  const names: string[] = [];
  const marked = command.replace(new RegExp(PLACEHOLDER_SOURCE, 'g'), (_m, name: string | undefined) => {
    if (name === undefined) return '$';
    if (!names.includes(name)) names.push(name);
    return `${OPEN}${names.indexOf(name)}${CLOSE}`;
  });
  const missing = names.filter((n) => !hasValue(variables, n));
  const valueOf = (index: string): string => {
    const name = names[Number(index)]!;
    return hasValue(variables, name) ? variables[name]! : `$${name}`;
  };

  const template = tokenize(marked);
  const words: string[] = [];
  const filledFrom: boolean[] = [];
  template.forEach((word, k) => {
    if (!word.includes(OPEN)) {
      words.push(word);
      filledFrom.push(false);
      return;
    }
    const nameAt = (w: string) => names[Number(new RegExp(MARKER_SOURCE).exec(w)?.[1])] ?? '';
    if (looksLikeOption(word)) {
      const eq = word.indexOf('=');
      if (eq < 0 || word.slice(0, eq).includes(OPEN)) {
        throw new ChatOpsError('custom-action-variable-in-option', `$${nameAt(word)} is part of an option name (${word.replace(MARKER, (_m, i: string) => `$${names[Number(i)]}`)}), so a notification could choose the option.`, {
          nextStep: 'Use variables only as option values: --name $Variable.',
        });
      }
    }
    const filled = isJsonWord(word) ? fillJson(word, MARKER_SOURCE, valueOf) : word.replace(MARKER, (_m, i: string) => valueOf(i));
    if (!looksLikeOption(word) && looksLikeOption(filled)) {
      const previous = words.at(-1);
      if (k > 0 && previous !== undefined && !filledFrom.at(-1) && looksLikeOption(previous) && !previous.includes('=')) {
        words[words.length - 1] = `${previous}=${filled}`;
        filledFrom[filledFrom.length - 1] = true;
        return;
      }
      throw new ChatOpsError('custom-action-unsafe-value', `The value of $${nameAt(word)} ("${filled}") starts with "-" and would be read as an option.`, {
        nextStep: 'Put the variable right after an option (--name $Variable), or inside a longer word.',
      });
    }
    words.push(filled);
    filledFrom.push(true);
  });

  const resolved = words.map(shellWord).join(' ');
  const check = tokenize(resolved);
  if (check.length !== words.length || check.some((w, i) => w !== words[i])) {
    throw new ChatOpsError('custom-action-quoting', 'The command could not be quoted safely with these values, so it was not run.', { nextStep: 'Report this: the command and the values are in the log.' });
  }
  return { resolved, words, missing };
}

/** A word that is JSON once every placeholder stands for a string. */
function isJsonWord(word: string): boolean {
  return (word.startsWith('{') || word.startsWith('[')) && jsonProblem(fillJson(word, MARKER_SOURCE, () => 'x')) === undefined;
}

/** The word as the tokenizer reads it back: bare, a JSON word as typed, or single-quoted. */
export function shellWord(word: string): string {
  if (PLAIN_WORD.test(word)) return word;
  if ((word.startsWith('{') || word.startsWith('[')) && jsonProblem(word) === undefined) return word;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}
