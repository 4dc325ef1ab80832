/**
 * Configuration problems: one line each, `<where>: <path>: expected <what>; given <what>`, where
 * `<where>` is the file with line:column (or "environment"). Values of secrets are never shown.
 */
import { ChatOpsError } from '../core/errors.js';

export type ConfigErrorCode = 'CONFIG_INVALID' | 'CONFIG_NOT_FOUND' | 'CONFIG_UNREADABLE';

export interface ConfigProblem {
  /** The file as shown to the user, or "environment". */
  source: string;
  line?: number;
  column?: number;
  /** Where in the file (`configurations[1].tags.aws:team`) or the variable name; empty for the whole file. */
  path: string;
  /** The rest of the line: usually `expected ...; given ...`. */
  text: string;
}

/** What a secret looks like in a problem line. */
export const HIDDEN = 'a value (hidden: secrets are never shown)';

export function formatProblem(p: ConfigProblem): string {
  const where = p.line !== undefined ? `${p.source}:${p.line}:${p.column ?? 1}` : p.source;
  return p.path ? `${where}: ${p.path}: ${p.text}` : `${where}: ${p.text}`;
}

export function expectedGiven(expected: string, given: string): string {
  return `expected ${expected}; given ${given}`;
}

/** `configurations[1].tags.aws:team`; keys with dots, brackets or spaces are quoted. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else {
      const key = String(s);
      out += /^[^.[\]\s"]+$/.test(key) ? (out ? `.${key}` : key) : `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

/** A short, safe description of a value from the file. Callers hide secrets before calling. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') {
    const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') return 'a mapping';
  return typeof value;
}

/** A configuration error: every problem at once, one line each. */
export class ConfigError extends ChatOpsError {
  readonly problems: readonly ConfigProblem[];
  /** The file shown to the user; undefined for environment-only problems. */
  readonly file?: string;

  constructor(code: ConfigErrorCode, problems: readonly ConfigProblem[], options: { file?: string; headline?: string; nextStep?: string; cause?: unknown } = {}) {
    const count = problems.length;
    const headline =
      options.headline ??
      `${options.file ?? 'The configuration'} has ${count} problem${count === 1 ? '' : 's'}:`;
    super(code, [headline, ...problems.map(formatProblem)].join('\n'), {
      cause: options.cause,
      nextStep: options.nextStep ?? 'Fix the lines above and start again (check with: chatops config validate).',
    });
    this.name = 'ConfigError';
    this.problems = problems;
    this.file = options.file;
  }

  /** The problem lines, without the headline. */
  lines(): string[] {
    return this.problems.map(formatProblem);
  }
}
