/** Helpers for the parser tests: parse a line against the fake catalog, or get the error it earns. */
import { parseCommandLine, type ParsedCommand } from '../../../src/commands/parse/parse-command.js';
import { isCommandParseError, type CommandParseError } from '../../../src/commands/parse/parse-error.js';
import { fakeCatalog } from './fake-catalog.js';

const catalog = fakeCatalog();

export function parse(line: string): ParsedCommand {
  return parseCommandLine(line, catalog);
}

export function refusal(line: string): CommandParseError {
  try {
    parseCommandLine(line, catalog);
  } catch (e) {
    if (isCommandParseError(e)) return e;
    throw e;
  }
  throw new Error(`"${line}" parsed, but an error was expected`);
}
