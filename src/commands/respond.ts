import type { ChannelConfiguration } from '../config/schema.js';
import type { Card } from '../core/card.js';
import type { ActionEvent, ChatEvent } from '../core/chat-event.js';
import type { ChatPort } from '../ports/chat.js';
import type { ChannelPreferenceStore } from '../ports/preferences.js';
import { answerWithProgress } from './answer-with-progress.js';
import { errorCard } from './error-card.js';
import { helpCard, notAvailableCard } from './help-card.js';
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
  /** Tests: when the "Working on it…" notice is due (see answer-with-progress.ts). */
  delay?: (ms: number) => Promise<void>;
}

const PREFERENCES = /^preferences(?:\s|$)/i;

/**
 * The one way in for chat messages until the command engine lands: `@aws help` answers with the
 * help card, `@aws preferences …` shows or changes the channel's notification preferences,
 * anything else addressed to the bot gets a clear "not available yet". Answers go in the thread;
 * a slow one shows "Working on it…" first, and a failed one an error card (the error is then
 * thrown for the adapter to log).
 */
export async function respondToChat(event: ChatEvent, deps: ChatResponderDeps): Promise<void> {
  const text = addressedText(event.text);
  if (text === undefined) return;
  const threadId = event.threadId ?? event.messageId;
  const target = { channelId: event.channelId, ...(threadId ? { threadId } : {}), ...(event.workspaceId ? { workspaceId: event.workspaceId } : {}) };
  await answerWithProgress(deps.chat, target, () => answer(event, text, deps), { errorCard, ...(deps.delay ? { delay: deps.delay } : {}) });
}

async function answer(event: ChatEvent, text: string, deps: ChatResponderDeps): Promise<Card> {
  if (text === '' || /^help\b/i.test(text) || text === '--help') return helpCard();
  if (PREFERENCES.test(text)) return runPreferences(event, text.slice('preferences'.length), deps);
  return notAvailableCard(text);
}

/** Until the click flow lands: show that the click was received, in the card's thread. */
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
