/**
 * Which Lambda function a command names, for the result card: from the parsed input when the
 * caller has it, else from the command line as the parser reads it (`--function-name X`,
 * `--function-name=X`, a unique prefix such as `--function X`, or the `invoke X` shortcut); and
 * the short name of a name, `name:qualifier`, ARN or partial ARN (for titles and the log group).
 */
import { chatOptionWords, chatToCliText } from './parse/chat-text.js';
import { tokenize } from './parse/tokenize.js';

/** The function name out of a command line (`--function-name X`, `--function-name=X`, a unique prefix such as `--function X`, or `invoke X`). */
export function functionNameOf(words: readonly string[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const [head, explicit] = w.includes('=') ? [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)] : [w, undefined];
    if (head.length >= 3 && '--function-name'.startsWith(head)) return explicit ?? words[i + 1];
  }
  return words[0] === 'invoke' && words[1] && !words[1].startsWith('-') ? words[1] : undefined;
}

/** The function name in a command line that has been parsed (so it tokenizes as the parser read it). */
export function functionNameInLine(line: string): string | undefined {
  try {
    return functionNameOf(chatOptionWords(tokenize(chatToCliText(line))));
  } catch {
    return functionNameOf(line.split(/\s+/));
  }
}

/** The short name of a function given as a name, `name:qualifier`, an ARN or a partial ARN. */
export function shortFunctionName(given: string): string {
  const parts = given.split(':');
  const at = parts.indexOf('function');
  if (at >= 0 && parts[at + 1]) return parts[at + 1]!;
  return parts[0]!;
}
