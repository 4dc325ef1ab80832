/**
 * The "command" dialog: asks for what a command line lacks (an alias's `$params`, then the
 * required options the parser found missing), shows the whole command, asks to confirm when the
 * operation changes anything, and runs it once. What is stored is plain data: the line as typed
 * and the alias it came from; any process that registers this kind can finish the dialog.
 */
import type { DialogKind } from '../dialogs/dialog-kind.js';
import type { DialogReply } from '../dialogs/dialog-manager.js';
import type { Dialog, Question } from '../ports/dialogs.js';
import { actionCommand } from '../actions/action-command.js';
import { isChatOpsError } from '../core/errors.js';
import type { ActionTarget } from '../ports/custom-actions.js';
import type { AliasExpansion } from './aliases/run-alias.js';
import { completeAlias } from './aliases/run-alias.js';
import { contextOfDialog, dialogOwnerAndPlace, type CommandContext } from './command-context.js';
import type { CommandDeps } from './command-deps.js';
import { parseCommandLine } from './parse/parse-command.js';
import { isCommandParseError } from './parse/parse-error.js';
import { runParsed } from './run-command.js';

export const COMMAND_DIALOG = 'command';

/** A custom action clicked on a notification: its target and the notification's variables (answers add the missing ones). */
export interface ActionOrigin {
  name: string;
  target: ActionTarget;
  variables: Record<string, string>;
}

interface CommandPayload {
  /** The command line after "@aws", as typed or as the alias expanded it. */
  line: string;
  alias?: AliasExpansion;
  action?: ActionOrigin;
  /** Option questions whose answer is one or more words (lists): appended as typed. */
  listOptions?: string[];
  /** The account chosen for this command (choose-account dialog), when not the default. */
  account?: string;
  /** "in account production (…) as role X", as authorized when the dialog started. */
  runAs?: string;
}

const ALIAS_PARAM = '$';

/** The command line with every answer so far (or `extra`) filled in. */
export function commandLineOf(dialog: Pick<Dialog, 'payload' | 'answers'>, extra: Record<string, string> = {}): string {
  const payload = dialog.payload as CommandPayload;
  const answers = { ...dialog.answers, ...extra };
  const params = Object.fromEntries(Object.entries(answers).flatMap(([id, v]) => (id.startsWith(ALIAS_PARAM) ? [[id.slice(1), v]] : [])));
  let line = payload.action ? actionCommand(payload.action.target, { ...payload.action.variables, ...params }).resolved : payload.alias ? completeAlias(payload.alias, params) : payload.line;
  for (const [id, value] of Object.entries(answers)) {
    if (!id.startsWith('--')) continue;
    line += ` ${id} ${payload.listOptions?.includes(id) ? value : shellQuote(value)}`;
  }
  return line;
}

function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

export function commandDialogKind(deps: CommandDeps): DialogKind {
  return {
    validate(questionId, text, dialog) {
      const payload = dialog.payload as CommandPayload;
      if (payload.action && questionId.startsWith(ALIAS_PARAM)) {
        // The value must fit the command as one word (or JSON text): checked by filling it in now.
        try {
          actionCommand(payload.action.target, { ...payload.action.variables, [questionId.slice(1)]: text });
          return { ok: true, value: text };
        } catch (e) {
          return { ok: false, message: isChatOpsError(e) ? e.userMessage : 'That value can\'t be used here.' };
        }
      }
      if (questionId.startsWith(ALIAS_PARAM) || payload.alias) return { ok: true, value: text };
      try {
        parseCommandLine(commandLineOf(dialog, { [questionId]: text }), deps.index);
        return { ok: true, value: text };
      } catch (e) {
        // Only what this answer got wrong: options still unanswered are the dialog's next questions.
        if (isCommandParseError(e) && e.code === 'missing-required' && !e.missing?.includes(questionId)) return { ok: true, value: text };
        return { ok: false, message: isCommandParseError(e) ? e.userMessage : 'That answer can\'t be used.' };
      }
    },
    summarize(dialog) {
      const line = commandLineOf(dialog);
      const runAs = (dialog.payload as CommandPayload).runAs;
      return [
        { type: 'code', code: `@aws ${line}` },
        { type: 'text', text: `Runs in ${regionOf(line, deps)}${runAs ? `, ${runAs}` : ''}.` },
      ];
    },
    async complete(dialog) {
      // Run re-authorizes: the owner's role, the guardrails and the org policy as they are now.
      const line = commandLineOf(dialog);
      const payload = dialog.payload as CommandPayload;
      return runParsed(parseCommandLine(line, deps.index), line, deps, { ...contextOfDialog(dialog), ...(payload.account ? { account: payload.account } : {}) });
    },
    restartHint(dialog) {
      return `@aws ${(dialog.payload as CommandPayload).line}`;
    },
  };
}

function regionOf(line: string, deps: Pick<CommandDeps, 'index' | 'defaultRegion'>): string {
  try {
    return parseCommandLine(line, deps.index).region ?? deps.defaultRegion;
  } catch {
    return deps.defaultRegion;
  }
}

export interface CommandDialogStart {
  title: string;
  line: string;
  alias?: AliasExpansion;
  action?: ActionOrigin;
  questions: Question[];
  /** Questions whose answer is several words (list options), appended as typed. */
  listOptions?: string[];
  needsConfirmation: boolean;
  /** Shown on the confirmation: where and as whom it will run. */
  runAs?: string;
}

/** Starts the dialog in the context's thread, owned by the person who wrote the command. */
export async function startCommandDialog(ctx: CommandContext, start: CommandDialogStart, deps: Pick<CommandDeps, 'dialogs'>): Promise<DialogReply> {
  const listOptions = start.listOptions ?? [];
  return deps.dialogs.start({
    kind: COMMAND_DIALOG,
    title: start.title,
    ...dialogOwnerAndPlace(ctx),
    steps: start.questions,
    needsConfirmation: start.needsConfirmation,
    payload: {
      line: start.line,
      ...(start.alias ? { alias: start.alias } : {}),
      ...(start.action ? { action: start.action } : {}),
      ...(listOptions.length ? { listOptions } : {}),
      ...(ctx.account ? { account: ctx.account } : {}),
      ...(start.runAs ? { runAs: start.runAs } : {}),
    } satisfies CommandPayload,
  });
}
