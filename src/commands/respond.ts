import type { ActionEvent, ChatEvent } from '../core/chat-event.js';
import type { ChatPort } from '../ports/chat.js';
import { helpCard, notAvailableCard } from './help-card.js';

const MENTION = /^\s*(?:<@[A-Z0-9]+>|@aws\b|\/aws\b)\s*/i;

/** The text after a leading "@aws" (or "/aws"); undefined when the bot wasn't addressed. */
export function addressedText(text: string): string | undefined {
  const m = MENTION.exec(text);
  return m ? text.slice(m[0].length).trim() : undefined;
}

/**
 * The one way in for chat messages until the command engine lands: `@aws help` answers with the
 * help card, anything else addressed to the bot with a clear "not available yet".
 */
export async function respondToChat(event: ChatEvent, chat: ChatPort): Promise<void> {
  const text = addressedText(event.text);
  if (text === undefined) return;
  const threadId = event.threadId ?? event.messageId;
  const card = text === '' || /^help\b/i.test(text) || text === '--help' ? helpCard() : notAvailableCard(text);
  await chat.post(event.channelId, { card, ...(threadId ? { threadId } : {}) });
}

/** Until the click flow lands: show that the click was received, in the card's thread. */
export async function acknowledgeAction(event: ActionEvent, chat: ChatPort): Promise<void> {
  const who = event.user.name ?? event.user.id;
  await chat.post(event.channelId, {
    threadId: event.threadId ?? event.messageId,
    card: {
      title: 'Click received',
      severity: 'neutral',
      sections: [{ type: 'text', text: `${who} clicked "${event.actionId}". Button actions run in a later release of aws-chatops; nothing was changed.` }],
      fallbackText: `${who} clicked ${event.actionId}.`,
    },
  });
}
