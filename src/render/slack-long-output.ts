import type { Card, CardSection, CodeSection } from '../core/card.js';
import { cardAsText } from './card-text.js';
import { escapeMrkdwn } from './escape.js';
import { renderSlack, renderSlackReport } from './slack.js';
import { SLACK_LIMITS } from './slack-limits.js';
import { formatCount, safeSlice } from './truncate.js';
import type { SlackMessage } from './types.js';

/** A file to upload beside the message (files.uploadV2), in the message's thread. */
export interface SlackAttachmentFile {
  filename: string;
  title: string;
  content: string;
}

export interface SlackPostPlan {
  /** The message to post: cut output replaced by a preview and a note naming the file. */
  message: SlackMessage;
  /** The full texts the message refers to. */
  files: SlackAttachmentFile[];
  /** The message as renderSlack cuts it, without notes: what to show if the upload fails. */
  withoutFiles: SlackMessage;
}

/** Room for a code preview (escaped), well inside a 3,000-character section. */
const PREVIEW_MAX = 2_400;
const EXTENSIONS: Record<string, string> = { json: 'json', yaml: 'yaml', yml: 'yaml', sh: 'sh', bash: 'sh', shell: 'sh', python: 'py', py: 'py', javascript: 'js', js: 'js', typescript: 'ts', ts: 'ts', xml: 'xml', html: 'html', csv: 'csv', sql: 'sql', log: 'log' };

/**
 * How to post a card without losing any of it. Output (an expanded code section) longer than
 * a message holds is attached as a file, the card keeping its first lines and a note; when the
 * card is still cut (long text, sections left out for the 50-block limit), the whole card is
 * attached as text too. Collapsed code (the raw event) is cut on purpose and never attached.
 */
export function planSlackPost(card: Card): SlackPostPlan {
  const first = renderSlackReport(card);
  const withoutFiles = first.message;
  const files: SlackAttachmentFile[] = [];
  const names = new Set<string>();
  const sections = card.sections.map((s, i) => (first.cutSections[i] && s.type === 'code' && !s.collapsed ? attachCode(s, files, names) : s));
  let planned: Card = { ...card, sections };
  const again = renderSlackReport(planned);
  const stillCut = again.leftOutSections > 0 || planned.sections.some((s, i) => again.cutSections[i] && !(s.type === 'code' && s.collapsed));
  if (stillCut) files.push({ filename: uniqueName(names, `${slug(card.title) || 'card'}.txt`), title: card.title.trim() || 'Notification', content: cardAsText(card) });
  if (files.length === 0) return { message: withoutFiles, files, withoutFiles };
  planned = { ...planned, footer: [card.footer?.trim(), `Full ${files.length === 1 ? 'text' : 'texts'} attached in the thread: ${files.map((f) => f.filename).join(', ')}`].filter(Boolean).join('  ·  ') };
  return { message: renderSlack(planned), files, withoutFiles };
}

/**
 * Plain text (no card) → a message. Text longer than a message holds is cut, and attached
 * whole as `message.txt`.
 */
export function planSlackText(text: string): SlackPostPlan {
  const escaped = escapeMrkdwn(text);
  const withoutFiles: SlackMessage = { text: escaped.length <= SLACK_LIMITS.fallbackText ? escaped : cutToFit(text, SLACK_LIMITS.fallbackText - 200).text, blocks: [] };
  if (escaped.length <= SLACK_LIMITS.fallbackText) return { message: withoutFiles, files: [], withoutFiles };
  const note = `\n… ${formatCount(text.length)} characters in all: the full text is attached in the thread as message.txt`;
  return { message: { text: withoutFiles.text + note, blocks: [] }, files: [{ filename: 'message.txt', title: 'Full message', content: text }], withoutFiles };
}

function attachCode(s: CodeSection, files: SlackAttachmentFile[], names: Set<string>): CardSection {
  const ext = EXTENSIONS[s.language?.toLowerCase() ?? ''] ?? 'txt';
  const filename = uniqueName(names, `${slug(s.title ?? '') || 'output'}.${ext}`);
  files.push({ filename, title: s.title?.trim() || 'Output', content: s.code });
  const preview = cutToFit(s.code, PREVIEW_MAX);
  const total = s.code.split('\n').length;
  const shown = preview.lines === total ? `first ${formatCount(preview.text.length)} of ${formatCount(s.code.length)} characters` : `first ${formatCount(preview.lines)} of ${formatCount(total)} lines`;
  return { ...s, title: `${s.title?.trim() || 'Output'} (${shown}; all of it in ${filename})`, code: preview.text };
}

/** The longest head of `text` whose escaped form fits `max`, cut at a line end when there is one. */
function cutToFit(text: string, max: number): { text: string; lines: number } {
  const lines = text.split('\n');
  let head = '';
  let n = 0;
  for (const line of lines) {
    const next = n === 0 ? line : `${head}\n${line}`;
    if (escapeMrkdwn(next).length > max) break;
    head = next;
    n++;
  }
  if (n > 0) return { text: head, lines: n };
  let cut = Math.min(text.length, max);
  while (cut > 0 && escapeMrkdwn(safeSlice(text, cut)).length > max) cut = Math.floor(cut * 0.8);
  return { text: safeSlice(text, cut), lines: 1 };
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

function uniqueName(taken: Set<string>, name: string): string {
  const dot = name.lastIndexOf('.');
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name.slice(0, dot)}-${n}${name.slice(dot)}`;
  taken.add(candidate);
  return candidate;
}
