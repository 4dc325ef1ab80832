import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A free TCP port on loopback. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Concurrent senders of the burst. */
const SENDERS = 16;

interface Service {
  child: ChildProcess;
  url: string;
  log: string[];
}

/** `chatops start` as its own process, as an operator runs it. */
async function startService(configFile: string, dataDir: string, port: number): Promise<Service> {
  const log: string[] = [];
  const child = spawn(process.execPath, ['dist/src/cli.js', 'start', '--config', configFile, '--data-dir', dataDir, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH, LOG_LEVEL: 'warn' } });
  child.stdout?.on('data', (d: Buffer) => log.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => log.push(d.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 1200; i++) {
    if (child.exitCode !== null) throw new Error(`the service exited (${child.exitCode}): ${log.join('')}`);
    const ok = await fetch(`${url}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return { child, url, log };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`the service did not become ready: ${log.join('')}`);
}

interface TraceJson {
  steps: { step: string; configuration?: string; detail?: Record<string, unknown> }[];
  deliveries: { configuration: string; status: string; chatMessageId?: string; digestId?: string }[];
}

describe('crash recovery: kill -9 in the middle of a burst', function () {
  this.timeout(300_000);
  let first: Service | undefined;
  let second: Service | undefined;

  after(() => {
    first?.child.kill('SIGKILL');
    second?.child.kill('SIGKILL');
  });

  it('loses nothing and delivers nothing twice after a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chatops-crash-'));
    const configFile = join(dir, 'chatops.yml');
    writeFileSync(
      configFile,
      [
        'configurations:',
        '  - name: alerts',
        '    platform: sandbox',
        '    channelId: alerts',
        '    snsTopicArns: ["arn:aws:sns:us-east-1:123456789012:alerts"]',
        '  - name: audit',
        '    platform: sandbox',
        '    channelId: audit',
        '    threading: "off"',
        '    snsTopicArns: ["arn:aws:sns:us-east-1:123456789012:alerts"]',
      ].join('\n'),
    );
    const dataDir = join(dir, 'data');
    const port = await freePort();
    first = await startService(configFile, dataDir, port);

    // A burst from 16 concurrent senders. Every 202 means the event is in the inbox (durable);
    // the service is killed -9 half-way, with requests in flight and the pipeline busy.
    const ids: string[] = [];
    const samples = ['cloudwatch-alarm', 'guardduty-finding', 'health-event', 'codepipeline-failed', 'custom-notification', 'budget'];
    const total = 400;
    let next = 0;
    let killed = false;
    let deliveredAtKill = 0;
    const sender = async () => {
      while (!killed && next < total) {
        const n = next++;
        const body = JSON.stringify({ configuration: n % 2 ? 'alerts' : 'audit', sample: samples[n % samples.length] });
        const res = await fetch(`${first!.url}/api/test-notifications`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).catch(() => undefined);
        if (res?.status === 202) ids.push(((await res.json()) as { notificationId: string }).notificationId);
        if (!killed && ids.length >= total / 2) {
          killed = true;
          const before = await fetch(`${first!.url}/metrics`).then((r) => r.text(), () => '');
          deliveredAtKill = [...before.matchAll(/^chatops_deliveries_total\{[^}]*outcome="success"\} (\d+)/gm)].reduce((a, m) => a + Number(m[1]), 0);
          first!.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: SENDERS }, sender));
    await new Promise((r) => (first!.child.exitCode !== null || first!.child.signalCode !== null ? r(undefined) : first!.child.once('exit', r)));
    console.log(`      (killed with ${ids.length} events accepted, ${deliveredAtKill} chat messages sent)`);

    second = await startService(configFile, dataDir, port);
    const traces = new Map<string, TraceJson>();
    for (let i = 0; i < 900 && traces.size < ids.length; i++) {
      for (const id of ids) {
        if (traces.has(id)) continue;
        const res = await fetch(`${second.url}/api/trace/${id}`);
        if (res.status !== 200) continue;
        const t = (await res.json()) as TraceJson;
        if (t.deliveries.length > 0 && t.deliveries.every((d) => d.status === 'sent' || d.status === 'coalesced')) traces.set(id, t);
      }
      if (traces.size < ids.length) await new Promise((r) => setTimeout(r, 200));
    }
    assert.equal(traces.size, ids.length, `${ids.length - traces.size} events were not delivered after the restart`);

    // Exactly one chat message (or a place in one digest) per event per configuration.
    for (const [id, t] of traces) assert.equal(t.deliveries.length, 1, `event ${id} has ${t.deliveries.length} deliveries: ${JSON.stringify(t.deliveries)}`);
    const bot = async (channel: string) => ((await (await fetch(`${second!.url}/sandbox/api/channels/${channel}/messages`)).json()) as { id: string; from: string }[]).filter((m) => m.from === 'bot');
    for (const channel of ['alerts', 'audit']) {
      const messages = await bot(channel);
      const mine = [...traces.values()].flatMap((t) => t.deliveries).filter((d) => d.configuration === channel);
      const direct = mine.filter((d) => d.status === 'sent').map((d) => d.chatMessageId);
      const digests = new Set(mine.filter((d) => d.status === 'coalesced').map((d) => d.digestId));
      assert.equal(new Set(direct).size, direct.length, 'no chat message is shared by two events');
      // Requests in flight at the kill may have been stored without their 202 reaching us: those
      // are delivered too (SNS would retry them and find them stored), so at most one per sender
      // can show up beyond what the acknowledged events account for.
      const extra = messages.length - (direct.length + digests.size);
      assert.ok(extra >= 0 && extra <= SENDERS, `channel ${channel}: ${messages.length} chat messages for ${direct.length} events sent alone and ${digests.size} digests`);
    }
  });
});
