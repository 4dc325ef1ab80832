import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isLoopbackHost, isLoopbackUrl } from './loopback.js';
import { mockTenantConfig } from './mock-tenant.js';

const GUARD = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), 'network-guard.js')).href;

/**
 * Runs in a child under the guard. It stops before trying anything if the guard is not loaded,
 * so a broken guard can never send a packet. 192.0.2.1 is TEST-NET-1; .invalid never resolves.
 */
const PROBE = `
import net from 'node:net'; import dns from 'node:dns'; import http from 'node:http';
if (!globalThis[Symbol.for('aws-chatops.network-guard')]) { console.log(JSON.stringify({ guard: false })); process.exit(3); }
const outcome = (start) => new Promise((resolve) => start(resolve));
const server = http.createServer((_q, r) => r.end('local')).listen(0);
await new Promise((r) => server.once('listening', r));
const { address, port } = server.address();
const result = {
  guard: true,
  listensOn: address,
  tcp: await outcome((done) => net.connect(80, '192.0.2.1').once('error', (e) => done(e.code)).once('connect', () => done('connected'))),
  https: await outcome((done) => fetch('https://example.invalid/').then(() => done('answered'), (e) => done(e.cause?.code ?? e.message))),
  lookup: await outcome((done) => dns.lookup('example.invalid', (e) => done(e ? e.code : 'resolved'))),
  resolve: await outcome((done) => dns.resolve4('example.invalid', (e) => done(e ? e.code : 'resolved'))),
  loopback: await fetch('http://localhost:' + port + '/').then((r) => r.text()),
};
server.close();
console.log(JSON.stringify(result));
`;

describe('the Agents Playground network guard', () => {
  it('refuses every non-loopback attempt at once, logs it, and leaves loopback working', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'network-guard-'));
    const log = join(dir, 'guard.jsonl');
    const { stdout } = await promisify(execFile)(process.execPath, [`--import=${GUARD}`, '--input-type=module', '-e', PROBE], {
      env: { PATH: process.env.PATH, NETWORK_GUARD_LOG: log },
      timeout: 15_000,
    });
    assert.deepEqual(JSON.parse(stdout), { guard: true, listensOn: '127.0.0.1', tcp: 'ENETUNREACH', https: 'ENOTFOUND', lookup: 'ENOTFOUND', resolve: 'ECONNREFUSED', loopback: 'local' });
    const refused = readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { kind: string; host: string });
    rmSync(dir, { recursive: true, force: true });
    assert.deepEqual(
      refused.map((r) => `${r.kind} ${r.host}`),
      ['connect 192.0.2.1', 'connect example.invalid', 'lookup example.invalid', 'resolve example.invalid'],
    );
  });

  it('counts localhost, 127.0.0.0/8 and ::1 as loopback, and nothing else', () => {
    for (const host of ['localhost', 'LOCALHOST', 'app.localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]', '::ffff:127.0.0.1']) assert.ok(isLoopbackHost(host), host);
    for (const host of ['169.254.169.254', '10.0.0.1', '0.0.0.0', '::', 'example.com', 'localhost.example.com', '::ffff:10.0.0.1']) assert.ok(!isLoopbackHost(host), host);
    assert.ok(isLoopbackUrl('http://127.0.0.1:56150/_debug/ping'));
    assert.ok(isLoopbackUrl('ws://localhost:56150/_ws/log/stream'));
    assert.ok(!isLoopbackUrl('https://res-1.cdn.office.net/files/segoeui-regular.woff2'));
  });

  it('writes a mock tenant with exactly the five users the playground requires', () => {
    const config = mockTenantConfig() as { users: unknown[]; bot: { name: string }; team: { channels: { id: string }[] } };
    assert.equal(config.users.length, 5);
    assert.equal(config.bot.name, 'aws');
    assert.deepEqual(config.team.channels.map((c) => c.id), ['19:alerts@thread.tacv2']);
  });
});
