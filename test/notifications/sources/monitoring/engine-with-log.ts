import { NotificationEngine } from '../../../../src/notifications/engine.js';
import { RecordingLogger } from '../../../support/recording-logger.js';

export { RecordingLogger };

/** The real engine with a recording logger, so a test can say "no normaliser fell back". */
export function engineWithLog(): { engine: NotificationEngine; log: RecordingLogger } {
  const log = new RecordingLogger();
  return { engine: new NotificationEngine({ logger: log }), log };
}
