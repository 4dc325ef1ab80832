import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mountAudit } from '../../src/adapters/http/audit-route.js';
import { createHttpServer } from '../../src/adapters/http/server.js';
import { openStore } from '../../src/adapters/store/open-store.js';
import { runAudit } from '../../src/cli/audit.js';
import type { AuditEntry, NewAuditEntry } from '../../src/ports/permissions.js';
import { createTestDatabase, postgresTestUrl, type TestDatabase } from '../adapters/store/postgres-test-database.js';
import { startRealApp } from '../e2e/app-harness.js';
import { RecordingLogger } from '../support/recording-logger.js';

const NOW = new Date('2026-12-06T12:00:00.000Z');

const HISTORY: NewAuditEntry[] = [
  { at: '2026-11-20T09:00:00.000Z', kind: 'command', platform: 'slack', workspaceId: 'T0001', channelId: 'C0123', userId: 'U-ALICE', userName: 'alice', accountId: '123456789012', roleArn: 'arn:aws:iam::123456789012:role/ReadOnly', command: 'ec2 describe-instances', decision: 'allowed', resultCode: 'ok', durationMs: 412 },
  { at: '2026-12-06T09:30:00.000Z', kind: 'denial', platform: 'teams', workspaceId: 'tenant-1', channelId: '19:ops@thread.tacv2', userId: 'aad-bob', userName: 'Bob', command: 'iam create-user --user-name mallory', decision: 'denied', policy: 'deny list: iam:CreateUser is never run from chat', resultCode: 'denied' },
  { at: '2026-12-06T11:00:00.000Z', kind: 'click', platform: 'slack', workspaceId: 'T0001', channelId: 'C0123', userId: 'U-ALICE', userName: 'alice', accountId: '123456789012', command: 'Stop instance i-0abc', decision: 'confirmed', resultCode: 'ok', durationMs: 1200 },
];

interface Where {
  args: string[];
  env: NodeJS.ProcessEnv;
}

async function run(where: Where, args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runAudit([...args, ...where.args], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: where.env, cwd: tmpdir(), clock: { now: () => NOW } });
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

/** The environment of a machine where no service runs: PORT names a port nobody listens on. */
const noService = async (env: NodeJS.ProcessEnv = {}): Promise<NodeJS.ProcessEnv> => ({ ...env, PORT: String(await closedPort()) });

/** An embedded database under a new data directory, holding HISTORY; closed again. */
async function dataDirWithHistory(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'chatops-audit-cli-'));
  const store = await openStore({ dataDir: join(dir, 'pglite') });
  for (const entry of HISTORY) await store.audit.append(entry);
  await store.close();
  return dir;
}

const jsonLines = (stdout: string) => stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as AuditEntry);

function auditSuite(name: string, setUp: (ctx: Mocha.Context) => Promise<{ where: Where; destroy: () => Promise<void> }>) {
  describe(`chatops audit: ${name}`, function () {
    this.timeout(120_000);
    let where: Where;
    let destroy: (() => Promise<void>) | undefined;

    before(async function () {
      ({ where, destroy } = await setUp(this));
    });
    after(() => destroy?.());

    it('lists every entry, oldest first, as a table', async () => {
      const { code, stdout, stderr } = await run(where, []);
      assert.equal(stderr, '');
      assert.equal(code, 0);
      assert.equal(
        stdout,
        [
          'time (UTC)           kind     user             channel                             account       role      decision   result    ms  command',
          '2026-11-20 09:00:00  command  alice (U-ALICE)  slack T0001/C0123                   123456789012  ReadOnly  allowed    ok       412  ec2 describe-instances',
          '2026-12-06 09:30:00  denial   Bob (aad-bob)    teams tenant-1/19:ops@thread.tacv2  -             -         denied     denied     -  iam create-user --user-name mallory',
          '    policy: deny list: iam:CreateUser is never run from chat',
          '2026-12-06 11:00:00  click    alice (U-ALICE)  slack T0001/C0123                   123456789012  -         confirmed  ok      1200  Stop instance i-0abc',
          '',
        ].join('\n'),
      );
    });

    it('prints one JSON entry per line with --json, for a SIEM', async () => {
      const { code, stdout } = await run(where, ['--json']);
      assert.equal(code, 0);
      const entries = jsonLines(stdout);
      assert.deepEqual(entries.map(({ id: _id, ...rest }) => rest), HISTORY);
      assert.ok(entries.every((e, i) => i === 0 || e.id > entries[i - 1]!.id));
    });

    it('keeps the entries of the last 24 hours with --since 24h', async () => {
      const { stdout } = await run(where, ['--since', '24h', '--json']);
      assert.deepEqual(jsonLines(stdout).map((e) => e.at), ['2026-12-06T09:30:00.000Z', '2026-12-06T11:00:00.000Z']);
    });

    it('takes an ISO time for --since', async () => {
      const { stdout } = await run(where, ['--since', '2026-12-06T10:00:00Z', '--json']);
      assert.deepEqual(jsonLines(stdout).map((e) => e.kind), ['click']);
    });

    it('finds a user by id or by name with --user', async () => {
      assert.deepEqual(jsonLines((await run(where, ['--user', 'U-ALICE', '--json'])).stdout).map((e) => e.kind), ['command', 'click']);
      assert.deepEqual(jsonLines((await run(where, ['--user', 'bob', '--json'])).stdout).map((e) => e.kind), ['denial']);
    });

    it('gives the newest entries with --limit, oldest first', async () => {
      const { stdout } = await run(where, ['--limit', '2', '--json']);
      assert.deepEqual(jsonLines(stdout).map((e) => e.kind), ['denial', 'click']);
    });

    it('says so when nothing matches', async () => {
      const { code, stdout } = await run(where, ['--user', 'nobody']);
      assert.equal(code, 0);
      assert.equal(stdout, 'No audit entries match.\n');
      assert.equal((await run(where, ['--user', 'nobody', '--json'])).stdout, '');
    });
  });
}

