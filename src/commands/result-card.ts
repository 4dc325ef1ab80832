/**
 * The result of a command as a Card: `--query` applied first, then `--output` (json, the
 * default, as a code block; text as the CLI prints it; table as a grid, or fields for one flat
 * object). Output too long for a message has its lists cut to the first items, with counts,
 * the whole output following in a section that Slack attaches as a file (--max-items cuts
 * too). Pagination is not automatic: a next token is shown with the option for the next page.
 */
import type { Card, CardSection } from '../core/card.js';
import { xformName } from './schema/cli-names.js';
import { applyQuery, nextToken } from './result-query.js';
import { isObject, isScalar, toPlainJson, type Json } from './result-json.js';
import { tableOutput, textOutput } from './result-text.js';
import { functionNameInLine } from './lambda-function-name.js';
import { isLambdaInvoke, lambdaFailed, lambdaInvokeCard } from './result-lambda.js';

/** Items of a long list shown in the card unless --max-items says otherwise. */
export const RESULT_ITEMS_SHOWN = 20;
/** Output longer than this (about what a Slack message shows before attaching it as a file) is cut to its first items. */
export const RESULT_INLINE_CHARS = 2_400;

export interface ResultCardInput {
  /** The CLI service and operation that ran (s3api, list-buckets). */
  service: string;
  operationCli: string;
  /** The command line as run, without "@aws" (defaults to "service operation"). */
  command?: string;
  region: string;
  account?: string;
  /** The SDK's answer (without $metadata). */
  output: Record<string, unknown>;
  requestId?: string;
  query?: string;
  format?: 'json' | 'text' | 'table';
  /** From the command index: how this operation pages. */
  paginator?: { inputToken: string; outputToken: string };
  /** --max-items: how many list items to show. */
  maxItems?: number;
  /** The SDK input that ran (names what ran where the output does not: a Lambda function's name). */
  params?: Record<string, unknown>;
}

interface Cut {
  path: string;
  shown: number;
  total: number;
}

/** Cuts the value's lists (the value itself, or its top-level members) to `cap` items. */
function cutLists(value: Json, cap: number): { shown: Json; cuts: Cut[] } {
  if (Array.isArray(value)) return value.length > cap ? { shown: value.slice(0, cap), cuts: [{ path: '', shown: cap, total: value.length }] } : { shown: value, cuts: [] };
  if (!isObject(value)) return { shown: value, cuts: [] };
  const cuts: Cut[] = [];
  const shown: Record<string, Json> = {};
  for (const [key, member] of Object.entries(value)) {
    if (Array.isArray(member) && member.length > cap) {
      shown[key] = member.slice(0, cap);
      cuts.push({ path: key, shown: cap, total: member.length });
    } else shown[key] = member;
  }
  return { shown, cuts };
}

/** The list of flat-ish objects a table shows, and its title, when the value is one. */
function tableRows(value: Json, title: string): { title: string; rows: { [key: string]: Json }[] } | undefined {
  if (Array.isArray(value) && value.length > 0 && value.every(isObject)) return { title, rows: value };
  if (!isObject(value)) return undefined;
  const lists = Object.entries(value).filter(([, v]) => Array.isArray(v) && v.length > 0 && v.every(isObject));
  const others = Object.entries(value).filter(([, v]) => !Array.isArray(v));
  if (lists.length === 1 && others.every(([, v]) => isScalar(v))) return { title: lists[0]![0], rows: lists[0]![1] as { [key: string]: Json }[] };
  return undefined;
}

function body(value: Json, format: 'json' | 'text' | 'table', title: string, heading: string): CardSection {
  if (format === 'text') return { type: 'code', title: heading, code: textOutput(value) };
  if (format === 'table') {
    if (isObject(value) && Object.values(value).every(isScalar) && Object.keys(value).length > 0) {
      return { type: 'fields', title: heading, fields: Object.entries(value).map(([label, v]) => ({ label, value: v === null ? 'None' : String(v), short: true })) };
    }
    const table = tableRows(value, title);
    return { type: 'code', title: heading, code: table ? tableOutput(table.title, table.rows) : textOutput(value) };
  }
  return { type: 'code', title: heading, code: JSON.stringify(value, null, 2), language: 'json' };
}

