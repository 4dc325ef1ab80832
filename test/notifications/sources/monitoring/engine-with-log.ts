import type { Logger } from '../../../../src/ports/logger.js';
import { NotificationEngine } from '../../../../src/notifications/engine.js';

/** A logger that keeps what it is told, so a test can say "no normaliser fell back". */
export class RecordingLogger implements Logger {
  readonly lines: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
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
  get warnings(): string[] {
    return this.lines.filter((l) => l.level === 'warn' || l.level === 'error').map((l) => `${l.message} ${JSON.stringify(l.fields)}`);
  }
}

export function engineWithLog(): { engine: NotificationEngine; log: RecordingLogger } {
  const log = new RecordingLogger();
  return { engine: new NotificationEngine({ logger: log }), log };
}
