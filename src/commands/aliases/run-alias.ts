/**
 * `@aws run NAME v1 v2…` or `@aws run NAME --param value`: the alias's command line with the
 * values filled in. Positional values fill the `$params` in order of first appearance; named
 * ones (`--name value`, `-name value`, `--name=value`) fill that parameter. `--region`,
 * `--query` and `--output` that are not parameters are added to the command. Parameters left
 * without a value are returned in `missing`, for the dialog manager to ask for.
 */
import { ChatOpsError } from '../../core/errors.js';
import { closestNames } from '../schema/suggest.js';
import type { AliasDeps } from './alias-deps.js';
import { aliasUsage, unknownAlias } from './alias-errors.js';
import { aliasParams, fillParams } from './alias-params.js';

const USAGE = '@aws run NAME value1 value2 … or @aws run NAME --param value';
const PASSED_THROUGH = new Set(['region', 'query', 'output']);

export interface AliasExpansion {
  alias: string;
  /** The alias's command as saved, with `$params`. */
  template: string;
  /** The values given, by parameter name. */
  values: Record<string, string>;
  /** The command line (after "@aws") with the given values filled in; missing ones still read `$name`. */
  commandLine: string;
  /** Parameters without a value, in order of first appearance. */
  missing: string[];
}

/** Finds the alias and fills in the values. `words` are the tokenized words after "run" (NAME first). */
export async function runAlias(words: readonly string[], deps: Pick<AliasDeps, 'aliases' | 'channelKey'>): Promise<AliasExpansion> {
  const [typed, ...rest] = words;
  if (!typed) throw aliasUsage('ALIAS_NAME_MISSING', 'Name the alias to run.', USAGE);
  const name = typed.toLowerCase();
  const alias = await deps.aliases.get(deps.channelKey, name);
  if (!alias) {
    const names = (await deps.aliases.list(deps.channelKey)).map((a): [string, string] => [a.name, a.name]);
    throw unknownAlias(typed, closestNames(typed, names));
  }
  const params = aliasParams(alias.command);
  const { values, extra } = assignValues(name, params, rest);
  const filled = fillParams(alias.command, values);
  return {
    alias: name,
    template: alias.command,
    values,
    commandLine: extra.length ? `${filled} ${extra.join(' ')}` : filled,
    missing: params.filter((p) => !Object.hasOwn(values, p)),
  };
}

/** The command line once the missing parameters are answered (the dialog manager's last step). */
export function completeAlias(expansion: AliasExpansion, answers: Readonly<Record<string, string>>): string {
  const extra = expansion.commandLine.slice(fillParams(expansion.template, expansion.values).length);
  return fillParams(expansion.template, { ...expansion.values, ...answers }) + extra;
}

function assignValues(alias: string, params: readonly string[], words: readonly string[]): { values: Record<string, string>; extra: string[] } {
  const values: Record<string, string> = {};
  const positional: string[] = [];
  const extra: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const named = /^--?([A-Za-z_][\w-]*)(?:=(.*))?$/s.exec(word);
    const key = named?.[1];
    if (!named || key === undefined || (!params.includes(key) && !word.startsWith('--') && !PASSED_THROUGH.has(key))) {
      positional.push(word);
      continue;
    }
    const value = named[2] ?? words[++i];
    if (value === undefined) throw aliasUsage('ALIAS_VALUE_MISSING', `--${key} needs a value.`, USAGE);
    if (params.includes(key)) values[key] = value;
    else if (PASSED_THROUGH.has(key)) extra.push(`--${key}`, quoteWord(value));
    else {
      const hint = params.length ? ` Its parameters are ${params.map((p) => `--${p}`).join(', ')}.` : ' It has no parameters.';
      throw new ChatOpsError('ALIAS_PARAM_UNKNOWN', `The alias "${alias}" has no parameter --${key}.${hint}`);
    }
  }
  const open = params.filter((p) => !Object.hasOwn(values, p));
  if (positional.length > open.length) {
    const takes = `${params.length} value${params.length === 1 ? '' : 's'}${params.length ? ` (${params.map((p) => `$${p}`).join(', ')})` : ''}`;
    const given = positional.length + params.length - open.length;
    throw new ChatOpsError('ALIAS_TOO_MANY_VALUES', `The alias "${alias}" takes ${takes}; ${given} given.`, { nextStep: 'Quote a value that contains spaces.' });
  }
  positional.forEach((value, n) => {
    values[open[n]!] = value;
  });
  return { values, extra };
}

function quoteWord(value: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}
