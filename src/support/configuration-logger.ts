import type { LoggingLevel } from '../config/schema.js';
import type { Logger } from '../ports/logger.js';

const silent = () => {};

/**
 * The logger for lines about one channel configuration's notifications, filtered by its
 * `loggingLevel` (docs/configuration.md): `NONE` writes nothing, `ERROR` only warnings and
 * errors (what could not be delivered, and why), `INFO` everything the service logger lets
 * through. Errors of the service itself belong on the service logger, not here.
 * `fields` (e.g. `{ configuration: name }`) are added to every line.
 */
export function forConfiguration(logger: Logger, loggingLevel: LoggingLevel, fields?: Record<string, unknown>): Logger {
  const bind =
    (write: Logger['info']): Logger['info'] =>
    (message, more) =>
      write.call(logger, message, fields ? { ...fields, ...more } : more);
  const debug = bind(logger.debug);
  const info = bind(logger.info);
  const warn = bind(logger.warn);
  const error = bind(logger.error);
  switch (loggingLevel) {
    case 'NONE':
      return { debug: silent, info: silent, warn: silent, error: silent };
    case 'ERROR':
      return { debug: silent, info: silent, warn, error };
    case 'INFO':
      return { debug, info, warn, error };
  }
}
