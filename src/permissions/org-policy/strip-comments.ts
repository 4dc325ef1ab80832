/**
 * Removes `//` line comments and `/* … *\/` block comments outside JSON strings, as the
 * reference's own example has them (`"workspaces": { // limit 255`). Comments become spaces (line
 * breaks kept), so JSON.parse positions still point at the right line and column.
 */

export type Stripped = { ok: true; text: string } | { ok: false; offset: number };

export function stripJsonComments(text: string): Stripped {
  let out = '';
  let i = 0;
  let inString = false;
  while (i < text.length) {
    const c = text[i]!;
    if (inString) {
      out += c;
      if (c === '\\' && i + 1 < text.length) out += text[++i];
      else if (c === '"') inString = false;
      i++;
      continue;
    }
    if (c === '"') inString = true;
    if (c === '/' && text[i + 1] === '/') {
      const end = text.slice(i).search(/[\r\n]/);
      const stop = end < 0 ? text.length : i + end;
      out += ' '.repeat(stop - i);
      i = stop;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) return { ok: false, offset: i };
      for (; i < end + 2; i++) out += text[i] === '\n' || text[i] === '\r' ? text[i] : ' ';
      continue;
    }
    out += c;
    i++;
  }
  return { ok: true, text: out };
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}
