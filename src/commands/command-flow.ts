/**
 * `@aws <service> <operation> --options` and its relatives, after the built-ins: `--help`,
 * `alias …`, `run NAME …`, the shortcuts. A line that parses and only reads runs at once; one
 * that changes something, or lacks required options or an alias's values, goes through the
 * "command" dialog (questions, then Run / Cancel). Errors are thrown as coded errors for the
 * caller's error card.
 */
import type { Card } from '../core/card.js';
import type { ChatEvent } from '../core/chat-event.js';
import { aliasCommand } from './aliases/alias-command.js';
import type { AliasExpansion } from './aliases/run-alias.js';
import { runAlias } from './aliases/run-alias.js';
import type { CommandDeps } from './command-deps.js';
import { startCommandDialog } from './command-dialog.js';
import { optionQuestion } from './command-question.js';
import { asksForCommandHelp, commandHelpCard } from './help/command-help.js';
import { looksReadOnly } from './help/service-help.js';
import { parseCommandLine } from './parse/parse-command.js';
import type { CommandNames } from './parse/parse-error.js';
import { isCommandParseError } from './parse/parse-error.js';
import { tokenize } from './parse/tokenize.js';
import { runParsed } from './run-command.js';
import { SHORTCUTS } from './shortcuts.js';

const BUILT_INS = new Set(['help', 'preferences', 'alias', 'run']);

/** True when the text starts a command of its own (and so is not an answer to an open dialog). */
export function startsCommand(text: string, deps: Pick<CommandDeps, 'index'>): boolean {
  const first = /^\S+/.exec(text.trim())?.[0]?.toLowerCase();
  if (!first) return false;
  return BUILT_INS.has(first) || SHORTCUTS.some((s) => s.word === first) || deps.index.findService(first).found !== undefined;
}

export async function commandAnswer(text: string, event: ChatEvent, deps: CommandDeps): Promise<Card> {
  const words = tokenize(text);
  if (asksForCommandHelp(words)) return commandHelpCard(words, deps.index);
  const first = words[0]?.toLowerCase();
  if (first === 'alias' || first === 'run') {
    const aliasDeps = { aliases: deps.aliases, index: deps.index, channelKey: `${event.platform}:${event.channelId}`, by: event.user.name ?? event.user.id };
    const outcome = first === 'run' ? { kind: 'run' as const, expansion: await runAlias(words.slice(1), aliasDeps) } : await aliasCommand(text.trim().slice('alias'.length), words.slice(1), aliasDeps);
    if (outcome.kind === 'card') return outcome.card;
    return fromAlias(outcome.expansion, event, deps);
  }
  return startOrRun(text.trim(), event, deps);
}

async function fromAlias(expansion: AliasExpansion, event: ChatEvent, deps: CommandDeps): Promise<Card> {
  if (expansion.missing.length === 0) return startOrRun(expansion.commandLine, event, deps);
  const reply = await startCommandDialog(
    event,
    {
      title: `run ${expansion.alias}`,
      line: expansion.commandLine,
      alias: expansion,
      questions: expansion.missing.map((name) => ({ id: `$${name}`, label: `$${name}`, kind: 'text' as const, placeholder: 'value' })),
      needsConfirmation: true,
    },
    deps,
  );
  return reply.card;
}

/** Parses the line; runs a complete read-only command, asks for anything else. */
async function startOrRun(line: string, event: ChatEvent, deps: CommandDeps): Promise<Card> {
  let named: CommandNames;
  let missing: string[] = [];
  try {
    const parsed = parseCommandLine(line, deps.index);
    if (looksReadOnly(parsed.operationCli)) return runParsed(parsed, line, deps);
    named = parsed;
  } catch (e) {
    // Missing options are asked for; a missing nested member (Targets[0].Id) must be typed.
    if (!isCommandParseError(e) || e.code !== 'missing-required' || !e.command || !e.missing) throw e;
    named = e.command;
    missing = e.missing;
  }
  const asked = missing.map((option) => optionQuestion(deps.index, named.service, named.operationCli, option));
  const reply = await startCommandDialog(
    event,
    {
      title: `${named.service} ${named.operationCli}`,
      line,
      questions: asked.map((a) => a.question),
      listOptions: asked.filter((a) => a.takesList).map((a) => a.question.id),
      needsConfirmation: !looksReadOnly(named.operationCli),
    },
    deps,
  );
  return reply.card;
}
