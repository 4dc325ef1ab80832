import type { KnownBlock } from '@slack/types';
import type { ActionUnit } from './slack-actions.js';
import { SLACK_LIMITS } from './slack-limits.js';
import { mrkdwn } from './slack-text.js';
import { leftOutNote } from './truncate.js';

export interface SlackParts {
  head: KnownBlock[];
  /** The blocks of each neutral section, in card order. */
  sections: KnownBlock[][];
  actions: ActionUnit[];
  /** Actions that could not be rendered at all. */
  unshownActions: number;
  footer: KnownBlock[];
}

export interface FittedBlocks {
  blocks: KnownBlock[];
  /** How many sections with something to show were left out to stay within 50 blocks. */
  leftSections: number;
}

/**
 * Puts the parts together within Slack's 50 blocks. When they don't fit, the header, the
 * actions (what people click) and the footer stay; whole sections are left out from the end,
 * and a last context block says how many sections (and actions) were left out.
 */
export function fitSlackBlocks(parts: SlackParts): FittedBlocks {
  const count = (units: ActionUnit[]) => units.reduce((n, u) => n + u.blocks.length, 0);
  const sectionBlocks = parts.sections.reduce((n, s) => n + s.length, 0);
  const fixed = parts.head.length + parts.footer.length;
  if (fixed + sectionBlocks + count(parts.actions) <= SLACK_LIMITS.blocks && parts.unshownActions === 0) {
    return { blocks: [...parts.head, ...parts.sections.flat(), ...parts.actions.flatMap((u) => u.blocks), ...parts.footer], leftSections: 0 };
  }
  const room = SLACK_LIMITS.blocks - fixed - 1;
  const actions: ActionUnit[] = [];
  for (const unit of parts.actions) {
    if (count(actions) + unit.blocks.length > room) break;
    actions.push(unit);
  }
  let sectionRoom = room - count(actions);
  const kept: KnownBlock[] = [];
  let keptSections = 0;
  for (const blocks of parts.sections) {
    if (blocks.length > sectionRoom) break;
    kept.push(...blocks);
    sectionRoom -= blocks.length;
    keptSections++;
  }
  const leftSections = parts.sections.slice(keptSections).filter((s) => s.length > 0).length;
  const leftActions = parts.unshownActions + parts.actions.slice(actions.length).reduce((n, u) => n + u.actions, 0);
  const blocks = [...parts.head, ...kept, ...actions.flatMap((u) => u.blocks), ...parts.footer];
  const note = leftOutNote(leftSections, leftActions);
  if (note) blocks.push({ type: 'context', elements: [mrkdwn(`_${note}_`)] });
  return { blocks, leftSections };
}
