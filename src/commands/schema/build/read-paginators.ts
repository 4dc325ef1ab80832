/**
 * Build time only: the paginators a client generates (`paginate<Op>`) are closures, so their token
 * names are read from the bundle's `createPaginator(Client, <Op>Command, "inputToken",
 * "outputToken", "pageSize")` calls (research §3).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { OperationIndex } from '../index-types.js';

type Paginator = NonNullable<OperationIndex['paginator']>;

const CALL = /createPaginator\)?\(\s*[\w.$]+,\s*[\w.$]*?(\w+)Command,\s*"([^"]+)",\s*"([^"]+)"(?:,\s*"([^"]*)")?\s*\)/g;

function paginatorsIn(text: string, out: Map<string, Paginator>): void {
  for (const m of text.matchAll(CALL)) {
    out.set(m[1]!, { inputToken: m[2]!, outputToken: m[3]!, ...(m[4] ? { limitKey: m[4] } : {}) });
  }
}

/** API operation name → paginator, from the client's main bundle (or its `pagination/` files in older layouts). */
export function readPaginators(mainFile: string): Map<string, Paginator> {
  const out = new Map<string, Paginator>();
  paginatorsIn(readFileSync(mainFile, 'utf8'), out);
  const folder = join(dirname(mainFile), 'pagination');
  if (out.size === 0 && existsSync(folder)) {
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.js'))) paginatorsIn(readFileSync(join(folder, file), 'utf8'), out);
  }
  return out;
}
