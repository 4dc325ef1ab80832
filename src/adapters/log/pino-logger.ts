import { pino } from 'pino';
import type { LogLevel, Logger } from '../../ports/logger.js';
import { safeFields } from './safe-fields.js';
import { jsonLineToText } from './text-line.js';

/** Where log lines go: anything with `write(line)`; each call receives one line ending in "\n". */
export interface LogDestination {
  write(line: string): unknown;
}

export interface PinoLoggerOptions {
  /** The lowest level written. Default `info`. */
  level?: LogLevel;
  /** Removes secret values from a text (config/redact.ts `makeRedactor(config)`). */
  redact?: (text: string) => string;
  /** Default: standard error, written synchronously so no line is lost when the process dies. */
  destination?: LogDestination;
  /**
   * `json` (one JSON object per line, for log collectors) or `text` (one readable line). Default:
   * `text` when writing to standard error on a terminal, `json` otherwise.
   */
  format?: 'json' | 'text';
}

/**
 * The Logger port on pino: JSON lines `{"level":"info","time":"<ISO>","pid":…,"hostname":…,"msg":…,…fields}`.
 * Secrets are removed twice: from the message and every field value and key before
 * serialisation, and from the finished line before it is written.
 */
export function createPinoLogger(options: PinoLoggerOptions = {}): Logger {
  const redact = options.redact ?? ((text: string) => text);
  const sink: LogDestination = options.destination ?? pino.destination({ dest: 2, sync: true });
  const format = options.format ?? (!options.destination && process.stderr.isTTY ? 'text' : 'json');
  const stream = {
    write(line: string) {
      const safe = redact(line);
      sink.write(format === 'text' ? jsonLineToText(safe) : safe);
    },
  };
  const base = pino(
    {
      level: options.level ?? 'info',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    stream,
  );
  const at =
    (level: LogLevel) =>
    (message: string, fields?: Record<string, unknown>): void => {
      if (!base.isLevelEnabled(level)) return;
      // The message travels as the `msg` field, so pino never applies printf-style `%s` formatting to it.
      base[level]({ msg: redact(message), ...safeFields(fields, redact) });
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
