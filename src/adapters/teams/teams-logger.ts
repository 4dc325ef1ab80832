/**
 * The Teams SDK's log lines into our logger, tagged `component: teams` (and the SDK's own
 * logger name), one line each: the SDK's default logger prints coloured, multi-line output.
 * A refused token is a warning, not an error: anyone on the internet can send one.
 */
import type { AppOptions, IPlugin } from '@microsoft/teams.apps';
import type { Logger } from '../../ports/logger.js';

export type TeamsSdkLogger = NonNullable<AppOptions<IPlugin>['logger']>;
type SdkLevel = 'error' | 'warn' | 'info' | 'debug' | 'trace';

const MAX_LINE = 2_000;
/** Lines the SDK logs as errors that only mean "an unauthenticated request was refused". */
const REFUSALS = [/^JWT validation failed/, /^JWT verification failed/, /^Custom validation failed/, /^inbound activity rejected/];

function text(value: unknown): string {
  if (value instanceof Error) return value.message;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function line(msg: readonly unknown[]): string {
  const joined = msg.map(text).join(' ').replace(/\s+/g, ' ').trim();
  return joined.length > MAX_LINE ? `${joined.slice(0, MAX_LINE - 1)}…` : joined;
}

/**
 * A pattern starting with "-" (the SDK's way of turning a noisy child off, e.g. MSAL) keeps
 * only warnings and errors of that child.
 */
export function teamsLogger(logger: Logger, name = 'teams', quiet = false): TeamsSdkLogger {
  const fields = { component: 'teams', ...(name !== 'teams' ? { sdkLogger: name } : {}) };
  const log = (level: SdkLevel, msg: unknown[]) => {
    const message = line(msg);
    if (level === 'error' && REFUSALS.some((r) => r.test(message))) return logger.warn(message, { ...fields, code: 'TEAMS_REQUEST_REFUSED' });
    if (level === 'error') return logger.error(message, fields);
    if (level === 'warn') return logger.warn(message, fields);
    if (quiet) return;
    if (level === 'info') return logger.info(message, fields);
    return logger.debug(message, fields);
  };
  return {
    error: (...msg: unknown[]) => log('error', msg),
    warn: (...msg: unknown[]) => log('warn', msg),
    info: (...msg: unknown[]) => log('info', msg),
    debug: (...msg: unknown[]) => log('debug', msg),
    trace: (...msg: unknown[]) => log('trace', msg),
    log: (level: SdkLevel, ...msg: unknown[]) => log(level, msg),
    child: (child: string, overrides?: { pattern?: string }) => teamsLogger(logger, `${name}/${child}`, quiet || Boolean(overrides?.pattern?.startsWith('-'))),
  };
}
