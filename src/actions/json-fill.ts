/**
 * Fills placeholders in JSON text (a Lambda payload, a JSON word in a command) so a value can
 * only ever be data: inside a JSON string it is JSON-escaped; anywhere else it becomes a whole
 * JSON string. A value can't close a string, add a key or change a number into an object.
 */

/**
 * `markerSource` is the placeholder pattern: group 1 is the name; a match without group 1 is a
 * literal "$" ("$$"). Markers start with "$" (`$Name`) or U+E000 (cli-fill.ts's stand-ins).
 * `valueOf` gives the value, or undefined to leave the placeholder as written.
 */
export function fillJson(text: string, markerSource: string, valueOf: (name: string) => string | undefined): string {
  const marker = new RegExp(markerSource, 'y');
  let out = '';
  let inString = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    marker.lastIndex = i;
    const match = ch === '$' || ch === '\uE000' ? marker.exec(text) : null;
    if (match) {
      const name = match[1];
      const value = name === undefined ? undefined : valueOf(name);
      if (name === undefined) out += '$';
      else if (value === undefined) out += match[0];
      else out += inString ? JSON.stringify(value).slice(1, -1) : JSON.stringify(value);
      i += match[0].length;
      continue;
    }
    if (inString && ch === '\\' && i + 1 < text.length) {
      out += ch + text[i + 1]!;
      i += 2;
      continue;
    }
    if (ch === '"') inString = !inString;
    out += ch;
    i++;
  }
  return out;
}

/** Parses, or says why not in a few words. */
export function jsonProblem(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
