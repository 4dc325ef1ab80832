/**
 * `--query` on a result (JMESPath, with the `jmespath` package the AWS CLI's behaviour is
 * specified by), and the next-page token of a paginated answer (the index's
 * paginator.outputToken, itself a JMESPath expression such as `NextMarker || Contents[-1].Key`).
 */
import { createRequire } from 'node:module';
import { ChatOpsError } from '../core/errors.js';
import type { Json } from './result-json.js';

interface JmesPath {
  search(data: unknown, expression: string): unknown;
}
let jmespath: JmesPath | undefined;

function engine(): JmesPath {
  jmespath ??= createRequire(import.meta.url)('jmespath') as JmesPath;
  return jmespath;
}

/** The value the query selects; a coded error for a malformed query or one that fails on this data. */
export function applyQuery(value: Json, query: string): Json {
  try {
    return (engine().search(value, query) ?? null) as Json;
  } catch (e) {
    const name = (e as Error).name;
    const message = (e as Error).message;
    if (name === 'ParserError' || name === 'LexerError') {
      throw new ChatOpsError('INVALID_QUERY', `--query "${query}" is not a valid JMESPath expression: ${message}.`, {
        nextStep: 'Check the brackets and quotes of the query; examples are at https://jmespath.org/tutorial.html.',
        cause: e,
      });
    }
    throw new ChatOpsError('QUERY_FAILED', `--query "${query}" could not be applied to this result: ${message.replace(/^\w*Error: /, '')}.`, {
      nextStep: 'Run the command without --query to see the shape of the result, then adjust the query.',
      cause: e,
    });
  }
}

/** The token for the next page, or undefined when this was the last page. */
export function nextToken(value: Json, outputToken: string | undefined): Json | undefined {
  if (!outputToken) return undefined;
  let token: unknown;
  try {
    token = engine().search(value, outputToken);
  } catch {
    return undefined;
  }
  if (token === null || token === undefined || token === '') return undefined;
  if (typeof token === 'object' && Object.keys(token).length === 0) return undefined;
  return token as Json;
}
