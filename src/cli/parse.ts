/**
 * `chatops parse LINE`: how the command engine reads a chat command line (the text after
 * "@aws"), as JSON on stdout — `{service, operation, params, region?, query?, output?}` and exit
 * 0, or `{"error": {code, message, missing?}}` and exit 2. Several words instead of one LINE are
 * taken as already split by the shell. `chatops parse --lines` reads stdin and prints one JSON
 * object per command line, with its `line` first (blank lines and `#` comments skipped, as in
 * test/commands/cli-corpus/lines.txt), and exits 0.
 */
import { isChatOpsError } from '../core/errors.js';
import { parseCommandLine, parseCommandWords, type CommandCatalog } from '../commands/parse/parse-command.js';
import { chatOptionWords } from '../commands/parse/chat-text.js';
import { errorToJson, parsedToJson, type ParseResultJson } from '../commands/parse/parse-result-json.js';
import { isCommandParseError } from '../commands/parse/parse-error.js';
import { CommandIndex } from '../commands/schema/command-index.js';

export interface ParseIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Buffer | string;
}

export function runParse(args: string[], io: ParseIo, catalog: CommandCatalog = new CommandIndex()): number {
  try {
    if (args[0] === '--lines') {
      const lines = String(io.readStdin()).split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
      for (const line of lines) io.stdout(JSON.stringify({ line, ...parseOne(() => parseCommandLine(line, catalog)) }) + '\n');
      return 0;
    }
    if (args.length === 0) {
      io.stderr('CLI_BAD_OPTION: Give the command line to parse: chatops parse "ec2 describe-instances --instance-ids i-1".\n');
      return 2;
    }
    const result = parseOne(() => (args.length === 1 ? parseCommandLine(args[0]!, catalog) : parseCommandWords(chatOptionWords(args), catalog)));
    io.stdout(JSON.stringify(result) + '\n');
    return result.error ? 2 : 0;
  } catch (e) {
    io.stderr((isChatOpsError(e) ? e.toLine() : `PARSE_FAILED: ${(e as Error).message}`) + '\n');
    return 1;
  }
}

/** A parse or its refusal; errors that are not the user's (e.g. a missing index) propagate. */
function parseOne(parse: () => ReturnType<typeof parseCommandLine>): ParseResultJson {
  try {
    return parsedToJson(parse());
  } catch (e) {
    if (isCommandParseError(e)) return errorToJson(e);
    throw e;
  }
}
