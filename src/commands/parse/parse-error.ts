/**
 * The errors a command line can earn before anything runs. Codes are the oracle corpus's
 * (test/commands/cli-corpus/README.md) plus two of our own for what a chat engine refuses on
 * purpose: `unsupported-option` (a global such as --profile or --endpoint-url) and
 * `unsupported-value` (a value the CLI would read from a file or fetch from a URL).
 */
import { ChatOpsError } from '../../core/errors.js';

export type ParseErrorCode =
  | 'unknown-service'
  | 'unknown-operation'
  | 'unknown-option'
  | 'ambiguous-option'
  | 'missing-required'
  | 'missing-value'
  | 'conflicting-options'
  | 'invalid-value'
  | 'invalid-json'
  | 'invalid-shorthand'
  | 'unknown-key'
  | 'invalid-query'
  | 'invalid-region'
  | 'invalid-quoting'
  | 'unsupported-command'
  | 'unsupported-option'
  | 'unsupported-value'
  | 'denied';

/** A command's CLI service name and its operation's API and CLI names. */
export interface CommandNames {
  service: string;
  operation: string;
  operationCli: string;
}

export class CommandParseError extends ChatOpsError {
  declare readonly code: ParseErrorCode;
  /** For missing-required: CLI option names (`--function-name`) or API paths (`Targets[0].Id`). */
  readonly missing?: string[];
  /** For missing-required options: the command they are missing from, as resolved so far. */
  readonly command?: CommandNames;

  constructor(code: ParseErrorCode, userMessage: string, options: { nextStep?: string; missing?: string[]; command?: CommandNames; cause?: unknown } = {}) {
    super(code, userMessage, options);
    this.name = 'CommandParseError';
    if (options.missing) this.missing = options.missing;
    if (options.command) this.command = options.command;
  }
}

export function isCommandParseError(e: unknown): e is CommandParseError {
  return e instanceof CommandParseError;
}

/** "a, b or c" */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
