/**
 * Escaping of plain text for each platform's markup. Text from events and templates is data:
 * it must show literally and never become a mention, a link or formatting.
 */

const SLACK_NEEDS_ESCAPE = /[&<>]/;
const SLACK_SPECIAL = /[&<>]/g;
const SLACK_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Slack mrkdwn: `&`, `<` and `>` become entities, so `<!channel>`, `<@U123>` or
 * `<http://evil|x>` in an event can neither ping nor forge a link. Slack has no escape for
 * `*`, `_`, `~` or backticks; the renderer marks its text objects `verbatim` instead.
 */
export function escapeMrkdwn(text: string): string {
  return SLACK_NEEDS_ESCAPE.test(text) ? text.replace(SLACK_SPECIAL, (c) => SLACK_ENTITY[c] ?? c) : text;
}

/** Characters with a meaning anywhere in Adaptive Card markdown (CommonMark subset), plus `{{`, which starts a DATE()/TIME() function. */
const AC_INLINE_NEEDS_ESCAPE = /[\\*_`[\]<>~]|\{\{/;
const AC_INLINE_SPECIAL = /[\\*_`[\]<>~]|\{\{/g;
/** Markers that only mean something at the start of a line: lists, headings. */
const AC_LINE_START = /^([ \t]*)([-+#]|\d+(?=[.)]))/;

/** Adaptive Card TextBlock markdown, text in the middle of a line: backslash-escapes markup characters. */
export function escapeAcInline(text: string): string {
  if (!AC_INLINE_NEEDS_ESCAPE.test(text)) return text;
  return text.replace(AC_INLINE_SPECIAL, (m) => (m === '{{' ? '{\\{' : `\\${m}`));
}

/** Adaptive Card TextBlock markdown, one whole line: also defuses list and heading markers at its start. */
export function escapeAcLine(line: string): string {
  const inline = escapeAcInline(line);
  const start = AC_LINE_START.exec(inline);
  if (!start) return inline;
  const [whole, indent = '', marker = ''] = start;
  // "- x" → "\- x"; "12. x" → "12\. x" (escape the dot, which follows the digits).
  const escaped = /^\d/.test(marker) ? `${marker}\\` : `\\${marker}`;
  return indent + escaped + inline.slice(whole.length);
}
