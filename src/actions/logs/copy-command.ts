/**
 * The command a person can copy, paste and edit to run the query again ("The log shows a
 * command that a user can copy, paste, and edit to re-run the query", the reference):
 * `@aws logs start-query …` with the same log groups, window, query and Region. Each value is
 * one word as the command tokenizer reads it (src/commands/parse/tokenize.ts): plain when it
 * has nothing a shell would split or interpret, else in double quotes with `"` and `\` escaped.
 */
import type { QueryWindow } from './query-window.js';

const PLAIN = /^[A-Za-z0-9_@%+=:,./#-]+$/;

/** One word for the chat command line. */
export function commandWord(value: string): string {
  return PLAIN.test(value) ? value : `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

export function copyCommand(region: string, groups: readonly string[], window: Pick<QueryWindow, 'startTime' | 'endTime'>, query: string, limit?: number): string {
  return [
    '@aws logs start-query',
    `--log-group-names ${groups.map(commandWord).join(' ')}`,
    `--start-time ${window.startTime}`,
    `--end-time ${window.endTime}`,
    `--query-string ${commandWord(query)}`,
    ...(limit ? [`--limit ${limit}`] : []),
    `--region ${commandWord(region)}`,
  ].join(' ');
}

/** The follow-up that shows the results of the query `start-query` started. */
export function resultsCommand(region: string, queryId?: string): string {
  return `@aws logs get-query-results --query-id ${queryId ? commandWord(queryId) : '<query id>'} --region ${commandWord(region)}`;
}
