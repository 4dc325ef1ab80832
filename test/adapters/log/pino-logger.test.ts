import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, makeRedactor } from '../../../src/config/index.js';
import { createPinoLogger } from '../../../src/adapters/log/pino-logger.js';
import type { PinoLoggerOptions } from '../../../src/adapters/log/pino-logger.js';

/** A logger writing into an array, and the lines parsed as JSON. */
function capture(options: Omit<PinoLoggerOptions, 'destination'> = {}) {
  const lines: string[] = [];
  const logger = createPinoLogger({ ...options, destination: { write: (line) => lines.push(line) } });
  return { logger, lines, records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('pino logger', () => {
  it('writes one JSON object per line with level, time, msg and the fields', () => {
    const { logger, lines, records } = capture();
    logger.info('notification delivered', { configuration: 'prod-alerts', attempts: 2, nested: { channel: 'C0123' } });
    assert.equal(lines.length, 1);
    assert.ok(lines[0]!.endsWith('\n'));
    const [record] = records();
    assert.equal(record!.level, 'info');
    assert.equal(record!.msg, 'notification delivered');
    assert.match(String(record!.time), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.equal(record!.configuration, 'prod-alerts');
    assert.equal(record!.attempts, 2);
    assert.deepEqual(record!.nested, { channel: 'C0123' });
  });

  it('writes nothing below its level', () => {
    const { logger, records } = capture({ level: 'warn' });
    logger.debug('debug line');
    logger.info('info line');
    logger.warn('warn line');
    logger.error('error line');
    assert.deepEqual(
      records().map((r) => [r.level, r.msg]),
      [
        ['warn', 'warn line'],
        ['error', 'error line'],
      ],
    );
  });

  it('writes an error field as type, message and stack', () => {
    const { logger, records } = capture();
    const error = Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' });
    logger.error('store unavailable', { error });
    const logged = records()[0]!.error as Record<string, unknown>;
    assert.equal(logged.type, 'Error');
    assert.equal(logged.message, 'connection refused');
    assert.equal(logged.code, 'ECONNREFUSED');
    assert.match(String(logged.stack), /connection refused/);
  });

  it('keeps its own keys when a field has the same name', () => {
    const { logger, records } = capture();
    logger.info('hello', { level: 'custom', msg: 'not the message' });
    const [record] = records();
    assert.equal(record!.level, 'info');
    assert.equal(record!.msg, 'hello');
    assert.equal(record!.level_, 'custom');
    assert.equal(record!.msg_, 'not the message');
  });

  it('leaves printf-style placeholders in a message alone', () => {
    const { logger, records } = capture();
    logger.info('rate is 100%s per %d', { n: 1 });
    assert.equal(records()[0]!.msg, 'rate is 100%s per %d');
  });

  describe('with the redactor of a loaded configuration', () => {
    // Quotes and backslashes would be escaped in JSON, so a search of the finished line alone would miss them.
    const ADMIN_TOKEN = 'admin-"token"\\with-quotes-0123456789';
    const SLACK_LIKE = 'xoxb-1234567890-abcdefghij';
    let cwd: string;
    let redact: (text: string) => string;

    before(() => {
      cwd = mkdtempSync(join(tmpdir(), 'chatops-log-'));
      redact = makeRedactor(loadConfig({ cwd, env: { CHATOPS_ADMIN_TOKEN: ADMIN_TOKEN } }));
    });
    after(() => rmSync(cwd, { recursive: true, force: true }));

    it('removes a secret from the message, field values, field names and errors', () => {
      const { logger, lines, records } = capture({ redact });
      logger.warn(`token ${ADMIN_TOKEN} was refused`, {
        header: `Bearer ${ADMIN_TOKEN}`,
        nested: { list: [ADMIN_TOKEN, SLACK_LIKE] },
        [ADMIN_TOKEN]: 'as a key',
        error: new Error(`bad token ${ADMIN_TOKEN}`),
      });
      const text = lines.join('');
      assert.ok(!text.includes('admin-'), text);
      assert.ok(!text.includes(JSON.stringify(ADMIN_TOKEN).slice(1, -1)), text);
      assert.ok(!text.includes(SLACK_LIKE), text);
      const [record] = records();
      assert.equal(record!.msg, 'token [redacted:secret] was refused');
      assert.equal(record!.header, 'Bearer [redacted:secret]');
      assert.deepEqual(record!.nested, { list: ['[redacted:secret]', '[redacted:slack-token]'] });
      assert.equal(record!['[redacted:secret]'], 'as a key');
      assert.equal((record!.error as { message: string }).message, 'bad token [redacted:secret]');
    });
  });

  it('writes a readable line in text format', () => {
    const lines: string[] = [];
    const logger = createPinoLogger({ format: 'text', destination: { write: (l) => lines.push(l) } });
    logger.info('aws-chatops is running', { url: 'http://localhost:3978' });
    assert.match(lines[0]!, /^\d\d:\d\d:\d\d\.\d{3} INFO {2}aws-chatops is running \{"url":"http:\/\/localhost:3978"\}\n$/);
  });
});
