import type { LogLevel, Logger } from '../../ports/logger.js';

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface StreamLoggerOptions {
  level?: LogLevel;
  /** Applied to every line before it is written (removes secret values). */
  redact?: (text: string) => string;
  write?: (line: string) => void;
  /** JSON lines (for log collectors) or one readable line per event (default on a terminal). */
  format?: 'json' | 'text';
}

/** A Logger that writes one line per event to stderr (or `write`), with secrets redacted. */
export class StreamLogger implements Logger {
  private readonly min: number;
  private readonly redact: (text: string) => string;
  private readonly write: (line: string) => void;
  private readonly format: 'json' | 'text';

  constructor(options: StreamLoggerOptions = {}) {
    this.min = ORDER[options.level ?? 'info'];
    this.redact = options.redact ?? ((t) => t);
    this.write = options.write ?? ((line) => process.stderr.write(line + '\n'));
    this.format = options.format ?? (process.stderr.isTTY ? 'text' : 'json');
  }

  debug(message: string, fields?: Record<string, unknown>): void {
    this.log('debug', message, fields);
  }
  info(message: string, fields?: Record<string, unknown>): void {
    this.log('info', message, fields);
  }
  warn(message: string, fields?: Record<string, unknown>): void {
    this.log('warn', message, fields);
  }
  error(message: string, fields?: Record<string, unknown>): void {
    this.log('error', message, fields);
  }

  private log(level: LogLevel, message: string, fields?: Record<string, unknown>): void {
    if (ORDER[level] < this.min) return;
    const time = new Date().toISOString();
    const line =
      this.format === 'json'
        ? JSON.stringify({ time, level, message, ...fields })
        : `${time} ${level.toUpperCase().padEnd(5)} ${message}${fields && Object.keys(fields).length ? ' ' + JSON.stringify(fields) : ''}`;
    this.write(this.redact(line));
  }
}
