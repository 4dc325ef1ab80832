/**
 * A chat command line → the SDK call it stands for, read exactly as the AWS CLI v1 reads it
 * (the oracle: test/commands/cli-corpus): chat text → words (chat-text.ts, tokenize.ts) →
 * global options anywhere → `<service> <operation>` → the operation's options (argument-table.ts,
 * argparse.ts) → values (argument-value.ts) → pagination options → the parameter check
 * (check-params.ts). An operation on the deny list (src/permissions/deny-list.ts) is refused as
 * soon as it is named. Every failure is a CommandParseError with a code and words for the user.
 */
import type { CommandIndex } from '../schema/command-index.js';
import type { OperationIndex, ServiceIndex, Shape } from '../schema/index-types.js';
import { parseKnownArgs } from './argparse.js';
import { buildArgumentTable, type ArgumentTable, type CliArgument } from './argument-table.js';
import { buildParams } from './build-params.js';
import { chatOptionWords, chatToCliText } from './chat-text.js';
import { checkParams } from './check-params.js';
import { GLOBAL_OPTIONS, readGlobals, type Globals } from './global-options.js';
import { takesOutfile } from './cli-only-commands.js';
import { helpIsNotACommand, helpLine, resolveOperation, resolveService, unknownOptions } from './resolve-names.js';
import { CommandParseError } from './parse-error.js';
import { resolverFor } from './shape-walk.js';
import { tokenize } from './tokenize.js';
import { deniedReason } from '../../permissions/deny-list.js';
import { expandShortcut } from '../shortcuts.js';

/** What the parser needs from the command index (CommandIndex, or a fake in tests). */
export type CommandCatalog = Pick<CommandIndex, 'findService' | 'findOperation' | 'service' | 'docs'>;

export interface ParsedCommand extends Globals {
  /** The CLI service name: s3api, logs, elbv2… */
  service: string;
  /** The API operation name: DescribeInstances. */
  operation: string;
  /** The CLI operation name: describe-instances. */
  operationCli: string;
  /** The SDK input: Dates for timestamps, Uint8Arrays for blobs. */
  params: Record<string, unknown>;
  /** `--max-items`: a cap on the items shown, applied by the runner, not sent to AWS. */
  maxItems?: number;
}

export interface ParseOptions {
  /**
   * Check the options given (unknown names, values of the wrong type) before saying which
   * required ones are missing. The AWS CLI (and `chatops parse`) stops at the missing ones
   * first; chat does not, so that nobody answers questions for a line that cannot run anyway.
   */
  givenBeforeMissing?: boolean;
}

export function parseCommandLine(line: string, catalog: CommandCatalog, options: ParseOptions = {}): ParsedCommand {
  return parseCommandWords(chatOptionWords(tokenize(chatToCliText(line))), catalog, options);
}

export function parseCommandWords(typed: readonly string[], catalog: CommandCatalog, options: ParseOptions = {}): ParsedCommand {
  // `invoke FN …` and the other shortcuts of the reference (shortcuts.ts); a real service of the same name wins.
  const words = expandShortcut(typed, (name) => catalog.findService(name).found !== undefined) ?? typed;
  if (words.includes('--help')) throw helpIsNotACommand();
  // `--` ends the options in argparse; the CLI then reads the same line, so it is dropped.
  const top = parseKnownArgs(words.filter((w) => w !== '--'), GLOBAL_OPTIONS, 1);
  const serviceName = resolveService(top.positionals[0], catalog);
  const globals = readGlobals(top.values);
  const afterService = parseKnownArgs(top.extras, new Map(), 1);
  const service = catalog.service(serviceName);
  const operation = resolveOperation(serviceName, afterService.positionals[0], catalog);
  // Refused before anything else is read or asked for: nothing about the line can make it run.
  const denied = deniedReason(serviceName, operation.name);
  if (denied) throw new CommandParseError('denied', denied, { nextStep: 'Use the AWS console or the AWS CLI outside chat for this.' });
  const rest = afterService.extras;
  if (rest.length === 1 && rest[0] === 'help') throw helpIsNotACommand();
  const table = argumentTable(service, operation);
  const help = (arg: CliArgument) => (arg.member ? helpLine(catalog, serviceName, operation.cli, arg.member) : undefined);
  const parsed = parseKnownArgs(rest, table.options, 0, (option) => {
    const arg = table.byDest.get(table.options.get(option)?.dest ?? '');
    return arg ? help(arg) : undefined;
  });
  const missing = table.arguments.filter((a) => a.required && !parsed.values.has(destOf(table, a)));
  if (missing.length && options.givenBeforeMissing) {
    if (parsed.extras.length) throw unknownOptions(parsed.extras, serviceName, operation.cli, [...table.options.keys()], takesOutfile(serviceName, operation.cli));
    refuseBothSwitches(table, rest);
    buildParams(service, operation, table, parsed.values, help);
  }
  if (missing.length) {
    const lines = missing.map((a) => `${a.option}${describeHelp(help(a))}`);
    throw new CommandParseError('missing-required', `${serviceName} ${operation.cli} needs ${lines.join('; ')}.`, {
      missing: missing.map((a) => a.option),
      command: { service: serviceName, operation: operation.name, operationCli: operation.cli },
      nextStep: `Add ${missing.map((a) => `${a.option} <value>`).join(' ')}.`,
    });
  }
  if (parsed.extras.length) throw unknownOptions(parsed.extras, serviceName, operation.cli, [...table.options.keys()], takesOutfile(serviceName, operation.cli));
  refuseBothSwitches(table, rest);
  const { params, maxItems } = buildParams(service, operation, table, parsed.values, help);
  const input: Shape = { type: 'structure', members: operation.input?.members ?? {}, required: operation.input?.required ?? [] };
  const optionOf = (member: string) => table.arguments.find((a) => a.member === member)?.option ?? member;
  const helpOf = (member: string) => helpLine(catalog, serviceName, operation.cli, member);
  const checked = checkParams(params, input, { resolve: resolverFor(service), optionOf, helpOf });
  return { service: serviceName, operation: operation.name, operationCli: operation.cli, params: checked, ...globals, ...(maxItems !== undefined ? { maxItems } : {}) };
}

const tables = new WeakMap<OperationIndex, ArgumentTable>();

/** The argument table of an operation, built once per loaded index. */
function argumentTable(service: ServiceIndex, operation: OperationIndex): ArgumentTable {
  let table = tables.get(operation);
  if (!table) {
    table = buildArgumentTable(service, operation);
    tables.set(operation, table);
  }
  return table;
}

/** EC2 `--x` and `--no-x` of one `{Value: boolean}` together are refused, as toplevelbool.py does. */
function refuseBothSwitches(table: ArgumentTable, words: readonly string[]): void {
  for (const arg of table.arguments) {
    if (arg.kind !== 'ec2-boolean') continue;
    const negative = `--no-${arg.option.slice(2)}`;
    const said = (option: string) => words.some((w) => w === option || w.startsWith(`${option}=`));
    if (said(arg.option) && said(negative)) {
      throw new CommandParseError('invalid-value', `${arg.option} and ${negative} can't both be given.`, { nextStep: `Keep one of ${arg.option} and ${negative}.` });
    }
  }
}

function destOf(table: ArgumentTable, arg: CliArgument): string {
  for (const [dest, a] of table.byDest) if (a === arg) return dest;
  return '';
}

function describeHelp(help: string | undefined): string {
  return help ? ` (${help})` : '';
}

