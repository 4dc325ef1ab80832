/**
 * The answer to "Show logs" / "Show error logs": the window and log groups, up to 30 lines in a
 * code section (oldest first), what the lookups could not include, a link to the same query in
 * the Logs Insights console, and the command that runs it again from chat.
 */
import type { Card, CardSection } from '../../core/card.js';
import { resultsCommand } from './copy-command.js';
import type { LogsQueryPlan } from './plan-logs-query.js';
import { windowText } from './query-window.js';
import type { LogLine, LogsQueryResult } from './run-logs-query.js';

/** A line longer than this is cut (the renderers also cut whole sections to their platform's limits). */
const MAX_LINE = 300;

function lineText(line: LogLine): string {
  const message = line.message.replace(/\r?\n/g, ' ⏎ ');
  const text = line.timestamp ? `${line.timestamp}  ${message}` : message;
  return text.length <= MAX_LINE ? text : `${text.slice(0, MAX_LINE - 1)}…`;
}

export function logsCard(plan: LogsQueryPlan, result: LogsQueryResult): Card {
  const what = plan.errorsOnly ? 'Error logs' : 'Logs';
  const title = plan.alarmName ? `${what} for ${plan.alarmName}` : what;
  const count = result.lines.length;
  const of = result.recordsMatched !== undefined && result.recordsMatched > count ? ` of ${result.recordsMatched}` : '';
  const entries = `entr${count === 1 && !of ? 'y' : 'ies'}`;
  const shown = `First ${count}${of} ${entries}${plan.errorsOnly ? ' containing Error, Exception or Fail' : ''}`;
  const body: CardSection = count
    ? { type: 'code', title: shown, code: result.lines.map(lineText).join('\n') }
    : { type: 'text', text: plan.errorsOnly ? 'No entries containing Error, Exception or Fail in this window.' : 'No log entries in this window.' };
  return {
    title,
    severity: 'info',
    subtitle: `CloudWatch Logs Insights · ${plan.region}`,
    sections: [
      {
        type: 'fields',
        fields: [
          { label: 'Window', value: windowText(plan.window), short: true },
          { label: plan.groups.length === 1 ? 'Log group' : 'Log groups', value: plan.groups.join(', '), short: true },
        ],
      },
      body,
      ...(plan.notes?.length ? [{ type: 'text' as const, text: `Not searched: ${plan.notes.join('; ')}.` }] : []),
      { type: 'code', title: 'Run it again (copy, edit, send)', code: `${plan.command}\n${resultsCommand(plan.region)}` },
    ],
    actions: [{ type: 'link', label: 'Open in Logs Insights', url: plan.consoleUrl }],
    fallbackText: `${title}: ${count ? `${count} entr${count === 1 ? 'y' : 'ies'}` : 'none'} (${windowText(plan.window)}).`,
  };
}
