/**
 * `@aws <service> <operation> --options` and its relatives, after the built-ins: `--help`,
 * `alias …`, `run NAME …`, the shortcuts. A line that parses and only reads runs at once; one
 * that changes something, or lacks required options or an alias's values, goes through the
 * "command" dialog (questions, then Run / Cancel). Errors are thrown as coded errors for the
 * caller's error card.
 */
import { chatChannelKey } from '../core/chat-event.js';
import type { Card } from '../core/card.js';
import { authorize } from '../permissions/authorize.js';
import { preCheckAccess } from '../permissions/open-session.js';
import { iamActionFor } from '../permissions/precheck/index.js';
import { accessCommand, isAccessCommand } from './access/access-commands.js';
import { actionsCommand } from './actions/actions-command.js';
import { runAsLabel } from './access/access-labels.js';
import { askForAccess } from './access/ask-for-access.js';
import { aliasCommand } from './aliases/alias-command.js';
import type { AliasExpansion } from './aliases/run-alias.js';
import { runAlias } from './aliases/run-alias.js';
import type { CommandContext } from './command-context.js';
import type { CommandDeps } from './command-deps.js';
import { startCommandDialog, type ActionOrigin } from './command-dialog.js';
import { optionQuestion } from './command-question.js';
import { asksForCommandHelp, commandHelpCard } from './help/command-help.js';
import { looksReadOnly } from './help/service-help.js';
import { parseCommandLine } from './parse/parse-command.js';
import type { CommandNames } from './parse/parse-error.js';
import { isCommandParseError } from './parse/parse-error.js';
import { tokenize } from './parse/tokenize.js';
import { auditRefusals, runParsed } from './run-command.js';
import { SHORTCUTS } from './shortcuts.js';

const BUILT_INS = new Set(['help', 'preferences', 'alias', 'run', 'switch-roles', 'switch-role', 'set', 'forget', 'actions']);

/** True when the text starts a command of its own (and so is not an answer to an open dialog). */
export function startsCommand(text: string, deps: Pick<CommandDeps, 'index'>): boolean {
  const first = /^\S+/.exec(text.trim())?.[0]?.toLowerCase();
  if (!first) return false;
  return BUILT_INS.has(first) || SHORTCUTS.some((s) => s.word === first) || deps.index.findService(first).found !== undefined;
}

export async function commandAnswer(text: string, ctx: CommandContext, deps: CommandDeps): Promise<Card> {
  if (isAccessCommand(text)) return accessCommand(text, ctx, deps.accessDialogs);
  const words = tokenize(text);
  if (asksForCommandHelp(words)) return commandHelpCard(words, deps.index);
  const first = words[0]?.toLowerCase();
  if (first === 'actions') return actionsCommand(words.slice(1), ctx, deps);
  if (first === 'alias' || first === 'run') {
    const { actor } = ctx;
    const aliasDeps = { aliases: deps.aliases, index: deps.index, channelKey: chatChannelKey(actor), by: actor.userName ?? actor.userId };
    const outcome = first === 'run' ? { kind: 'run' as const, expansion: await runAlias(words.slice(1), aliasDeps) } : await aliasCommand(text.trim().slice('alias'.length), words.slice(1), aliasDeps);
    if (outcome.kind === 'card') return outcome.card;
    return fromAlias(outcome.expansion, ctx, deps);
  }
  return startOrRun(text.trim(), ctx, deps);
}

async function fromAlias(expansion: AliasExpansion, ctx: CommandContext, deps: CommandDeps): Promise<Card> {
  if (expansion.missing.length === 0) return startOrRun(expansion.commandLine, ctx, deps);
  const reply = await startCommandDialog(
    ctx,
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

/**
 * Parses the line; runs a complete read-only command, asks for anything else. Before any
 * question, the writer's access is settled: a refusal comes at once, a missing account or role
 * is asked for first (the line runs again after).
 */
export async function startOrRun(line: string, ctx: CommandContext, deps: CommandDeps, options: { confirm?: boolean; title?: string; action?: ActionOrigin } = {}): Promise<Card> {
  let named: CommandNames;
  let missing: string[] = [];
  try {
    const parsed = parseCommandLine(line, deps.index, { givenBeforeMissing: true });
    if (looksReadOnly(parsed.operationCli) && !options.confirm) return runParsed(parsed, line, deps, ctx);
    named = parsed;
  } catch (e) {
    // Missing options are asked for; a missing nested member (Targets[0].Id) must be typed.
    if (!isCommandParseError(e) || e.code !== 'missing-required' || !e.command || !e.missing) throw e;
    named = e.command;
    missing = e.missing;
  }
  const access = await auditRefusals(line, ctx, deps, async () => {
    const decision = await authorize(ctx.actor, deps.access, ctx.account ? { account: ctx.account } : {});
    // A certain denial comes now, not after the questions and the confirmation.
    if (decision.kind === 'allowed') await preCheckAccess({ actor: ctx.actor, allowed: decision, action: iamActionFor(named.service, named.operation), region: deps.defaultRegion }, deps.access);
    return decision;
  });
  if (access.kind !== 'allowed') return askForAccess(access, line, ctx, deps.accessDialogs);
  const asked = missing.map((option) => optionQuestion(deps.index, named.service, named.operationCli, option));
  const reply = await startCommandDialog(
    ctx,
    {
      runAs: `in ${runAsLabel(access)}`,
      title: options.title ?? `${named.service} ${named.operationCli}`,
      line,
      ...(options.action ? { action: options.action } : {}),
      questions: asked.map((a) => a.question),
      listOptions: asked.filter((a) => a.takesList).map((a) => a.question.id),
      needsConfirmation: options.confirm === true || !looksReadOnly(named.operationCli),
    },
    deps,
  );
  return reply.card;
}
