/**
 * Parses chatops.yml keeping positions, so every problem can point at line:column.
 * Syntax errors are reported with their position and without echoing the source line (it may hold
 * a secret).
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { ConfigProblem } from './problems.js';

export interface Position {
  line: number;
  column: number;
}

export interface ParsedYaml {
  value: unknown;
  problems: ConfigProblem[];
  /** Where the value at `path` starts (or its key, with `key: true`); the closest parent when it is missing. */
  locate(path: readonly PropertyKey[], options?: { key?: boolean }): Position | undefined;
}

export function parseYaml(text: string, source: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems: ConfigProblem[] = doc.errors.map((e) => ({
    source,
    ...at(e.pos[0]),
    path: '',
    text: `YAML syntax error: ${syntaxMessage(e.code, e.message)}`,
  }));
  const value = problems.length === 0 ? doc.toJS({ maxAliasCount: 100 }) : undefined;
  return { value, problems, locate: (path, options) => locate(doc, path, options?.key ?? false, at) };
}

function syntaxMessage(code: string, message: string): string {
  if (code === 'MULTIPLE_DOCS') return 'the file holds more than one YAML document (---); expected one';
  if (code === 'DUPLICATE_KEY') return 'a key appears twice in the same mapping; expected each key once';
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, '');
}

function locate(
  doc: Document,
  path: readonly PropertyKey[],
  wantKey: boolean,
  at: (offset: number) => Position,
): Position | undefined {
  let node: unknown = doc.contents;
  let found: Position | undefined = rangeStart(node, at);
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return found;
      const keyPos = rangeStart(pair.key, at);
      if (i === path.length - 1 && wantKey) return keyPos ?? found;
      node = pair.value;
      found = rangeStart(node, at) ?? keyPos ?? found;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
      if (node === undefined) return found;
      found = rangeStart(node, at) ?? found;
    } else {
      return found;
    }
  }
  return found;
}

function rangeStart(node: unknown, at: (offset: number) => Position): Position | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? at(range[0]) : undefined;
}
