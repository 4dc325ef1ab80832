import type { KnownBlock, PlainTextElement } from '@slack/types';
import type { Card } from '../core/card.js';
import { ChatOpsError } from '../core/errors.js';
import { escapeMrkdwn } from './escape.js';
import { SLACK_LIMITS as L } from './slack-limits.js';
import { promptModalBlock } from './slack-prompts.js';
import { mrkdwn, plainLine } from './slack-text.js';
import { renderSlackReport } from './slack.js';
import { clip } from './truncate.js';

/** The callback id of every form modal: a view_submission with it answers a card's prompts. */
export const FORM_CALLBACK_ID = 'chatops.form';

/** A `views.open` modal: what Slack takes as `view`. */
export interface SlackModalView {
  type: 'modal';
  callback_id: string;
  title: PlainTextElement;
  submit: PlainTextElement;
  close: PlainTextElement;
  private_metadata: string;
  blocks: KnownBlock[];
}

/**
 * Card → the modal that asks all of its selects and inputs at once (what "Fill in" opens).
 * Each question keeps the block and action ids it has in the message, so a submitted form
 * reads like answers given in the message. The full title heads the form when the modal's
 * 24-character title had to cut it. `privateMetadata` (at most 3,000 characters) comes back
 * with the submission.
 */
export function modalFromCard(card: Card, privateMetadata: string): SlackModalView {
  if (privateMetadata.length > L.privateMetadata) {
    throw new ChatOpsError('SLACK_MODAL_METADATA_TOO_LONG', `The form's private metadata is ${privateMetadata.length} characters; Slack carries at most ${L.privateMetadata}.`);
  }
  const { prompts } = renderSlackReport(card);
  if (prompts.length === 0) throw new ChatOpsError('SLACK_MODAL_NOTHING_TO_ASK', `The card "${clip(card.title, 80)}" asks nothing, so there is no form to fill in.`);
  const title = card.title.replace(/\s+/g, ' ').trim() || 'Fill in';
  const blocks: KnownBlock[] = [];
  if (title.length > L.modalTitle || card.subtitle?.trim()) {
    const subtitle = card.subtitle?.trim() ? `\n${escapeMrkdwn(clip(card.subtitle.trim(), 500))}` : '';
    blocks.push({ type: 'section', text: mrkdwn(`*${escapeMrkdwn(clip(title, 500))}*${subtitle}`) });
  }
  blocks.push(...prompts.slice(0, L.modalBlocks - blocks.length).map(promptModalBlock));
  return {
    type: 'modal',
    callback_id: FORM_CALLBACK_ID,
    title: plainLine(title, L.modalTitle, 'Fill in'),
    submit: { type: 'plain_text', text: 'Submit', emoji: true },
    close: { type: 'plain_text', text: 'Cancel', emoji: true },
    private_metadata: privateMetadata,
    blocks,
  };
}
