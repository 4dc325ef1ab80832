/**
 * Where each word of a command line starts and ends, with its text: the words of tokenize()
 * (src/commands/parse/tokenize.ts: shell quoting, backslashes, and an unquoted JSON object or
 * array kept whole), and where they lie in the line, so a word can be replaced while the rest
 * of the line stays exactly as typed. Never throws: an unterminated quote runs to the end of
 * the line (the audit log must get a line even for one the parser refuses).
 */
import { closingBracket, jsonWordEnd, WHITESPACE } from '../commands/parse/json-bracket.js';

export { closingBracket };

export interface WordSpan {
  /** Index of the word's first character in the line. */
  start: number;
  /** Index after its last character. */
  end: number;
  /** The word as the shell would read it: quotes removed, escapes applied. */
  text: string;
}


export function wordSpans(line: string): WordSpan[] {
  const words: WordSpan[] = [];
  let i = 0;
  while (i < line.length) {
    if (WHITESPACE.has(line[i]!)) {
      i++;
      continue;
    }
    const start = i;
    const jsonEnd = line[i] === '{' || line[i] === '[' ? jsonWordEnd(line, i) : undefined;
    if (jsonEnd !== undefined) {
      words.push({ start, end: jsonEnd, text: line.slice(start, jsonEnd) });
      i = jsonEnd;
      continue;
    }
    let text = '';
    while (i < line.length && !WHITESPACE.has(line[i]!)) {
      const c = line[i]!;
      if (c === "'") {
        const close = line.indexOf("'", i + 1);
        const end = close < 0 ? line.length : close;
        text += line.slice(i + 1, end);
        i = end + 1;
      } else if (c === '"') {
        i++;
        while (i < line.length && line[i] !== '"') {
          const escaped = line[i] === '\\' && (line[i + 1] === '"' || line[i + 1] === '\\');
          text += escaped ? line[i + 1] : line[i];
          i += escaped ? 2 : 1;
        }
        i++;
      } else if (c === '\\') {
        text += line[i + 1] ?? '';
        i += 2;
      } else {
        text += c;
        i++;
      }
    }
    i = Math.min(i, line.length);
    words.push({ start, end: i, text });
  }
  return words;
}

