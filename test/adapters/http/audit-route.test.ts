import assert from 'node:assert/strict';
import { mountAudit } from '../../../src/adapters/http/audit-route.js';
import { createHttpServer } from '../../../src/adapters/http/server.js';
import type { ListeningHttpServer } from '../../../src/adapters/http/server.js';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import type { AuditEntry, AuditStore, NewAuditEntry } from '../../../src/ports/permissions.js';
import { RecordingLogger } from '../../support/recording-logger.js';

const ADMIN_TOKEN = 'audit-admin-token-0123456789';

const HISTORY: NewAuditEntry[] = [
  { at: '2026-11-20T09:00:00.000Z', kind: 'command', platform: 'slack', workspaceId: 'T0001', channelId: 'C0123', userId: 'U-ALICE', userName: 'alice', accountId: '123456789012', command: 'ec2 describe-instances', decision: 'allowed', resultCode: 'ok', durationMs: 412 },
  { at: '2026-12-06T09:30:00.000Z', kind: 'denial', platform: 'teams', workspaceId: 'tenant-1', channelId: '19:ops@thread.tacv2', userId: 'aad-bob', userName: 'Bob', command: 'iam create-user --user-name mallory', decision: 'denied', policy: 'deny list: iam:CreateUser is never run from chat', resultCode: 'denied' },
  { at: '2026-12-06T11:00:00.000Z', kind: 'click', platform: 'slack', workspaceId: 'T0001', channelId: 'C0123', userId: 'U-ALICE', userName: 'alice', command: 'Stop instance i-0abc', decision: 'confirmed', resultCode: 'ok', durationMs: 1200 },
];

type ErrorBody = { error: { code: string; message: string; nextStep?: string } };

async function serve(audit: Pick<AuditStore, 'list'>): Promise<ListeningHttpServer> {
  const http = createHttpServer({ logger: new RecordingLogger(), closeGraceMs: 100, mounts: [(router) => mountAudit(router, { audit, adminToken: ADMIN_TOKEN })] });
  return http.listen(0, '127.0.0.1');
}

const entriesOf = (text: string) => text.trimEnd().split('\n').filter(Boolean).map((line) => JSON.parse(line) as AuditEntry);

describe('audit log endpoint', () => {
  let server: ListeningHttpServer;
  const list = (query = '', headers: Record<string, string> = {}) => fetch(`${server.url}/api/audit${query}`, { headers });

  before(async () => {
    const store = createMemoryStore();
    for (const entry of HISTORY) await store.audit.append(entry);
    server = await serve(store.audit);
  });
  after(() => server.close());

  it('answers every entry as JSON lines, oldest first, one entry per line', async () => {
    const res = await list();
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/x-ndjson; charset=utf-8');
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const text = await res.text();
    assert.ok(text.endsWith('}\n'));
    const entries = entriesOf(text);
    assert.deepEqual(entries.map(({ id: _id, ...rest }) => rest), HISTORY);
    assert.ok(entries.every((e, i) => i === 0 || e.id > entries[i - 1]!.id));
  });

  it('keeps the entries at or after "since"', async () => {
    const entries = entriesOf(await (await list('?since=2026-12-06T09:30:00Z')).text());
    assert.deepEqual(entries.map((e) => e.kind), ['denial', 'click']);
  });

  it('finds a user by id or by name', async () => {
    assert.deepEqual(entriesOf(await (await list('?user=U-ALICE')).text()).map((e) => e.kind), ['command', 'click']);
    assert.deepEqual(entriesOf(await (await list('?user=bob')).text()).map((e) => e.kind), ['denial']);
  });

  it('gives the newest entries up to "limit", oldest first', async () => {
    assert.deepEqual(entriesOf(await (await list('?limit=2')).text()).map((e) => e.kind), ['denial', 'click']);
  });

  it('combines the filters', async () => {
    assert.deepEqual(entriesOf(await (await list('?since=2026-12-01T00:00:00Z&user=alice&limit=5')).text()).map((e) => e.kind), ['click']);
  });

  it('answers an empty body when nothing matches', async () => {
    const res = await list('?user=nobody');
    assert.equal(res.status, 200);
    assert.equal(await res.text(), '');
  });

  const refusals: [string, RegExp][] = [
    ['?since=yesterday', /"since" must be an ISO time/],
    ['?limit=0', /"limit" must be a whole number/],
    ['?limit=ten', /"limit" must be a whole number/],
    ['?user=%20', /"user" must be a user id or name/],
    ['?usr=alice', /Unknown filter "usr"/],
    ['?user=alice&user=bob', /Give "user" once/],
  ];
  for (const [query, message] of refusals) {
    it(`refuses ${query} with 400 AUDIT_BAD_REQUEST rather than listing more than was asked`, async () => {
      const res = await list(query);
      assert.equal(res.status, 400);
      const { error } = (await res.json()) as ErrorBody;
      assert.equal(error.code, 'AUDIT_BAD_REQUEST');
      assert.match(error.message, message);
      assert.ok(error.nextStep);
    });
  }

  it('refuses a forwarded request without the admin token', async () => {
    const res = await list('', { 'x-forwarded-for': '203.0.113.9' });
    assert.equal(res.status, 403);
    const { error } = (await res.json()) as ErrorBody;
    assert.equal(error.code, 'ADMIN_FORBIDDEN');
    assert.ok(error.nextStep);
  });

  it('refuses a forwarded request with a wrong token', async () => {
    const res = await list('', { 'x-forwarded-for': '203.0.113.9', authorization: 'Bearer not-the-token' });
    assert.equal(res.status, 403);
    assert.equal(((await res.json()) as ErrorBody).error.code, 'ADMIN_FORBIDDEN');
  });

  it('answers a forwarded request that carries the admin token', async () => {
    const res = await list('?limit=1', { 'x-forwarded-for': '203.0.113.9', authorization: `Bearer ${ADMIN_TOKEN}` });
    assert.equal(res.status, 200);
    assert.deepEqual(entriesOf(await res.text()).map((e) => e.kind), ['click']);
  });

  it('answers 503 AUDIT_UNAVAILABLE when the store fails, without its words', async () => {
    const broken = await serve({ list: () => Promise.reject(new Error('connection terminated: secret-host:5432')) });
    try {
      const res = await fetch(`${broken.url}/api/audit`);
      assert.equal(res.status, 503);
      const text = await res.text();
      assert.equal((JSON.parse(text) as ErrorBody).error.code, 'AUDIT_UNAVAILABLE');
      assert.doesNotMatch(text, /secret-host/);
    } finally {
      await broken.close();
    }
  });
});
