/**
 * The command line as the audit log keeps it: the values of options whose name says they hold a
 * secret (`--password`, `--secret-string`, `--session-token`, `--private-key`, `--auth-*`,
 * `--*credentials*` …, see redact-names.ts), secrets inside JSON and shorthand values
 * (redact-inline.ts) and the `--value` of a SecureString parameter replaced with `****`.
 * Everything else stays exactly as typed, quotes and spacing included. Never throws.
 */
import { wordSpans, type WordSpan } from './command-word-spans.js';
import { type Edit, inlineRedactions, REDACTED } from './redact-inline.js';
import { isSensitiveName } from './redact-names.js';

export { REDACTED };

export function redactCommand(line: string): string {
  const words = wordSpans(line);
  const edits: Edit[] = [];
  const hidden = new Set<WordSpan>();
  const secureString = words.some((w, i) => /^--type(=|$)/.test(w.text) && /securestring/i.test(w.text.includes('=') ? w.text : (words[i + 1]?.text ?? '')));
  const sensitive = (name: string) => isSensitiveName(name) || (secureString && name === 'value');
  words.forEach((word, i) => {
    const option = /^--([A-Za-z][A-Za-z0-9_.-]*)(=?)/.exec(word.text);
    if (!option || !sensitive(option[1]!)) return;
    if (option[2]) {
      edits.push({ start: word.start, end: word.end, text: `--${option[1]}=${REDACTED}` });
      hidden.add(word);
      return;
    }
    // Every value up to the next option: a list option takes several.
    for (let j = i + 1; j < words.length && !isOption(words[j]!.text); j++) {
      edits.push({ start: words[j]!.start, end: words[j]!.end, text: REDACTED });
      hidden.add(words[j]!);
    }
  });
  for (const word of words) if (!hidden.has(word)) edits.push(...inlineRedactions(line, word.start, word.end));
  return apply(line, edits);
}

function isOption(word: string): boolean {
  return /^--[A-Za-z]/.test(word);
}

/** Applies edits left to right; one that overlaps an earlier (or wider, same start) edit is dropped. */
function apply(line: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) continue;
    out += line.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + line.slice(at);
}