function sectionLength(section: CardSection): number {
  if (section.type === 'code') return section.code.length;
  if (section.type === 'fields') return section.fields.reduce((n, f) => n + f.label.length + f.value.length, 0);
  return 0;
}

function isEmpty(value: Json): boolean {
  return value === null || (isObject(value) && Object.keys(value).length === 0);
}

function countWords(cuts: Cut[]): string {
  const parts = cuts.map((c) => `${c.shown} of ${c.total} items${c.path ? ` in ${c.path}` : ''}`);
  return `Showing ${parts.join(', ')}.`;
}

/** The option and value that ask for the next page. */
function nextPageOption(token: Json, inputToken: string): string {
  if (typeof token === 'string') return `--starting-token ${/[\s'"]/.test(token) ? `'${token.replace(/'/g, "'\\''")}'` : token}`;
  return `--${xformName(inputToken)} '${JSON.stringify(token).replace(/'/g, "'\\''")}'`;
}

export function resultCard(input: ResultCardInput): Card {
  const name = `${input.service} ${input.operationCli}`;
  const command = input.command?.trim() || name;
  // lambda invoke: a function error comes back as HTTP 200, so it gets its own card (result-lambda.ts).
  if (isLambdaInvoke(input.service, input.operationCli) && (lambdaFailed(input.output) || (!input.query && (input.format ?? 'json') === 'json'))) {
    const functionName = typeof input.params?.FunctionName === 'string' ? input.params.FunctionName : functionNameInLine(command);
    return lambdaInvokeCard({ output: input.output, where: whereLine(input), ...(functionName ? { functionName } : {}), ...(input.requestId ? { requestId: input.requestId } : {}) });
  }
  const plain = toPlainJson(input.output);
  const token = nextToken(plain, input.paginator?.outputToken);
  const value = input.query ? applyQuery(plain, input.query) : plain;
  const format = input.format ?? 'json';
  const sections: CardSection[] = [];
  if (isEmpty(value)) {
    sections.push({ type: 'text', text: input.query ? 'The query selected nothing.' : 'Done: AWS answered with no data.' });
  } else {
    const full = body(value, format, input.operationCli, 'Output');
    const long = sectionLength(full) > RESULT_INLINE_CHARS;
    const { shown, cuts } = long || input.maxItems !== undefined ? cutLists(value, Math.max(1, input.maxItems ?? RESULT_ITEMS_SHOWN)) : { shown: value, cuts: [] };
    if (!cuts.length) sections.push(full);
    else {
      sections.push(body(shown, format, input.operationCli, 'Output'), { type: 'text', text: countWords(cuts) });
      if (long) sections.push(body(value, format, input.operationCli, `Full output (${cuts.reduce((n, c) => n + c.total, 0)} items)`));
    }
  }
  if (token !== undefined && input.paginator) {
    const base = command.replace(/\s+--?starting-token\s+(?:'[^']*'|"[^"]*"|\S+)/g, '');
    sections.push({ type: 'text', format: 'markdown', text: '**More results.** Pagination is not automatic: this is one page. For the next page, run:' });
    sections.push({ type: 'code', title: 'Next page', code: `@aws ${base} ${nextPageOption(token, input.paginator.inputToken)}` });
  }
  const where = whereLine(input);
  return {
    title: name,
    severity: 'success',
    subtitle: where,
    sections,
    ...(input.requestId ? { footer: `Request ID ${input.requestId}` } : {}),
    fallbackText: `${name} (${where})`,
  };
}

function whereLine(input: Pick<ResultCardInput, 'account' | 'region'>): string {
  return [input.account ? `Account ${input.account}` : undefined, `Region ${input.region}`].filter(Boolean).join(' · ');
}
