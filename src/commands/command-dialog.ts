/**
 * The "command" dialog: asks for what a command line lacks (an alias's `$params`, then the
 * required options the parser found missing), shows the whole command, asks to confirm when the
 * operation changes anything, and runs it once. What is stored is plain data: the line as typed
 * and the alias it came from; any process that registers this kind can finish the dialog.
 */
import type { ChatEvent } from '../core/chat-event.js';
import type { DialogKind } from '../dialogs/dialog-kind.js';
import type { DialogReply } from '../dialogs/dialog-manager.js';
import type { Dialog, Question } from '../ports/dialogs.js';
import type { AliasExpansion } from './aliases/run-alias.js';
import { completeAlias } from './aliases/run-alias.js';
import type { CommandDeps } from './command-deps.js';
import { parseCommandLine } from './parse/parse-command.js';
import { isCommandParseError } from './parse/parse-error.js';
import { runParsed } from './run-command.js';

export const COMMAND_DIALOG = 'command';

interface CommandPayload {
  /** The command line after "@aws", as typed or as the alias expanded it. */
  line: string;
  alias?: AliasExpansion;
  /** Option questions whose answer is one or more words (lists): appended as typed. */
  listOptions?: string[];
}

const ALIAS_PARAM = '$';

/** The command line with every answer so far (or `extra`) filled in. */
export function commandLineOf(dialog: Pick<Dialog, 'payload' | 'answers'>, extra: Record<string, string> = {}): string {
  const payload = dialog.payload as CommandPayload;
  const answers = { ...dialog.answers, ...extra };
  const params = Object.fromEntries(Object.entries(answers).flatMap(([id, v]) => (id.startsWith(ALIAS_PARAM) ? [[id.slice(1), v]] : [])));
  let line = payload.alias ? completeAlias(payload.alias, params) : payload.line;
  for (const [id, value] of Object.entries(answers)) {
    if (!id.startsWith('--')) continue;
    line += ` ${id} ${payload.listOptions?.includes(id) ? value : shellQuote(value)}`;
  }
  return line;
}

function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

export function commandDialogKind(deps: Pick<CommandDeps, 'index' | 'aws' | 'defaultRegion'>): DialogKind {
  return {
    validate(questionId, text, dialog) {
      if (questionId.startsWith(ALIAS_PARAM) || (dialog.payload as CommandPayload).alias) return { ok: true, value: text };
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
      return [
        { type: 'code', code: `@aws ${line}` },
        { type: 'text', text: `Runs in ${regionOf(line, deps)}.` },
      ];
    },
    async complete(dialog) {
      const line = commandLineOf(dialog);
      return runParsed(parseCommandLine(line, deps.index), line, deps);
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
  questions: Question[];
  /** Questions whose answer is several words (list options), appended as typed. */
  listOptions?: string[];
  needsConfirmation: boolean;
}

/** Starts the dialog in the event's thread, owned by the person who wrote the command. */
export async function startCommandDialog(event: ChatEvent, start: CommandDialogStart, deps: Pick<CommandDeps, 'dialogs'>): Promise<DialogReply> {
  const listOptions = start.listOptions ?? [];
  return deps.dialogs.start({
    kind: COMMAND_DIALOG,
    title: start.title,
    owner: { platform: event.platform, userId: event.user.id, ...(event.workspaceId ? { workspaceId: event.workspaceId } : {}), ...(event.user.name ? { userName: event.user.name } : {}) },
    where: { channelId: event.channelId, ...((event.threadId ?? event.messageId) ? { threadId: event.threadId ?? event.messageId } : {}) },
    steps: start.questions,
    needsConfirmation: start.needsConfirmation,
    payload: { line: start.line, ...(start.alias ? { alias: start.alias } : {}), ...(listOptions.length ? { listOptions } : {}) } satisfies CommandPayload,
  });
}