auditSuite('the embedded database under --data-dir, when no service runs', async () => {
  const dir = await dataDirWithHistory();
  return { where: { args: ['--data-dir', dir], env: await noService() }, destroy: () => rm(dir, { recursive: true, force: true }) };
});

auditSuite('PostgreSQL from DATABASE_URL', async (ctx) => {
  const database: TestDatabase = await createTestDatabase(postgresTestUrl(ctx));
  const store = await openStore({ databaseUrl: database.url });
  for (const entry of HISTORY) await store.audit.append(entry);
  await store.close();
  return { where: { args: [], env: await noService({ DATABASE_URL: database.url }) }, destroy: () => database.drop() };
});

// The service holds the embedded database's lock: opening the store would fail with STORE_LOCKED,
// so every listing below comes from GET /api/audit, found at 127.0.0.1:$PORT as `chatops trace` finds it.
auditSuite('the running service, which holds the embedded database', async () => {
  const app = await startRealApp();
  for (const entry of HISTORY) await app.store.audit.append(entry);
  const dir = app.config.server.dataDir;
  await assert.rejects(openStore({ dataDir: join(dir, 'pglite') }), { code: 'STORE_LOCKED' });
  return { where: { args: ['--data-dir', dir], env: { PORT: String(app.port) } }, destroy: () => app.close().then(() => rm(dir, { recursive: true, force: true })) };
});

auditSuite('the running service named by --url', async () => {
  const app = await startRealApp();
  for (const entry of HISTORY) await app.store.audit.append(entry);
  return { where: { args: ['--url', `${app.url}/`], env: await noService() }, destroy: () => app.close().then(() => rm(app.config.server.dataDir, { recursive: true, force: true })) };
});

