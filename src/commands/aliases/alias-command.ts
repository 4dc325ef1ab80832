/**
 * The way in for `@aws alias …` and `@aws run …`: `alias create NAME COMMAND`, `alias list`,
 * `alias delete NAME`, `alias run NAME …` / `run NAME …` and `alias help`. Answers with a card, or
 * for a run with the expanded command line for the command engine (and the dialog manager,
 * when parameters are missing).
 */
import type { Card } from '../../core/card.js';
import { helpPageCard } from '../help/help-menu.js';
import type { AliasDeps } from './alias-deps.js';
import { aliasUsage } from './alias-errors.js';
import { createAlias } from './create-alias.js';
import { deleteAlias } from './delete-alias.js';
import { listAliases } from './list-aliases.js';
import type { AliasExpansion } from './run-alias.js';
import { runAlias } from './run-alias.js';

export type AliasOutcome = { kind: 'card'; card: Card } | { kind: 'run'; expansion: AliasExpansion };

const SUBCOMMANDS = 'create, list, delete, run or help';

/**
 * `args` is the text after "alias" as typed (create keeps the command's quoting); `words` the same
 * text tokenized (as the command line parser splits it).
 */
export async function aliasCommand(args: string, words: readonly string[], deps: AliasDeps): Promise<AliasOutcome> {
  const [sub = '', ...rest] = words;
  switch (sub.toLowerCase()) {
    case 'create':
      return { kind: 'card', card: await createAlias(args.trim().replace(/^\S+/, ''), deps) };
    case 'list':
      return { kind: 'card', card: await listAliases(deps) };
    case 'delete':
      return { kind: 'card', card: await deleteAlias(rest, deps) };
    case 'run':
      return { kind: 'run', expansion: await runAlias(rest, deps) };
    case '':
    case 'help':
    case '--help':
      return { kind: 'card', card: helpPageCard('aliases') };
    default:
      throw aliasUsage('ALIAS_SUBCOMMAND_UNKNOWN', `"alias ${sub}" is not an alias command; use ${SUBCOMMANDS}.`, '@aws alias create NAME COMMAND | list | delete NAME | run NAME values…');
  }
}
