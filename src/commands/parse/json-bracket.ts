/** Words and JSON on a command line: where a JSON object or array ends, and what separates words (the tokenizer, the audit log's redaction). */

/**
 * The index after the bracket that closes the one at `start`, skipping double-quoted strings
 * (a backslash escapes the next character); undefined when it never closes.
 */
export function closingBracket(text: string, start: number, end = text.length): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return undefined;
}

/** Where a command line's words break (the shell's whitespace). */
export const WHITESPACE: ReadonlySet<string> = new Set([' ', '\t', '\r', '\n']);

/**
 * Where an unquoted JSON object or array starting at `start` ends (the index after its closing
 * bracket), when it is valid JSON and followed by whitespace or the end of the line.
 */
export function jsonWordEnd(line: string, start: number): number | undefined {
  const end = closingBracket(line, start);
  if (end === undefined || (end < line.length && !WHITESPACE.has(line[end]!))) return undefined;
  try {
    JSON.parse(line.slice(start, end));
    return end;
  } catch {
    return undefined;
  }
}
