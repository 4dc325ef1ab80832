/**
 * Undoes Slack's message formatting so that chat text can be parsed like a command line.
 *
 * Slack rewrites what people type: links, mentions and channels become `<…>` tokens, `&`, `<`
 * and `>` become entities, and clients turn quotes into smart quotes. A literal `<` is always
 * sent as `&lt;`, so every raw `<…>` in the text is a Slack token — also inside code fences,
 * where Slack still wraps URLs. Code fences keep their characters otherwise (no quote or space
 * normalisation); single backticks are not code here because JMESPath (`--query`) uses them.
 */
export interface UnformatOptions {
  /** The bot's own user id: a mention of it at the start or the end of the text is dropped. */
  botUserId?: string;
}

const FENCE = /```[\s\S]*?```/g;
const TOKEN = /<([^<>]*)>/g;
const ENTITY = /&(amp|lt|gt);/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>' };
const SMART_DOUBLE = /[\u201C\u201D\u201E\u201F]/g;
const SMART_SINGLE = /[\u2018\u2019\u201A\u201B]/g;
const ODD_SPACE = /[\u00A0\u2007\u202F]/g;
const ZERO_WIDTH = /[\u200B\u2060\uFEFF]/g;
/** What Slack puts in front of text it linked on its own. */
const AUTOLINK_PREFIXES = ['http://', 'https://', 'mailto:', 'tel:'];
const SPECIAL_MENTIONS = new Set(['here', 'channel', 'everyone']);

export function unformatSlackText(text: string, options: UnformatOptions = {}): string {
  const body = options.botUserId ? dropBotMention(text, options.botUserId) : text;
  let out = '';
  let last = 0;
  for (const fence of body.matchAll(FENCE)) {
    out += unformatProse(body.slice(last, fence.index));
    out += replaceTokens(fence[0], decodeEntities);
    last = fence.index + fence[0].length;
  }
  out += unformatProse(body.slice(last));
  return out.trim();
}

/** `&amp;`, `&lt;` and `&gt;` back to characters, in one pass (`&amp;lt;` stays `&lt;`). */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (_, name: string) => ENTITIES[name] ?? '');
}

function unformatProse(text: string): string {
  return replaceTokens(text, (plain) =>
    decodeEntities(plain).replace(SMART_DOUBLE, '"').replace(SMART_SINGLE, "'").replace(ODD_SPACE, ' ').replace(ZERO_WIDTH, ''),
  );
}

/** Each `<…>` token becomes readable text; what lies between tokens goes through `plain`. */
function replaceTokens(text: string, plain: (text: string) => string): string {
  let out = '';
  let last = 0;
  for (const token of text.matchAll(TOKEN)) {
    out += plain(text.slice(last, token.index)) + readToken(token[1] ?? '');
    last = token.index + token[0].length;
  }
  return out + plain(text.slice(last));
}

function readToken(inner: string): string {
  const bar = inner.indexOf('|');
  const target = bar < 0 ? inner : inner.slice(0, bar);
  const label = bar < 0 ? undefined : decodeEntities(inner.slice(bar + 1));
  if (target.startsWith('@')) return `@${target.slice(1)}`;
  if (target.startsWith('#')) return `#${label || target.slice(1)}`;
  if (target.startsWith('!')) return readSpecial(target.slice(1), label);
  return readLink(decodeEntities(target), label);
}

/** `<!here>`, `<!subteam^S1|@ops>`, `<!date^…|fallback>` and the like. */
function readSpecial(name: string, label: string | undefined): string {
  const kind = name.split('^')[0] ?? name;
  if (SPECIAL_MENTIONS.has(kind)) return `@${kind}`;
  if (kind === 'subteam') {
    const text = label || name.split('^')[1] || 'subteam';
    return text.startsWith('@') ? text : `@${text}`;
  }
  if (label) return label;
  return kind === 'date' ? name : `@${name}`;
}

/**
 * A link's URL — unless Slack linked what the person typed on their own (`example.com` arrives
 * as `<http://example.com|example.com>`, `a@b.c` as `<mailto:a@b.c|a@b.c>`): then the typed text,
 * because a command argument like `my-bucket.s3.amazonaws.com` must stay as written.
 */
function readLink(url: string, label: string | undefined): string {
  if (label === undefined || label === '') return url;
  if (label === url) return label;
  if (AUTOLINK_PREFIXES.some((prefix) => url === prefix + label)) return label;
  return url;
}

function dropBotMention(text: string, botUserId: string): string {
  const id = botUserId.replace(/[^A-Za-z0-9]/g, '');
  const mention = `<@${id}(?:\\|[^<>]*)?>`;
  return text.replace(new RegExp(`^\\s*${mention}(?:[:,](?=\\s|$))?`), '').replace(new RegExp(`\\s*${mention}\\s*$`), '');
}
