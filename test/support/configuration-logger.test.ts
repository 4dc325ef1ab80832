import assert from 'node:assert/strict';
import { forConfiguration } from '../../src/support/configuration-logger.js';
import { RecordingLogger } from './recording-logger.js';

function logEveryLevel(loggingLevel: 'ERROR' | 'INFO' | 'NONE') {
  const service = new RecordingLogger();
  const logger = forConfiguration(service, loggingLevel, { configuration: 'prod-alerts' });
  logger.debug('rendered');
  logger.info('delivered');
  logger.warn('retrying', { attempt: 2 });
  logger.error('dead-lettered');
  return service.lines;
}

describe("a channel configuration's logging level", () => {
  it('INFO logs every notification line', () => {
    assert.deepEqual(
      logEveryLevel('INFO').map((l) => l.message),
      ['rendered', 'delivered', 'retrying', 'dead-lettered'],
    );
  });

  it('ERROR logs only what went wrong', () => {
    assert.deepEqual(
      logEveryLevel('ERROR').map((l) => [l.level, l.message]),
      [
        ['warn', 'retrying'],
        ['error', 'dead-lettered'],
      ],
    );
  });

  it('NONE logs nothing about the configuration', () => {
    assert.deepEqual(logEveryLevel('NONE'), []);
  });

  it('names the configuration on every line, next to the fields given', () => {
    const warn = logEveryLevel('ERROR')[0]!;
    assert.deepEqual(warn.fields, { configuration: 'prod-alerts', attempt: 2 });
  });
});
