/** Where a JSON object or array written on a command line ends (the tokenizer, the audit log's redaction). */

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
