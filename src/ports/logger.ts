export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Structured logger. Fields must never hold secrets; `redact` in config/ strips known ones. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}
