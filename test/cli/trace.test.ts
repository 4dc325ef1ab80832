import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { createHttpServer } from '../../src/adapters/http/server.js';
import type { ListeningHttpServer } from '../../src/adapters/http/server.js';
import { mountTrace } from '../../src/adapters/http/trace-route.js';
import { runTrace } from '../../src/cli/trace.js';
import { RecordingLogger } from '../support/recording-logger.js';
import { EVENT_ID, MESSAGE_ID, storeWithHistory } from '../adapters/http/support/delivery-history.js';

async function run(args: Parameters<typeof runTrace>[0], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runTrace(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env });
  return { code, stdout, stderr };
}

/** A port nothing listens on: bound, noted and released. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('chatops trace', () => {
  let server: ListeningHttpServer;

  before(async () => {
    const store = await storeWithHistory();
    const http = createHttpServer({ logger: new RecordingLogger(), closeGraceMs: 100, mounts: [(router) => mountTrace(router, { store })] });
    server = await http.listen(0, '127.0.0.1');
  });
  after(() => server.close());

  it('prints the timeline of an event and where each chat message went', async () => {
    const { code, stdout, stderr } = await run({ id: MESSAGE_ID, url: server.url });
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.equal(
      stdout,
      [
        `SNS message ${MESSAGE_ID} from arn:aws:sns:us-east-1:123456789012:prod-alarms: done`,
        `events: ${EVENT_ID}`,
        '',
        'times in UTC',
        '2026-11-23 10:00:01  received    kind=notification',
        '2026-11-23 10:00:01  verified    by="SNS signature"',
        `2026-11-23 10:00:02  recognised  event ${EVENT_ID}  source=aws.cloudwatch kind=alarm`,
        `2026-11-23 10:00:02  routed      prod-alerts  event ${EVENT_ID}`,
        `2026-11-23 10:00:02  routed      ops-teams  event ${EVENT_ID}`,
        `2026-11-23 10:00:03  delivered   prod-alerts  event ${EVENT_ID}  channel=C0123 chatMessageId=1700000000.000100`,
        `2026-11-23 10:05:00  dead        ops-teams  event ${EVENT_ID}  reason=CHAT_FORBIDDEN`,
        '',
        'delivered to prod-alerts → slack C0123 (message 1700000000.000100, thread 1699999000.000200)',
        'not delivered to ops-teams → teams 19:ops@thread.tacv2: dead after 8 tries: CHAT_FORBIDDEN: the bot is not a member of this conversation',
        '',
      ].join('\n'),
    );
  });

  it('prints the JSON of the trace with --json', async () => {
    const { code, stdout } = await run({ id: EVENT_ID, url: server.url, json: true });
    assert.equal(code, 0);
    const body = JSON.parse(stdout) as { messageId: string; deliveries: unknown[] };
    assert.equal(body.messageId, MESSAGE_ID);
    assert.equal(body.deliveries.length, 2);
  });

  it('says what is still waiting', async () => {
    const { code, stdout } = await run({ id: 'waiting-1', url: server.url });
    assert.equal(code, 0);
    assert.match(stdout, /^raw delivery for configuration prod-alerts$/m);
    assert.match(stdout, /^not delivered yet: the event is still being processed$/m);
  });

  it('exits 1 with a coded line for an unknown id', async () => {
    const { code, stdout, stderr } = await run({ id: 'no-such-message', url: server.url });
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /^TRACE_NOT_FOUND: Nothing was received with the MessageId or event id "no-such-message"\. Check the id/);
    assert.equal(stderr.split('\n').length, 2);
  });

  it('exits 1 with a coded line when no service answers', async () => {
    const { code, stderr } = await run({ id: MESSAGE_ID, url: `http://127.0.0.1:${await closedPort()}` });
    assert.equal(code, 1);
    assert.match(stderr, /^TRACE_UNREACHABLE: No aws-chatops service answers at http:\/\/127\.0\.0\.1:\d+\. Start it/);
  });

  it('asks for the id when none is given', async () => {
    const { code, stderr } = await run({ url: server.url });
    assert.equal(code, 1);
    assert.match(stderr, /^CLI_BAD_OPTION: /);
  });
});
