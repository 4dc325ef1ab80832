/**
 * The one way in for everything people write and click, from every platform. Messages: `@aws
 * help`, `@aws preferences …`, an answer to the writer's open dialog in the thread, and the
 * command engine (`@aws <service> <operation> …`, `--help`, `alias`, `run`, shortcuts).
 * Clicks: a dialog's buttons and forms, the help menu's pages, anything else acknowledged.
 * Answers go in the thread; a slow one shows "Working on it…" first, and a failed one an error
 * card (the error is then thrown for the adapter to log).
 */
import type { ChannelConfiguration } from '../config/schema.js';
import type { Card } from '../core/card.js';
import type { ActionEvent, ChatEvent } from '../core/chat-event.js';
import { isDialogActionId } from '../dialogs/action-ids.js';
import type { ChatPort } from '../ports/chat.js';
import type { ChannelPreferenceStore } from '../ports/preferences.js';
import { answerWithProgress } from './answer-with-progress.js';
import { recordAudit } from '../permissions/audit-entry.js';
import { answerButton, isButtonClick } from './actions/button-click.js';
import { actorOf, contextOfEvent } from './command-context.js';
import type { CommandDeps } from './command-deps.js';
import { commandAnswer, startsCommand } from './command-flow.js';
import { errorCard } from './error-card.js';
import { helpCard, notAvailableCard } from './help-card.js';
import { helpCardForAction, helpPageOf } from './help/help-menu.js';
import { runPreferences } from './preferences.js';

const MENTION = /^\s*(?:<@[A-Z0-9]+>|@aws\b|\/aws\b)\s*/i;

/** The text after a leading "@aws" (or "/aws"); undefined when the bot wasn't addressed. */
export function addressedText(text: string): string | undefined {
  const m = MENTION.exec(text);
  return m ? text.slice(m[0].length).trim() : undefined;
}

export interface ChatResponderDeps {
  /** Where the answer goes: the chat of the event's platform. */
  chat: ChatPort;
  /** Channel preferences (`@aws preferences`); the service passes the worker's cache, so a change applies at once. */
  preferences: ChannelPreferenceStore;
  /** Every channel configuration: which of them deliver to the event's channel. */
  configurations: readonly ChannelConfiguration[];
  /** The command engine; without it, commands are answered "not available". */
  commands?: CommandDeps;
  /** Tests: when the "Working on it…" notice is due (see answer-with-progress.ts). */
  delay?: (ms: number) => Promise<void>;
}

const PREFERENCES = /^preferences(?:\s|$)/i;
/** Built-ins of later releases (connectors, support cases, roles, accounts, feedback). */
const LATER = /^(?:ask|support|feedback)(?:\s|$)/i;

export async function respondToChat(event: ChatEvent, deps: ChatResponderDeps): Promise<void> {
  let text = addressedText(event.text);
  if (event.source === 'thread-reply') {
    // A reply in a thread counts only as an answer to the writer's own open dialog; one that
    // mentions the bot also arrives as a mention, and is answered as that.
    if (text !== undefined || !deps.commands || !(await hasOwnDialog(event, deps.commands))) return;
    text = event.text.trim();
  }
  if (text === undefined) return;
  const answerText = text;
  const threadId = event.threadId ?? event.messageId;
  const target = { channelId: event.channelId, ...(threadId ? { threadId } : {}), ...(event.workspaceId ? { workspaceId: event.workspaceId } : {}) };
  await answerWithProgress(deps.chat, target, () => answer(event, answerText, deps), { errorCard, ...(deps.delay ? { delay: deps.delay } : {}) });
}

