/**
 * Splits a command line into words the way a POSIX shell (and Python's `shlex.split`, which
 * the oracle corpus uses) does, without expansion: whitespace separates words; single quotes
 * keep everything literally; double quotes keep everything but let a backslash escape `"` and
 * `\`; outside quotes a backslash escapes any character. `""` is an empty word. An unterminated
 * quote or a trailing backslash is an `invalid-quoting` error.
 *
 * One chat allowance, which AWS Chatbot's own examples rely on (`@aws invoke fn --payload
 * {"key": "value"}`): a word that starts with `{` or `[` and runs to its matching bracket as
 * valid JSON is kept as typed, spaces and quotes included. A shell would have mangled it into
 * invalid JSON, so no line that works in the CLI reads differently here.
 */
import { jsonWordEnd, WHITESPACE } from './json-bracket.js';
import { CommandParseError } from './parse-error.js';


export function tokenize(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (WHITESPACE.has(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      i++;
    } else if (!inWord && (c === '{' || c === '[') && jsonWordEnd(line, i) !== undefined) {
      const end = jsonWordEnd(line, i)!;
      words.push(line.slice(i, end));
      i = end;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw unterminated("'");
      word += line.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      i = readDoubleQuoted(line, i + 1, (s) => (word += s));
      inWord = true;
    } else if (c === '\\') {
      if (i + 1 >= line.length) throw new CommandParseError('invalid-quoting', 'The line ends with a backslash that escapes nothing.', { nextStep: 'Remove the last backslash or put the value in quotes.' });
      word += line[i + 1];
      inWord = true;
      i += 2;
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  if (inWord) words.push(word);
  return words;
}


/** Reads up to the closing `"`; returns the index after it. */
function readDoubleQuoted(line: string, start: number, append: (s: string) => void): number {
  let i = start;
  while (i < line.length) {
    const c = line[i]!;
    if (c === '"') return i + 1;
    if (c === '\\' && (line[i + 1] === '"' || line[i + 1] === '\\')) {
      append(line[i + 1]!);
      i += 2;
    } else {
      append(c);
      i++;
    }
  }
  throw unterminated('"');
}

function unterminated(quote: string): CommandParseError {
  const name = quote === '"' ? 'double' : 'single';
  return new CommandParseError('invalid-quoting', `A ${name} quote (${quote}) is opened but never closed.`, {
    nextStep: `Close the quote, or escape a literal quote with a backslash (\\${quote}) outside quotes.`,
  });
}
