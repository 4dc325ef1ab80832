import type { Card } from '../core/card.js';
import { escapeMrkdwn } from './escape.js';
import { fallbackText } from './fallback-text.js';
import { slackActionUnits } from './slack-actions.js';
import { fitSlackBlocks } from './slack-fit.js';
import { slackFooterBlocks, slackHeaderBlocks } from './slack-header.js';
import { SLACK_LIMITS } from './slack-limits.js';
import { slackSectionBlocks } from './slack-sections.js';
import { fitText } from './truncate.js';
import type { SlackMessage } from './types.js';
import { UniqueIds } from './unique-ids.js';

/**
 * Card → a `chat.postMessage` payload (without the channel): escaped fallback text plus Block
 * Kit blocks within every Slack limit, cut visibly where the card is too big.
 * `checkSlackLimits(renderSlack(card))` is always empty.
 */
export function renderSlack(card: Card): SlackMessage {
  const { units, unshown } = slackActionUnits(card.actions ?? [], {
    action: new UniqueIds(SLACK_LIMITS.actionId),
    block: new UniqueIds(SLACK_LIMITS.blockId),
  });
  const blocks = fitSlackBlocks({
    head: slackHeaderBlocks(card),
    sections: card.sections.map(slackSectionBlocks),
    actions: units,
    unshownActions: unshown,
    footer: slackFooterBlocks(card),
  });
  return { text: fitText(fallbackText(card), SLACK_LIMITS.fallbackText, escapeMrkdwn), blocks };
}
