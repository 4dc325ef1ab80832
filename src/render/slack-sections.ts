import type { KnownBlock, MrkdwnElement } from '@slack/types';
import type { CardField, CardSection, CodeSection, FieldsSection, ListSection, TextSection } from '../core/card.js';
import { escapeMrkdwn } from './escape.js';
import { SLACK_LIMITS } from './slack-limits.js';
import { clientToMrkdwn } from './client-text.js';
import { markdownToMrkdwn, mrkdwnLink } from './slack-mrkdwn.js';
import { mrkdwn, plainLine } from './slack-text.js';
import { clip, fitText } from './truncate.js';
import { httpUrl } from './url.js';

const TEXT = SLACK_LIMITS.sectionText;
const TITLE_MAX = 150;
const LABEL_MAX = 150;
/** Collapsed code (usually the raw event) is cut short: the card is about the summary. */
const COLLAPSED_CODE_MAX = 1200;
const FENCE = /```/g;
const NEWLINES = /\s*\r?\n\s*/g;

/** Set when a section's text had to be cut to fit. */
interface Cut {
  cut: boolean;
}

/** Joins a cut text with its "… N more characters" marker on a new line, and notes the cut. */
const onNewLine = (cut: Cut) => (body: string, marker: string) => {
  cut.cut = true;
  return body ? `${body}\n${marker}` : marker;
};

/** One neutral section → the Block Kit blocks that show it (none when there is nothing to show). */
export function slackSectionBlocks(section: CardSection): KnownBlock[] {
  return slackSection(section).blocks;
}

/** The blocks of a section, and whether any of its text was cut to fit Slack's limits. */
export function slackSection(section: CardSection): { blocks: KnownBlock[]; cut: boolean } {
  const cut: Cut = { cut: false };
  const blocks = sectionBlocks(section, cut);
  return { blocks, cut: cut.cut };
}

function sectionBlocks(section: CardSection, cut: Cut): KnownBlock[] {
  switch (section.type) {
    case 'text':
      return textBlocks(section, cut);
    case 'fields':
      return fieldsBlocks(section, cut);
    case 'code':
      return codeBlocks(section, cut);
    case 'image': {
      const url = httpUrl(section.url);
      if (!url || url.length > SLACK_LIMITS.url) return [];
      const title = section.title?.trim();
      const alt = clip(section.alt.trim() || title || 'image', SLACK_LIMITS.imageAltText);
      return [{ type: 'image', image_url: url, alt_text: alt, ...(title ? { title: plainLine(title, SLACK_LIMITS.imageTitle, 'image') } : {}) }];
    }
    case 'list':
      return listBlocks(section, cut);
    case 'divider':
      return [{ type: 'divider' }];
  }
}

function heading(title: string | undefined): string {
  const t = title?.replace(NEWLINES, ' ').trim();
  return t ? `*${escapeMrkdwn(clip(t, TITLE_MAX))}*` : '';
}

function section(text: string): KnownBlock {
  return { type: 'section', text: mrkdwn(text) };
}

function textBlocks(s: TextSection, cut: Cut): KnownBlock[] {
  const head = heading(s.title);
  if (!s.text.trim()) return head ? [section(head)] : [];
  const prefix = head ? `${head}\n` : '';
  const render = s.format === 'markdown' ? markdownToMrkdwn : s.format === 'client' ? clientToMrkdwn : escapeMrkdwn;
  return [section(prefix + fitText(s.text, TEXT - prefix.length, render, onNewLine(cut)))];
}

function codeBlocks(s: CodeSection, cut: Cut): KnownBlock[] {
  const head = heading(s.title);
  const prefix = head ? `${head}\n` : '';
  const max = s.collapsed ? Math.min(TEXT, prefix.length + COLLAPSED_CODE_MAX) : TEXT;
  const code = s.code.trim() ? s.code : '(empty)';
  // A ``` inside the code would end the block early; a zero-width space keeps it literal.
  const render = (c: string) => `\`\`\`\n${escapeMrkdwn(c.replace(FENCE, '``\u200b`'))}\n\`\`\``;
  return [section(prefix + fitText(code, max - prefix.length, render, onNewLine(cut)))];
}

function listBlocks(s: ListSection, cut: Cut): KnownBlock[] {
  const head = heading(s.title);
  const items = s.items.map((item) => item.replace(NEWLINES, ' ').trim()).filter((item) => item !== '');
  if (!items.length) return head ? [section(head)] : [];
  const prefix = head ? `${head}\n` : '';
  const one = s.format === 'markdown' ? markdownToMrkdwn : s.format === 'client' ? clientToMrkdwn : escapeMrkdwn;
  const render = (joined: string) =>
    joined
      .split('\n')
      .map((item, n) => (s.ordered ? `${n + 1}. ` : '• ') + one(item))
      .join('\n');
  return [section(prefix + fitText(items.join('\n'), TEXT - prefix.length, render, onNewLine(cut)))];
}

/** Short fields sit side by side (Slack's two-column `fields`, ten per section); long ones get full lines. */
function fieldsBlocks(s: FieldsSection, cut: Cut): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  let head = heading(s.title);
  let i = 0;
  while (i < s.fields.length) {
    const short = s.fields[i]?.short === true;
    const run: CardField[] = [];
    while (i < s.fields.length && (s.fields[i]?.short === true) === short && (!short || run.length < SLACK_LIMITS.fields)) {
      run.push(s.fields[i] as CardField);
      i++;
    }
    if (short) {
      const fields: MrkdwnElement[] = run.map((f) => mrkdwn(fieldText(f, SLACK_LIMITS.fieldText, cut)));
      blocks.push(head ? { type: 'section', text: mrkdwn(head), fields } : { type: 'section', fields });
    } else {
      let text = head;
      for (const f of run) {
        const piece = fieldText(f, SLACK_LIMITS.fieldText, cut);
        if (text && text.length + 1 + piece.length > TEXT) {
          blocks.push(section(text));
          text = '';
        }
        text = text ? `${text}\n${piece}` : piece;
      }
      if (text) blocks.push(section(text));
    }
    head = '';
  }
  if (head) blocks.push(section(head));
  return blocks;
}

/** "*Label*\nvalue", the value a link when the field has an http(s) URL, all within `max`. */
function fieldText(f: CardField, max: number, cut: Cut): string {
  const label = `*${escapeMrkdwn(clip(f.label.replace(NEWLINES, ' ').trim() || '—', LABEL_MAX))}*\n`;
  const budget = max - label.length;
  const value = f.value.trim() ? f.value : '—';
  const url = httpUrl(f.url);
  if (url) {
    const link = mrkdwnLink(url, clip(value.replace(NEWLINES, ' '), 200));
    if (link.length <= budget) return label + link;
  }
  return label + fitText(value, budget, escapeMrkdwn, onNewLine(cut));
}
