/**
 * The parsed options of one operation → the SDK input, before the parameter check: each option's
 * value in the CLI's table order (argument-value.ts), booleans, EC2 `{Value: boolean}` switches,
 * `ec2 run-instances --count` (default 1, as the CLI), the CLI's shortcut options
 * (cli-shortcuts.ts), and pagination: `--page-size` and `--starting-token` fill the paginator's
 * limit and token members, `--max-items` is returned apart (it caps what is shown; AWS never
 * sees it).
 */
import type { OperationIndex, ServiceIndex } from '../schema/index-types.js';
import type { Given } from './argparse.js';
import type { ArgumentTable, CliArgument } from './argument-table.js';
import { argumentValue } from './argument-value.js';
import { shortcutFor } from './cli-shortcuts.js';
import { CommandParseError } from './parse-error.js';
import { parseInteger } from './scalars.js';
import { resolverFor } from './shape-walk.js';

export interface BuiltParams {
  params: Record<string, unknown>;
  maxItems?: number;
}

export function buildParams(
  service: ServiceIndex,
  operation: OperationIndex,
  table: ArgumentTable,
  values: ReadonlyMap<string, Given>,
  help: (a: CliArgument) => string | undefined,
): BuiltParams {
  const params: Record<string, unknown> = {};
  const paging: Partial<Record<'starting-token' | 'page-size' | 'max-items', string>> = {};
  const shortcuts = new Map<string, string>();
  const resolve = resolverFor(service);
  for (const [dest, arg] of table.byDest) {
    const given = values.get(dest);
    if (!given) continue;
    if (arg.kind === 'refused') {
      throw new CommandParseError('unsupported-option', `${arg.option} can't be used in chat: it reads or writes files.`, { nextStep: `Write the options themselves instead of ${arg.option}.` });
    }
    if (arg.kind === 'starting-token' || arg.kind === 'page-size' || arg.kind === 'max-items') {
      paging[arg.kind] = String(given.value);
      continue;
    }
    if (arg.kind === 'shortcut') {
      shortcuts.set(arg.option.slice(2), String(given.value));
      continue;
    }
    if (arg.kind === 'ec2-count') {
      Object.assign(params, instanceCount(String(given.value)));
      continue;
    }
    const member = arg.member!;
    if (arg.kind === 'boolean') params[member] = given.value;
    else if (arg.kind === 'ec2-boolean' && typeof given.value !== 'string') params[member] = { Value: given.value !== false };
    else {
      const ctx = { option: arg.option, member, shape: arg.shape!, streaming: arg.memberShape?.streaming, resolve, help: () => help(arg) };
      params[member] = argumentValue(given.value as string | string[], ctx);
    }
  }
  const integer = (name: 'page-size' | 'max-items') => {
    const text = paging[name];
    if (text === undefined) return undefined;
    const n = parseInteger(text);
    if (n === undefined) throw new CommandParseError('invalid-value', `--${name} expects a whole number; "${text}" is not one.`, { nextStep: `Write --${name} <number>.` });
    return n;
  };
  applyShortcuts(service.cli, operation.cli, shortcuts, params, table);
  if (table.byDest.has('custom:count') && !values.has('custom:count')) Object.assign(params, { MinCount: 1, MaxCount: 1 });
  const pageSize = integer('page-size');
  const maxItems = integer('max-items');
  const paginator = operation.paginator;
  refuseMixedPaging(table, values, paging);
  if (paginator && paging['starting-token'] !== undefined) params[paginator.inputToken] = paging['starting-token'];
  if (paginator?.limitKey && pageSize !== undefined) params[paginator.limitKey] = pageSize;
  return maxItems === undefined ? { params } : { params, maxItems };
}

/**
 * The API's own token or limit option (`--next-token`, `--max-results`) turns the CLI's
 * pagination off, and then `--starting-token`, `--page-size` and `--max-items` are refused
 * (awscli paginate.py check_should_enable_pagination), so that one call never mixes the two.
 */
function refuseMixedPaging(table: ArgumentTable, values: ReadonlyMap<string, Given>, paging: Partial<Record<string, string>>): void {
  const paginator = table.paginator;
  if (!paginator) return;
  const manual = [paginator.inputToken, paginator.limitKey].filter((m): m is string => m !== undefined && values.has(`member:${m}`));
  const cli = Object.keys(paging).map((name) => `--${name}`);
  if (manual.length && cli.length) {
    const options = manual.map((m) => table.byDest.get(`member:${m}`)?.option ?? m);
    throw new CommandParseError('conflicting-options', `${options.join(' and ')} can't be combined with ${cli.join(' and ')}.`, {
      nextStep: `Use either ${options.join(', ')} (the API's own paging) or ${cli.join(', ')}.`,
    });
  }
}

/** The CLI's shortcut options (cli-shortcuts.ts) build their member; given together with it they are refused. */
function applyShortcuts(service: string, operation: string, given: Map<string, string>, params: Record<string, unknown>, table: ArgumentTable): void {
  const shortcut = shortcutFor(service, operation);
  if (!shortcut || given.size === 0) return;
  if (params[shortcut.member] !== undefined) {
    const member = table.arguments.find((a) => a.member === shortcut.member)?.option ?? shortcut.member;
    throw new CommandParseError('invalid-value', `--${[...given.keys()][0]} can't be combined with ${member}.`, { nextStep: `Use either ${member} or the shortcut options, not both.` });
  }
  shortcut.apply(given, params);
}

/** `--count 2` or `--count 1:5` (awscli ec2/addcount.py); without it the CLI launches one instance. */
function instanceCount(text: string): { MinCount: number; MaxCount: number } {
  const [min, max = min] = text.split(':');
  const [lo, hi] = [parseInteger(min ?? ''), parseInteger(max ?? '')];
  if (lo === undefined || hi === undefined || text.split(':').length > 2) {
    throw new CommandParseError('invalid-value', `--count "${text}" is not a number of instances.`, { nextStep: 'Write --count 2, or --count 1:5 for at least 1 and at most 5.' });
  }
  return { MinCount: lo, MaxCount: hi };
}
