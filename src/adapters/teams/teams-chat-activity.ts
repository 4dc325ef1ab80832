import { cardAttachment } from '@microsoft/teams.api';
import type { IMessageActivityInput } from '@microsoft/teams.api';
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import type { Card } from '../../core/card.js';
import { ChatSendError } from '../../ports/chat.js';
import type { OutgoingMessage } from '../../ports/chat.js';
import { renderTeams } from '../../render/teams.js';
import { TEAMS_LIMITS } from '../../render/teams-limits.js';
import { plainToAc } from '../../render/teams-markdown.js';
import { fitText } from '../../render/truncate.js';

/**
 * An outgoing message → the message activity the Bot Connector takes: a card as one Adaptive
 * Card attachment (render/teams.ts keeps it under Teams' size limit), text alone as markdown
 * that shows the text literally (escaped, line breaks kept, cut with a visible marker when long).
 */
export function messageActivity(message: OutgoingMessage): { activity: IMessageActivityInput; card?: Card } {
  if (message.card) {
    // Our renderer's JSON type is not the SDK's builder type; the shape is the same (research §Pitfalls 19).
    const rendered = renderTeams(message.card) as unknown as IAdaptiveCard;
    return { activity: { type: 'message', attachments: [cardAttachment('adaptive', rendered)] }, card: message.card };
  }
  if (message.text?.trim()) {
    return { activity: { type: 'message', text: fitText(message.text, TEAMS_LIMITS.textChars, plainToAc), textFormat: 'markdown' } };
  }
  throw new ChatSendError('permanent', 'no_text', 'There is nothing to post: the message has neither a card nor text.');
}