async function answer(event: ChatEvent, text: string, deps: ChatResponderDeps): Promise<Card> {
  if (text === '' || /^help$/i.test(text) || text === '--help') return helpCard();
  if (PREFERENCES.test(text)) return runPreferences(event, text.slice('preferences'.length), deps);
  if (LATER.test(text)) return notAvailableCard(text);
  const commands = deps.commands;
  if (!commands) return /^help\b/i.test(text) ? helpCard() : notAvailableCard(text);
  // "help ec2 describe-instances" reads as "ec2 describe-instances --help".
  if (/^help\s/i.test(text)) return commandAnswer(`${text.slice(4).trim()} --help`, contextOfEvent(event), commands);
  // A reply in the thread that does not mention the bot answers the writer's dialog (respondToChat
  // let it through only when there is one), even when it reads like a command (the create-action
  // dialog asks for one); a mention starts a new command.
  if (event.source === 'thread-reply' || (!startsCommand(text, commands) && (await hasOwnDialog(event, commands)))) {
    const reply = await commands.dialogs.answer({ ...event, text });
    if (reply) {
      // The answer itself may be a secret value: the log keeps which dialog and what it did.
      await recordAudit(commands.access, actorOf(event), { kind: 'dialog', command: `answer to "${reply.dialog?.title ?? 'a dialog'}"`, decision: reply.status });
      return reply.card;
    }
  }
  return commandAnswer(text, contextOfEvent(event), commands);
}

async function hasOwnDialog(event: ChatEvent, commands: CommandDeps): Promise<boolean> {
  const threadId = event.threadId ?? event.messageId;
  const owner = { platform: event.platform, userId: event.user.id, ...(event.workspaceId ? { workspaceId: event.workspaceId } : {}) };
  return (await commands.dialogStore.findOpen(owner, { channelId: event.channelId, ...(threadId ? { threadId } : {}) })) !== undefined;
}

/** What a click did to its own card: `updated` when the card was replaced in place (a help page). */
export interface ActionOutcome {
  /** The clicked card was replaced (a help menu page). */
  updated?: boolean;
  /** The click ended its dialog (run, cancelled, expired, already over): the card's buttons are spent. */
  closed?: boolean;
}

/** Dialog outcomes after which the buttons of the clicked card can do nothing more. */
const CLOSING: readonly string[] = ['completed', 'cancelled', 'expired', 'finished', 'stale'];

/**
 * A click, choice or form: a dialog's (answered in the thread), a help menu page (the card
 * turns into that page), anything else acknowledged in the card's thread.
 */
export async function respondToAction(event: ActionEvent, deps: ChatResponderDeps): Promise<ActionOutcome> {
  const where = { ...(event.workspaceId ? { workspaceId: event.workspaceId } : {}) };
  const threadId = event.threadId ?? event.messageId;
  if (helpPageOf(event.actionId)) {
    await deps.chat.update(event.channelId, event.messageId, { card: helpCardForAction(event.actionId), ...where });
    return { updated: true };
  }
  if (deps.commands && (isDialogActionId(event.actionId) || isButtonClick(event.actionId))) {
    const commands = deps.commands;
    let decision = 'failed';
    try {
      await answerWithProgress(
        deps.chat,
        { channelId: event.channelId, threadId, ...where },
        async () => {
          if (isButtonClick(event.actionId)) {
            // A notification's button: answered in the notification's thread, for whoever clicked.
            const card = await answerButton(event, commands);
            decision = 'answered';
            return card;
          }
          const reply = await commands.dialogs.answer(event);
          decision = reply?.status ?? 'unknown';
          return reply?.card ?? notAvailableCard(event.actionId);
        },
        { errorCard, ...(deps.delay ? { delay: deps.delay } : {}) },
      );
    } finally {
      // Every click is audited with what it did (answered, completed, refused for another user, expired…).
      await recordAudit(commands.access, actorOf(event), { kind: 'click', command: event.actionId, decision });
    }
    return CLOSING.includes(decision) ? { closed: true } : {};
  }
  await acknowledgeAction(event, deps.chat);
  if (deps.commands) await recordAudit(deps.commands.access, actorOf(event), { kind: 'click', command: event.actionId, decision: 'acknowledged' });
  return {};
}

/** A click on a button nothing handles yet: shown as received, in the card's thread. */
export async function acknowledgeAction(event: ActionEvent, chat: ChatPort): Promise<void> {
  const who = event.user.name ?? event.user.id;
  await chat.post(event.channelId, {
    threadId: event.threadId ?? event.messageId,
    ...(event.workspaceId ? { workspaceId: event.workspaceId } : {}),
    card: {
      title: 'Click received',
      severity: 'neutral',
      sections: [{ type: 'text', text: `${who} clicked "${event.actionId}". Button actions run in a later release of aws-chatops; nothing was changed.` }],
      fallbackText: `${who} clicked ${event.actionId}.`,
    },
  });
}
