/**
 * A link that opens the query in the CloudWatch Logs Insights console, with the same window,
 * query and log groups. The console keeps its state in the URL fragment as JSURL
 * (`~(key~'value~…)`, lists `(~'a~'b)`, `*xx` escapes inside values), after
 * `logs-insights?queryDetail=` written with `$` for `%`. The format is undocumented (seen in
 * public tools and the console itself), so this is best effort: a wrong field only loses that
 * field in the console, the link still opens Logs Insights in the right Region.
 */
import type { QueryWindow } from './query-window.js';

/** JSURL's string escape: letters, digits, `_ . -` stay; `$` → `!`; others `*xx` or `**xxxx`. */
export function jsurlText(text: string): string {
  return text.replace(/[^\w.-]/g, (ch) => {
    if (ch === '$') return '!';
    const code = ch.charCodeAt(0);
    return code < 0x100 ? `*${code.toString(16).padStart(2, '0')}` : `**${code.toString(16).padStart(4, '0')}`;
  });
}

/** The console's domain for a Region (China and GovCloud have their own). */
function consoleHost(region: string): string {
  if (region.startsWith('cn-')) return 'console.amazonaws.cn';
  if (region.startsWith('us-gov-')) return 'console.amazonaws-us-gov.com';
  return `${region}.console.aws.amazon.com`;
}

export function consoleLink(region: string, groups: readonly string[], window: Pick<QueryWindow, 'startTime' | 'endTime'>, query: string): string {
  const iso = (s: number) => `'${jsurlText(new Date(s * 1000).toISOString())}`;
  const detail = [
    `end~${iso(window.endTime)}`,
    `start~${iso(window.startTime)}`,
    `timeType~'ABSOLUTE`,
    `tz~'UTC`,
    `editorString~'${jsurlText(query)}`,
    `source~(${groups.map((g) => `~'${jsurlText(g)}`).join('')})`,
  ].join('~');
  const r = encodeURIComponent(region);
  return `https://${consoleHost(region)}/cloudwatch/home?region=${r}#logsV2:logs-insights$3FqueryDetail$3D~(${detail})`;
}
