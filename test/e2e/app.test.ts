import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import type { Card } from '../../src/core/card.js';
import { checkSlackLimits } from '../../src/render/slack-limits.js';
import { validateAdaptiveCard } from '../support/adaptive-card-validator.js';
import { startRealApp, waitFor } from './app-harness.js';

interface MessageJson {
  id: string;
  threadId: string | null;
  from: string;
  text: string;
  card: Card | null;
  slack: { text: string; blocks: unknown[] } | null;
  teams: Record<string, unknown> | null;
}

/** Runs the CLI without blocking this process, which hosts the service under test. */
function cliAsync(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['dist/src/cli.js', ...args], { encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ status: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('the service as npm start runs it', function () {
  this.timeout(90_000);
  let app: Awaited<ReturnType<typeof startRealApp>>;
  const messages = async (): Promise<MessageJson[]> => (await (await fetch(`${app.url}/sandbox/api/channels/sandbox/messages`)).json()) as MessageJson[];

  before(async () => {
    app = await startRealApp();
  });
  after(async () => {
    await app?.close();
  });

  it('runs on the embedded defaults: PGlite and one sandbox channel subscribed to every topic', async () => {
    assert.equal(app.store.kind, 'pglite');
    assert.deepEqual(await (await fetch(`${app.url}/sandbox/api/channels`)).json(), [{ id: 'sandbox', name: 'sandbox' }]);
    assert.equal((await fetch(`${app.url}/healthz`)).status, 200);
  });

  it('delivers a test notification from chatops send-test, rendered for both platforms', async () => {
    const r = await cliAsync(['send-test', '--config', 'sandbox', '--sample', 'guardduty-finding', '--url', app.url]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Sent a test notification to "sandbox"/);
    const card = await waitFor('the GuardDuty card', async () => (await messages()).find((m) => m.card?.title.includes('SSH')));
    assert.equal(card.from, 'bot');
    assert.equal(card.card?.severity, 'high');
    assert.deepEqual(checkSlackLimits(card.slack as never), []);
    assert.deepEqual(validateAdaptiveCard(card.teams), []);
  });

  it('threads a second event about the same alarm under the first', async () => {
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${app.url}/api/test-notifications`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ configuration: 'sandbox', sample: 'cloudwatch-alarm' }) });
      assert.equal(res.status, 202);
    }
    const alarms = await waitFor('two alarm cards', async () => {
      const found = (await messages()).filter((m) => m.card?.title.startsWith('ALARM: web-prod-high-cpu'));
      return found.length === 2 ? found : undefined;
    });
    assert.equal(alarms[0]?.threadId, null);
    assert.equal(alarms[1]?.threadId, alarms[0]?.id);
  });

  it('answers "@aws help" in the thread with the help card', async () => {
    const res = await fetch(`${app.url}/sandbox/api/channels/sandbox/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: 'alice', text: '@aws help' }) });
    assert.equal(res.status, 202);
    const { id } = (await res.json()) as { id: string };
    const help = await waitFor('the help card', async () => (await messages()).find((m) => m.threadId === id && m.from === 'bot'));
    assert.equal(help.card?.title, 'aws-chatops help');
  });

  it('says clearly when a command is not available yet', async () => {
    const res = await fetch(`${app.url}/sandbox/api/channels/sandbox/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: 'bob', text: '@aws ask my-agent why is the build red' }) });
    const { id } = (await res.json()) as { id: string };
    const reply = await waitFor('the reply', async () => (await messages()).find((m) => m.threadId === id && m.from === 'bot'));
    assert.equal(reply.card?.title, 'Not available yet');
  });

  it('says where a test notification went: chatops trace, /api/trace and /metrics', async () => {
    const res = await fetch(`${app.url}/api/test-notifications`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ configuration: 'sandbox', sample: 'health-event' }) });
    const { notificationId } = (await res.json()) as { notificationId: string };
    const trace = await waitFor('the delivery', async () => {
      const t = (await (await fetch(`${app.url}/api/trace/${notificationId}`)).json()) as { steps: { step: string }[]; deliveries: { status: string; configuration: string }[] };
      return t.deliveries?.some((d) => d.status === 'sent') ? t : undefined;
    });
    assert.deepEqual(trace.deliveries.map((d) => d.configuration), ['sandbox']);
    assert.ok(trace.steps.some((s) => s.step === 'delivered'));
    const cli = await cliAsync(['trace', notificationId, '--url', app.url]);
    assert.equal(cli.status, 0, cli.stderr);
    assert.match(cli.stdout, /delivered/);
    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    assert.match(metrics, /chatops_deliveries_total\{configuration="sandbox",platform="sandbox",outcome="success"\} \d+/);
    assert.equal((await fetch(`${app.url}/readyz`)).status, 200);
  });

  it('answers a test notification for an unknown configuration with 404 and a coded error', async () => {
    const res = await fetch(`${app.url}/api/test-notifications`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ configuration: 'nope' }) });
    assert.equal(res.status, 404);
    const body = (await res.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'CONFIG_NOT_FOUND');
    const cli = await cliAsync(['send-test', '--config', 'nope', '--url', app.url]);
    assert.equal(cli.status, 1);
    assert.match(cli.stderr, /^CONFIG_NOT_FOUND: /);
  });

  it('shows every sample event as a valid card on both platforms', async () => {
    const samples = (await (await fetch(`${app.url}/sandbox/api/samples`)).json()) as { id: string }[];
    assert.ok(samples.length >= 5);
    const before = (await messages()).filter((x) => x.from === 'bot').length;
    for (const s of samples) {
      const res = await fetch(`${app.url}/api/test-notifications`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ configuration: 'sandbox', sample: s.id }) });
      assert.equal(res.status, 202, s.id);
    }
    const bot = await waitFor('every sample delivered', async () => {
      const list = (await messages()).filter((x) => x.from === 'bot');
      return list.length >= before + samples.length ? list : undefined;
    });
    for (const m of bot) {
      assert.deepEqual(validateAdaptiveCard(m.teams), [], m.card?.title);
      assert.deepEqual(checkSlackLimits(m.slack as never), [], m.card?.title);
    }
  });
});

describe('chatops send-test without a running service', () => {
  it('says where it looked and how to start the service', () => {
    const r = spawnSync(process.execPath, ['dist/src/cli.js', 'send-test', '--config', 'sandbox', '--url', 'http://127.0.0.1:9'], { encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^SEND_TEST_UNREACHABLE: No aws-chatops service answers at http:\/\/127\.0\.0\.1:9\. Start it with "npm start"/);
  });
});
