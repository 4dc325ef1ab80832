/**
 * Secrets inside one word of a command line: JSON and shorthand keys (`{"Password": "…"}`,
 * `SecretString=…`, `Variables={DB_PASSWORD=…}`), a value named beside it
 * (`ParameterKey=DBPassword,ParameterValue=…`, `{"name": "DB_PASSWORD", "value": "…"}`), the
 * value of a SecureString parameter (`{"Type": "SecureString", "Value": "…"}`), and the password
 * in a URL (`postgres://user:…@host`). Works on the word as typed (shell quotes and `\"`
 * included), so the edits keep everything else exactly as it was.
 */
import { closingBracket } from './command-word-spans.js';
import { isNamingKey, isSensitiveName, isValueKey } from './redact-names.js';

/** Replace line[start, end) with text. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export const REDACTED = '****';

interface Pair {
  key: string;
  /** The value without its quotes; '' for a nested object or list. */
  value: string;
  edit: Edit;
  scope: number;
}

// A key: unquoted before `=` (not `==`), or quoted (JSON, maybe shell-escaped) before `:` or `=`.
const KEY = /(?<![A-Za-z0-9_.-])(\\?")?([A-Za-z_][A-Za-z0-9_.-]*)(\\?")?\s*(=(?!=)|:)\s*/y;
const URL_PASSWORD = /([a-z][a-z0-9+.-]*:\/\/[^\s:/@'"]*:)([^\s@/'"]+)@/gi;

/** The edits that hide the secrets in line[start, end). */
export function inlineRedactions(line: string, start: number, end: number): Edit[] {
  const pairs = keyValuePairs(line, start, end);
  const redact = new Set(pairs.filter((p) => isSensitiveName(p.key)));
  for (const scope of new Set(pairs.map((p) => p.scope))) {
    const inScope = pairs.filter((p) => p.scope === scope);
    const namesSecret = inScope.some((p) => isNamingKey(p.key) && isSensitiveName(p.value));
    const secureString = inScope.some((p) => p.key.toLowerCase() === 'type' && p.value.toLowerCase() === 'securestring');
    if (namesSecret || secureString) inScope.filter((p) => isValueKey(p.key)).forEach((p) => redact.add(p));
  }
  const edits = [...redact].map((p) => p.edit).filter((e) => e.end > e.start);
  for (const match of line.slice(start, end).matchAll(URL_PASSWORD)) {
    const at = start + match.index + match[1]!.length;
    edits.push({ start: at, end: at + match[2]!.length, text: REDACTED });
  }
  return edits;
}

/** Every key and its value in line[start, end), with the object or list (scope) it is in. */
function keyValuePairs(line: string, start: number, end: number): Pair[] {
  const pairs: Pair[] = [];
  const scopes = [0];
  let nextScope = 1;
  let i = start;
  while (i < end) {
    KEY.lastIndex = i;
    const match = KEY.exec(line);
    const quoted = match?.[1] !== undefined && match[3] !== undefined;
    if (!match || match.index + match[0].length > end || (match[4] === ':' && !quoted)) {
      const c = line[i]!;
      if (c === '{' || c === '[') scopes.push(nextScope++);
      else if ((c === '}' || c === ']') && scopes.length > 1) scopes.pop();
      i++;
      continue;
    }
    const at = match.index + match[0].length;
    const value = valueAt(line, at, end);
    pairs.push({ key: match[2]!, value: value.text, edit: { start: at, end: value.end, text: value.replacement }, scope: scopes[scopes.length - 1]! });
    // A nested value is scanned too: its keys may hold secrets of their own.
    i = value.nested ? at : Math.max(value.end, at + 1);
  }
  return pairs;
}

/** The value starting at `at`: quoted (JSON, shell-escaped JSON, single quotes), nested, or bare up to `,` `}` `]` or a quote. */
function valueAt(line: string, at: number, end: number): { end: number; text: string; replacement: string; nested: boolean } {
  const quote = line.startsWith('\\"', at) ? '\\"' : line[at] === '"' || line[at] === "'" ? line[at]! : undefined;
  if (quote) {
    const close = closingQuote(line, at + quote.length, end, quote);
    return { end: Math.min(end, close + quote.length), text: line.slice(at + quote.length, close), replacement: `${quote}${REDACTED}${quote}`, nested: false };
  }
  if (line[at] === '{' || line[at] === '[') {
    return { end: closingBracket(line, at, end) ?? end, text: '', replacement: REDACTED, nested: true };
  }
  let stop = at;
  while (stop < end && !',}]\'"'.includes(line[stop]!) && !line.startsWith('\\"', stop)) stop++;
  while (stop > at && /\s/.test(line[stop - 1]!)) stop--;
  return { end: stop, text: line.slice(at, stop), replacement: REDACTED, nested: false };
}

/** Index of the quote that closes a value opened with `quote` (a backslash escapes inside "…"); `end` when none does. */
function closingQuote(line: string, from: number, end: number, quote: string): number {
  for (let i = from; i < end; i++) {
    if (line.startsWith(quote, i)) return i;
    if (quote === '"' && line[i] === '\\') i++;
  }
  return end;
}
