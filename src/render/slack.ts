import type { Card } from '../core/card.js';
import { escapeMrkdwn } from './escape.js';
import { fallbackText } from './fallback-text.js';
import type { SlackPrompt } from './slack-prompts.js';
import { slackActionUnits } from './slack-actions.js';
import { fitSlackBlocks } from './slack-fit.js';
import { slackFooterBlocks, slackHeaderBlocks } from './slack-header.js';
import { SLACK_LIMITS } from './slack-limits.js';
import { slackSection } from './slack-sections.js';
import { fitText } from './truncate.js';
import type { SlackMessage } from './types.js';
import { UniqueIds } from './unique-ids.js';

/** A rendered card and what had to be cut to fit (for attaching the full text instead). */
export interface SlackRendering {
  message: SlackMessage;
  /** Per card section (same indexes): true when its text was cut. */
  cutSections: boolean[];
  /** Sections left out whole to stay within 50 blocks. */
  leftOutSections: number;
  /** The selects and inputs as rendered (ids as in the message). */
  prompts: SlackPrompt[];
}

/**
 * Card → a `chat.postMessage` payload (without the channel): escaped fallback text plus Block
 * Kit blocks within every Slack limit, cut visibly where the card is too big.
 * `checkSlackLimits(renderSlack(card))` is always empty.
 */
export function renderSlack(card: Card): SlackMessage {
  return renderSlackReport(card).message;
}

/** `renderSlack`, also saying what was cut or left out. */
export function renderSlackReport(card: Card): SlackRendering {
  const { units, unshown, prompts } = slackActionUnits(card.actions ?? [], {
    action: new UniqueIds(SLACK_LIMITS.actionId),
    block: new UniqueIds(SLACK_LIMITS.blockId),
  });
  const sections = card.sections.map(slackSection);
  const { blocks, leftSections } = fitSlackBlocks({
    head: slackHeaderBlocks(card),
    sections: sections.map((s) => s.blocks),
    actions: units,
    unshownActions: unshown,
    footer: slackFooterBlocks(card),
  });
  const message = { text: fitText(fallbackText(card), SLACK_LIMITS.fallbackText, escapeMrkdwn), blocks };
  return { message, cutSections: sections.map((s) => s.cut), leftOutSections: leftSections, prompts };
}
