import type { MrkdwnElement, PlainTextElement } from '@slack/types';
import { clip } from './truncate.js';

const WHITESPACE_RUN = /\s+/g;

/**
 * A mrkdwn text object. `verbatim` stops Slack from turning bare words like @channel or #ops
 * into mentions or links; the explicit <url|label> links we write still work.
 */
export function mrkdwn(text: string): MrkdwnElement {
  return { type: 'mrkdwn', text, verbatim: true };
}

/** A one-line plain_text object of at most `max` characters; `fallback` when the text is blank (Slack rejects empty text). */
export function plainLine(text: string | undefined, max: number, fallback: string): PlainTextElement {
  const line = (text ?? '').replace(WHITESPACE_RUN, ' ').trim();
  return { type: 'plain_text', text: clip(line || fallback, max), emoji: true };
}
