import type { LogLevel, Logger } from '../../src/ports/logger.js';

export interface LogLine {
  level: LogLevel;
  message: string;
  fields?: Record<string, unknown>;
}

/** A Logger that keeps what it was told, for tests to read. */
export class RecordingLogger implements Logger {
  readonly lines: LogLine[] = [];
  debug(message: string, fields?: Record<string, unknown>): void {
    this.lines.push({ level: 'debug', message, fields });
  }
  info(message: string, fields?: Record<string, unknown>): void {
    this.lines.push({ level: 'info', message, fields });
  }
  warn(message: string, fields?: Record<string, unknown>): void {
    this.lines.push({ level: 'warn', message, fields });
  }
  error(message: string, fields?: Record<string, unknown>): void {
    this.lines.push({ level: 'error', message, fields });
  }
  /** Warnings and errors, one readable line each: a test can assert there were none. */
  get warnings(): string[] {
    return this.lines.filter((l) => l.level === 'warn' || l.level === 'error').map((l) => `${l.message} ${JSON.stringify(l.fields)}`);
  }
}
