/**
 * Text written for the chat client itself (custom notifications' "client-markdown"): passed
 * through as each platform's own markdown, only made safe.
 */

const BROADCAST = /<!(channel|here|everyone)(?:\|[^>]*)?>/g;
const SLACK_LINK = /<((?:https?|mailto):[^|>\s]+)(?:\|([^>]*))?>/g;
const SLACK_USER = /<@([A-Z0-9]+)(?:\|([^>]*))?>/g;
const HTTP = /^https?:\/\//i;

/**
 * Slack: the sender's mrkdwn as written (bold, links, `<@U123>` user mentions all work), but a
 * notification can't ping a whole channel: `<!channel>`, `<!here>`, `<!everyone>` become text.
 */
export function clientToMrkdwn(text: string): string {
  return text.replace(BROADCAST, (_m, who: string) => `@\u200b${who}`);
}

/**
 * Teams: the sender's markdown as written; Slack-style links and mentions (the same notification
 * may go to both platforms) become Teams markdown; only http(s) links are kept as links; `{{`
 * is broken so Teams doesn't evaluate template functions; single line breaks are kept.
 */
export function clientToAc(text: string): string {
  const converted = text
    .replace(BROADCAST, (_m, who: string) => `@${who}`)
    .replace(SLACK_LINK, (_m, url: string, label?: string) => (HTTP.test(url) ? `[${label?.trim() || url}](${url})` : label?.trim() || url))
    .replace(SLACK_USER, (_m, id: string, name?: string) => `@${name?.trim() || id}`)
    .replace(/\[([^\]]*)\]\(\s*(?!https?:\/\/)[^)]*\)/gi, '$1')
    .replace(/\{\{/g, '{\u200b{');
  const lines = converted.split(/\r?\n/);
  const isItem = (l: string | undefined) => l !== undefined && /^\s*(?:[-*•]|\d+\.)\s/.test(l);
  return lines.map((line, i) => (i === 0 ? line : (isItem(line) && isItem(lines[i - 1]) ? '\n' : '\n\n') + line)).join('');
}
