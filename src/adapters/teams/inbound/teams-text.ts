/**
 * Undoes Teams' message formatting so that chat text can be parsed like a command line: the
 * bot's `<at>aws</at>` mention goes, other tags are dropped (a mention of someone else keeps
 * its name, a line break stays a line break), and HTML entities are undone — `&lt;b&gt;` that
 * someone typed comes back as `<b>`, after the tags are gone, so it is never taken for a tag.
 */
import type { TeamsEntity } from './activity-schema.js';

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/g;
const LINE_BREAK = /<br\s*\/?>|<\/(?:p|div|li)>/gi;
const TAG = /<\/?[a-zA-Z][^<>]*>/g;
const ODD_SPACE = /[\u00A0\u2007\u202F]/g;
const ZERO_WIDTH = /[\u200B\u2060\uFEFF]/g;

/** One pass, so `&amp;lt;` stays `&lt;`; unknown names and invalid code points stay as written. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name.toLowerCase()] ?? whole;
    const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/** Bot ids compare without the `28:` prefix Teams puts in front of an app id. */
export const sameBot = (a: string, b: string) => a === b || a.replace(/^28:/, '') === b.replace(/^28:/, '');

/** The mention entities that mention the bot. */
export function botMentions(entities: readonly TeamsEntity[] | null | undefined, botId: string | undefined): TeamsEntity[] {
  if (!botId) return [];
  return (entities ?? []).filter((e) => e.type === 'mention' && e.mentioned && sameBot(e.mentioned.id, botId));
}

/** The message text without the bot's mentions and formatting, trimmed. */
export function teamsPlainText(text: string, mentions: readonly TeamsEntity[] = []): string {
  let body = text;
  for (const m of mentions) {
    const shown = m.text ?? (m.mentioned?.name ? `<at>${m.mentioned.name}</at>` : undefined);
    if (shown) body = body.split(shown).join(' ');
  }
  const plain = body.replace(LINE_BREAK, '\n').replace(TAG, '');
  return decodeHtmlEntities(plain)
    .replace(ODD_SPACE, ' ')
    .replace(ZERO_WIDTH, '')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .trim();
}

/** "@aws " + what was written to the bot (no second "@aws" when someone typed it as text). */
export function addressedToBot(plain: string): string {
  return /^@aws\b/i.test(plain) ? plain : `@aws ${plain}`.trimEnd();
}
