/**
 * The slice of Python's argparse (3.11) that the AWS CLI's behaviour depends on, so that a
 * line is read exactly as `aws` reads it: every word starting with `-` is classified first
 * (exact option, `--opt=value`, or a unique prefix of an option — argparse's allow_abbrev; an
 * ambiguous prefix is an error even where a value was meant); then options take their values
 * (one, zero or more, zero or one), positionals fill their slots in order, and whatever is left
 * — unknown options and surplus words — comes back as `extras`, in order. The last occurrence of
 * an option wins. `-5`, `-1.5` and words with a space are values, not options.
 */
import { CommandParseError, orList } from './parse-error.js';

export interface OptionSpec {
  /** one value; any number (`nargs='*'`); an optional value (`nargs='?'`); none (a flag). */
  nargs: 'one' | 'many' | 'optional' | 'flag';
  /** Where the value goes; `--x` and `--no-x` share one. */
  dest: string;
  /** A flag's value (true for `--x`, false for `--no-x`). */
  const?: unknown;
}

export interface Given {
  /** The option as declared (`--instance-ids`), for messages. */
  option: string;
  /** A string, a list of strings, or a flag's const; `undefined` for `nargs: 'optional'` without a value. */
  value: unknown;
}

export interface ParsedArgs {
  values: Map<string, Given>;
  positionals: string[];
  extras: string[];
}

const NEGATIVE_NUMBER = /^-\d+$|^-\d*\.\d+$/;

interface Classified {
  word: string;
  option?: { name: string; spec: OptionSpec; explicit?: string };
  /** An option-looking word that matches nothing. */
  unknown?: boolean;
}

/** `help(option)` gives the option's help line for messages. */
export function parseKnownArgs(
  words: readonly string[],
  options: ReadonlyMap<string, OptionSpec>,
  positionalSlots: number,
  help: (option: string) => string | undefined = () => undefined,
): ParsedArgs {
  const classified = words.map((word) => classify(word, options));
  const values = new Map<string, Given>();
  const positionals: string[] = [];
  const extras: string[] = [];
  let i = 0;
  while (i < classified.length) {
    const c = classified[i]!;
    i++;
    if (c.unknown) {
      extras.push(c.word);
    } else if (!c.option) {
      if (positionals.length < positionalSlots) positionals.push(c.word);
      else extras.push(c.word);
    } else {
      const { name, spec, explicit } = c.option;
      let following = 0;
      while (i + following < classified.length && isValue(classified[i + following]!)) following++;
      const take = (n: number) => classified.slice(i, i + n).map((x) => x.word);
      let value: unknown;
      if (spec.nargs === 'flag') {
        if (explicit !== undefined) throw new CommandParseError('invalid-value', `${name} is a switch and takes no value, but "${explicit}" was given.`, { nextStep: `Write ${name} alone.` });
        value = spec.const;
      } else if (explicit !== undefined) {
        value = spec.nargs === 'many' ? [explicit] : explicit;
      } else if (spec.nargs === 'one') {
        if (following === 0) {
          const line = help(name);
          throw new CommandParseError('missing-value', `${name} needs a value${line ? ` (${line})` : ''}.`, { nextStep: `Write a value after ${name}, in quotes if it has spaces or starts with "-".` });
        }
        value = take(1)[0];
        i += 1;
      } else if (spec.nargs === 'optional') {
        value = following > 0 ? take(1)[0] : undefined;
        i += Math.min(following, 1);
      } else {
        value = take(following);
        i += following;
      }
      values.set(spec.dest, { option: name, value });
    }
  }
  return { values, positionals, extras };
}

function isValue(c: Classified): boolean {
  return !c.option && !c.unknown;
}

function classify(word: string, options: ReadonlyMap<string, OptionSpec>): Classified {
  if (!word.startsWith('-') || word.length < 2) return { word };
  const exact = options.get(word);
  if (exact) return { word, option: { name: word, spec: exact } };
  const eq = word.indexOf('=');
  const head = eq >= 0 ? word.slice(0, eq) : word;
  const explicit = eq >= 0 ? word.slice(eq + 1) : undefined;
  if (eq >= 0) {
    const spec = options.get(head);
    if (spec) return { word, option: { name: head, spec, explicit } };
  }
  if (word.startsWith('--')) {
    const matches = [...options.keys()].filter((name) => name.startsWith(head));
    if (matches.length > 1) {
      throw new CommandParseError('ambiguous-option', `${head} could be ${orList(matches)}.`, { nextStep: 'Write more of the option name.' });
    }
    if (matches.length === 1) return { word, option: { name: matches[0]!, spec: options.get(matches[0]!)!, explicit } };
  }
  if (NEGATIVE_NUMBER.test(word) || word.includes(' ')) return { word };
  return { word, unknown: true };
}