describe('chatops audit: finding the service or the store', function () {
  this.timeout(120_000);
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function serving(mount: Parameters<typeof mountAudit>[1] | undefined) {
    const http = createHttpServer({ logger: new RecordingLogger(), closeGraceMs: 100, mounts: mount ? [(router) => mountAudit(router, mount)] : [] });
    const server = await http.listen(0, '127.0.0.1');
    cleanups.push(() => server.close());
    return server;
  }

  it('says what to do when no service answers and the embedded database is locked by another process', async () => {
    const dir = await dataDirWithHistory();
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const holder = await openStore({ dataDir: join(dir, 'pglite') });
    cleanups.push(() => holder.close());
    const env = await noService();
    const { code, stdout, stderr } = await run({ args: ['--data-dir', dir], env }, []);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.equal(
      stderr,
      `AUDIT_UNREACHABLE: No aws-chatops service answers at http://127.0.0.1:${env.PORT}, and the embedded database in ${join(dir, 'pglite')} is in use by process ${process.pid}. ` +
        'If that process is the service, give its address with --url URL (or set PORT to its port, and CHATOPS_ADMIN_TOKEN if it asks for one); otherwise stop it and run chatops audit again.\n',
    );
  });

  it('does not open the store when the service named by --url does not answer', async () => {
    const dir = await dataDirWithHistory();
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const port = await closedPort();
    const { code, stdout, stderr } = await run({ args: ['--data-dir', dir, '--url', `http://127.0.0.1:${port}`], env: {} }, []);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.equal(stderr, `AUDIT_UNREACHABLE: No aws-chatops service answers at http://127.0.0.1:${port}. Start it with "npm start" (or "chatops start"), or give its address with --url.\n`);
  });

  it('reads the store when the service is older than the audit endpoint', async () => {
    const dir = await dataDirWithHistory();
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const older = await serving(undefined);
    const { code, stdout, stderr } = await run({ args: ['--data-dir', dir, '--json'], env: { PORT: String(older.port) } }, []);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.equal(jsonLines(stdout).length, HISTORY.length);
  });

  it("passes on the service's coded error instead of guessing", async () => {
    const failing = await serving({ audit: { list: () => Promise.reject(new Error('disk full')) } });
    const { code, stdout, stderr } = await run({ args: [], env: { PORT: String(failing.port) } }, []);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.equal(stderr, 'AUDIT_UNAVAILABLE: The audit log could not be read from the store. Try again; if it keeps failing, check /readyz and the server log.\n');
  });

  it('sends the filters to the service, --since as an ISO time from the local clock', async () => {
    const asked: unknown[] = [];
    const service = await serving({ audit: { list: async (query) => (asked.push(query), []) } });
    const { code, stdout } = await run({ args: ['--since', '2h', '--user', 'alice', '--limit', '5'], env: { PORT: String(service.port) } }, []);
    assert.equal(code, 0);
    assert.equal(stdout, 'No audit entries match.\n');
    assert.deepEqual(asked, [{ since: '2026-12-06T10:00:00.000Z', user: 'alice', limit: 5 }]);
  });
});

describe('chatops audit: mistakes', () => {
  const mistakes: [string[], RegExp][] = [
    [['--since', 'yesterday'], /^CLI_BAD_OPTION: --since takes an ISO time such as 2026-12-06T10:00:00Z or a duration such as 24h or 7d \(got "yesterday"\)\./],
    [['--since', '2026-13-45'], /^CLI_BAD_OPTION: --since takes/],
    [['--limit', 'ten'], /^CLI_BAD_OPTION: --limit must be a whole number of entries, 1 or more \(got "ten"\)\./],
    [['--limit', '0'], /^CLI_BAD_OPTION: --limit must be/],
    [['--user', ' '], /^CLI_BAD_OPTION: --user needs a user id or name\./],
    [['--colour'], /^CLI_BAD_OPTION: Unknown option '--colour'/],
    [['--user'], /^CLI_BAD_OPTION: Option '--user <value>' argument missing/],
    [['alice'], /^CLI_BAD_OPTION: Unexpected argument 'alice'/],
    [['--url', 'localhost:3978'], /^CLI_BAD_OPTION: --url must be the service's address, such as http:\/\/127\.0\.0\.1:3978 \(got "localhost:3978"\)\./],
  ];
  for (const [args, message] of mistakes) {
    it(`refuses ${args.join(' ')} with exit 2 and one coded line`, async () => {
      const { code, stdout, stderr } = await run({ args: [], env: {} }, args);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, message);
      assert.match(stderr, /usage: chatops audit /);
      assert.equal(stderr.split('\n').length, 2);
    });
  }

  it('says where it looked when there is no database, without making one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chatops-audit-cli-'));
    try {
      const { code, stderr } = await run({ args: ['--data-dir', dir], env: await noService() }, []);
      assert.equal(code, 1);
      assert.equal(stderr, `AUDIT_NO_DATABASE: There is no embedded database in ${join(dir, 'pglite')}. Give the data directory the service uses (--data-dir DIR or --config FILE), or set DATABASE_URL.\n`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is a command of the chatops CLI (exit 2 for a bad option)', () => {
    const result = spawnSync(process.execPath, ['dist/src/cli.js', 'audit', '--limit', 'none'], { encoding: 'utf8' });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^CLI_BAD_OPTION: --limit must be/);
  });
});
