/**
 * `--output text` and `--output table`, close to the AWS CLI's own (awscli/formatter.py,
 * awscli/text.py): text is tab-separated, a list's rows headed by the upper-cased key; the table
 * is a simple monospace grid for a list of flat objects (the CLI's nested boxes read badly in chat).
 */
import { isObject, isScalar, type Json } from './result-json.js';

/** Scalars as Python's str() prints them, as the CLI does. */
function str(value: Json | undefined): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The CLI's text format. */
export function textOutput(value: Json): string {
  const lines: string[] = [];
  formatText(value, lines);
  return lines.join('\n');
}

function formatText(item: Json, out: string[], identifier?: string, scalarKeys?: string[]): void {
  if (Array.isArray(item)) return formatList(item, out, identifier);
  if (isObject(item)) return formatDict(item, out, identifier, scalarKeys);
  out.push(str(item));
}

function formatList(items: Json[], out: string[], identifier?: string): void {
  if (items.length === 0) return;
  if (items.some(isObject)) {
    const keys = [...new Set(items.filter(isObject).flatMap((d) => Object.keys(d).filter((k) => isScalar(d[k]))))].sort();
    for (const el of items) formatText(el, out, identifier, keys);
    return;
  }
  const scalars = items.filter((el) => isScalar(el));
  const nested = items.filter((el) => !isScalar(el));
  if (scalars.length) {
    if (identifier !== undefined) for (const el of scalars) out.push(`${identifier.toUpperCase()}\t${str(el)}`);
    else out.push(scalars.map(str).join('\t'));
  }
  for (const el of nested) formatText(el, out, identifier);
}

function formatDict(item: { [key: string]: Json }, out: string[], identifier?: string, scalarKeys?: string[]): void {
  const scalars: string[] = [];
  const nested: [string, Json][] = [];
  if (!scalarKeys) {
    for (const key of Object.keys(item).sort()) {
      if (isScalar(item[key])) scalars.push(str(item[key]));
      else nested.push([key, item[key]!]);
    }
  } else {
    for (const key of scalarKeys) scalars.push(Object.hasOwn(item, key) ? str(item[key]) : '');
    for (const key of Object.keys(item).filter((k) => !scalarKeys.includes(k)).sort()) nested.push([key, item[key]!]);
  }
  if (scalars.length) out.push([...(identifier !== undefined ? [identifier.toUpperCase()] : []), ...scalars].join('\t'));
  for (const [key, value] of nested) formatText(value, out, key);
}

const CELL_MAX = 40;

function cell(value: Json | undefined): string {
  const text = value === undefined ? '' : isScalar(value) ? str(value) : JSON.stringify(value);
  return text.length <= CELL_MAX ? text : `${text.slice(0, CELL_MAX - 1)}…`;
}

/** A monospace grid of a list of objects (columns: their keys, sorted as the CLI sorts them). */
export function tableOutput(title: string, rows: { [key: string]: Json }[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))].sort();
  const grid = [columns, ...rows.map((r) => columns.map((c) => cell(r[c])))];
  const widths = columns.map((_, i) => Math.max(...grid.map((line) => line[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const rule = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  const body = grid.slice(1).map(line);
  return [title, rule, line(grid[0]!), rule, ...body, rule].join('\n');
}
