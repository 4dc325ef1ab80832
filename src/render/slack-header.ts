import type { ContextBlockElement, KnownBlock } from '@slack/types';
import type { Card } from '../core/card.js';
import { escapeMrkdwn } from './escape.js';
import { severityLook } from './severity.js';
import { SLACK_LIMITS } from './slack-limits.js';
import { mrkdwn, plainLine } from './slack-text.js';
import { clip, fitText } from './truncate.js';
import { httpUrl } from './url.js';

const EMOJI_NAME = /^[a-z0-9_+-]{1,64}$/i;
const SUBTITLE_MAX = 500;

/** Header (severity emoji + title) and a context line (icon, severity label, subtitle). */
export function slackHeaderBlocks(card: Card): KnownBlock[] {
  const look = severityLook(card.severity);
  const title = card.title.trim() || 'Notification';
  const blocks: KnownBlock[] = [{ type: 'header', text: plainLine(look ? `${look.slackEmoji} ${title}` : title, SLACK_LIMITS.headerText, 'Notification') }];

  const elements: ContextBlockElement[] = [];
  const iconUrl = httpUrl(card.icon?.url);
  if (card.icon && iconUrl && iconUrl.length <= SLACK_LIMITS.url) {
    elements.push({ type: 'image', image_url: iconUrl, alt_text: clip(card.icon.alt.trim() || 'icon', SLACK_LIMITS.imageAltText) });
  } else if (card.icon?.emoji && EMOJI_NAME.test(card.icon.emoji)) {
    elements.push(mrkdwn(`:${card.icon.emoji}:`));
  }
  const words: string[] = [];
  if (look) words.push(`*${look.label}*`);
  const subtitle = card.subtitle?.trim();
  if (subtitle) words.push(fitText(subtitle, SUBTITLE_MAX, escapeMrkdwn));
  if (words.length) elements.push(mrkdwn(words.join('  ·  ')));
  if (elements.length) blocks.push({ type: 'context', elements });
  return blocks;
}

/** The footer as a small context line. */
export function slackFooterBlocks(card: Card): KnownBlock[] {
  const footer = card.footer?.trim();
  return footer ? [{ type: 'context', elements: [mrkdwn(fitText(footer, SLACK_LIMITS.contextText, escapeMrkdwn))] }] : [];
}
