import type { CardField, CardSection, CodeSection, FieldsSection, ListSection } from '../core/card.js';
import { escapeAcInline, escapeAcLine } from './escape.js';
import type { AcElement, TextRun } from './teams-elements.js';
import { actionSet, column, container, lowerFirst, textBlock } from './teams-elements.js';
import { slotText } from './teams-fit.js';
import type { TextSlot } from './teams-fit.js';
import { TEAMS_LIMITS } from './teams-limits.js';
import { clientToAc } from './client-text.js';
import { acLink, markdownToAc, plainToAc } from './teams-markdown.js';
import { clip } from './truncate.js';
import type { UniqueIds } from './unique-ids.js';
import { httpUrl } from './url.js';

export interface TeamsBuild {
  slots: TextSlot[];
  ids: UniqueIds;
}

const NEWLINES = /\s*\r?\n\s*/g;
const LEADING_SPACES = /^ +/gm;
const TITLE_MAX = 150;

const onNewLine = (body: string, marker: string) => (body ? `${body}\n${marker}` : marker);

/** One neutral section → the Adaptive Card elements that show it (none for a divider: the next element gets a separator). */
export function teamsSectionElements(section: CardSection, build: TeamsBuild): AcElement[] {
  switch (section.type) {
    case 'text': {
      const out = titleBlocks(section.title);
      if (section.text.trim()) out.push(slotText(build.slots, textBlock(''), section.text, section.format === 'markdown' ? markdownToAc : section.format === 'client' ? clientToAc : plainToAc));
      return out;
    }
    case 'fields':
      return fieldsElements(section, build);
    case 'code':
      return codeElements(section, build);
    case 'image': {
      const url = httpUrl(section.url);
      if (!url) return [];
      return [...titleBlocks(section.title), { type: 'Image', url, altText: section.alt.trim() || section.title?.trim() || 'image' }];
    }
    case 'list':
      return listElements(section, build);
    case 'divider':
      return [];
  }
}

function titleBlocks(title: string | undefined): AcElement[] {
  const t = title?.replace(NEWLINES, ' ').trim();
  return t ? [textBlock(escapeAcLine(clip(t, TITLE_MAX)), { weight: 'Bolder' })] : [];
}

/** Monospace, outside markdown (a TextRun shows its text as is); leading spaces kept as no-break spaces so indentation survives. */
function codeElements(s: CodeSection, build: TeamsBuild): AcElement[] {
  const run: TextRun = { type: 'TextRun', text: '', fontType: 'Monospace' };
  const code = s.code.trim() ? s.code : '(empty)';
  slotText(build.slots, run, code, (c) => c.replace(LEADING_SPACES, (spaces) => '\u00a0'.repeat(spaces.length)), onNewLine);
  const box = container([{ type: 'RichTextBlock', inlines: [run] }], { style: 'emphasis' });
  if (!s.collapsed) return [...titleBlocks(s.title), box];
  const id = build.ids.take('code-section', 'code-section');
  const title = s.title?.replace(NEWLINES, ' ').trim() || 'Code';
  const toggle = { type: 'Action.ToggleVisibility', title: clip(`Show ${lowerFirst(title)}`, TEAMS_LIMITS.actionTitle), targetElements: [id] } as const;
  return [actionSet([toggle]), { ...box, id, isVisible: false }];
}

function listElements(s: ListSection, build: TeamsBuild): AcElement[] {
  const items = s.items.map((item) => item.replace(NEWLINES, ' ').trim()).filter((item) => item !== '');
  const out = titleBlocks(s.title);
  if (!items.length) return out;
  const one = s.format === 'markdown' ? markdownToAc : s.format === 'client' ? clientToAc : escapeAcInline;
  const render = (joined: string) =>
    joined
      .split('\n')
      .map((item, n) => (s.ordered ? `${n + 1}. ` : '- ') + one(item))
      .join('\n');
  out.push(slotText(build.slots, textBlock(''), items.join('\n'), render));
  return out;
}

/** Short fields two to a row (a ColumnSet); long fields a label and a value each, full width. */
function fieldsElements(s: FieldsSection, build: TeamsBuild): AcElement[] {
  const out = titleBlocks(s.title);
  let i = 0;
  while (i < s.fields.length) {
    const field = s.fields[i] as CardField;
    const next = s.fields[i + 1];
    if (field.short) {
      const pair = next?.short ? [field, next] : [field];
      const columns = pair.map((f) => column(fieldBlocks(f, build), 'stretch'));
      if (columns.length === 1) columns.push(column([], 'stretch'));
      out.push({ type: 'ColumnSet', columns });
      i += pair.length;
    } else {
      out.push(...fieldBlocks(field, build));
      i++;
    }
  }
  return out;
}

function fieldBlocks(f: CardField, build: TeamsBuild): AcElement[] {
  const label = textBlock(escapeAcLine(clip(f.label.replace(NEWLINES, ' ').trim() || '—', TITLE_MAX)), { weight: 'Bolder' });
  const value = f.value.trim() ? f.value : '—';
  const url = httpUrl(f.url);
  const shown = url
    ? textBlock(acLink(url, clip(value.replace(NEWLINES, ' '), 200)), { spacing: 'None' })
    : slotText(build.slots, textBlock('', { spacing: 'None' }), value, plainToAc);
  return [label, shown];
}
