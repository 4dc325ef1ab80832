/**
 * A parse as the JSON that `chatops parse` prints and the oracle corpus holds: `{service,
 * operation, params, region?, query?, output?}`, with timestamps as `{"$timestamp": ISO-8601 in
 * UTC with milliseconds}` and blobs as `{"$blob": base64}`; a refusal as `{"error": {code,
 * message, missing?}}`. `--max-items` is not part of it (the corpus leaves it out: it never
 * reaches AWS).
 */
import { isChatOpsError } from '../../core/errors.js';
import type { ParsedCommand } from './parse-command.js';
import { isCommandParseError } from './parse-error.js';

export interface ParseResultJson {
  service?: string;
  operation?: string;
  params?: unknown;
  region?: string;
  query?: string;
  output?: string;
  error?: { code: string; message: string; nextStep?: string; missing?: string[] };
}

export function parsedToJson(parsed: ParsedCommand): ParseResultJson {
  const out: ParseResultJson = { service: parsed.service, operation: parsed.operation, params: tagged(parsed.params) };
  if (parsed.region !== undefined) out.region = parsed.region;
  if (parsed.query !== undefined) out.query = parsed.query;
  if (parsed.output !== undefined) out.output = parsed.output;
  return out;
}

/** A parse failure as JSON; anything that is not a coded error is rethrown (a bug, not a user error). */
export function errorToJson(e: unknown): ParseResultJson {
  if (!isChatOpsError(e)) throw e;
  const error: NonNullable<ParseResultJson['error']> = { code: e.code, message: e.userMessage };
  if (e.nextStep) error.nextStep = e.nextStep;
  if (isCommandParseError(e) && e.missing) error.missing = e.missing;
  return { error };
}

function tagged(value: unknown): unknown {
  if (value instanceof Date) return { $timestamp: value.toISOString() };
  if (value instanceof Uint8Array) return { $blob: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(tagged);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) Object.defineProperty(out, k, { value: tagged(v), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}
