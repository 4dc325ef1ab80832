import assert from 'node:assert/strict';
import { networkInterfaces } from 'node:os';
import { ChatOpsError } from '../../../src/core/errors.js';
import { startSandbox } from '../sandbox/support/sandbox-harness.js';
import type { SandboxHarness } from '../sandbox/support/sandbox-harness.js';

const ADMIN_TOKEN = 'a-long-random-admin-token';

describe('test notifications endpoint', () => {
  let sandbox: SandboxHarness;

  beforeEach(async () => {
    sandbox = await startSandbox({
      adminToken: ADMIN_TOKEN,
      host: '0.0.0.0',
      sendTestNotification: async (_chat, configuration) => {
        if (configuration !== 'prod-alerts') throw new ChatOpsError('CONFIG_NOT_FOUND', `There is no configuration "${configuration}".`);
        return { notificationId: 'n-42' };
      },
    });
  });
  afterEach(() => sandbox.close());

  const send = (body: unknown, headers: Record<string, string> = {}, base = `http://127.0.0.1:${sandbox.server.port}`) =>
    fetch(`${base}/api/test-notifications`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('sends a test notification for a caller on this machine', async () => {
    const res = await send({ configuration: 'prod-alerts', sample: 'cloudwatch/alarm' });
    assert.equal(res.status, 202);
    assert.deepEqual(await res.json(), { notificationId: 'n-42' });
    assert.deepEqual(await sandbox.testNotifications.next(), { configuration: 'prod-alerts', sample: 'cloudwatch/alarm' });
  });

  it('answers 404 CONFIG_NOT_FOUND for an unknown configuration', async () => {
    const res = await send({ configuration: 'nope' });
    assert.equal(res.status, 404);
    assert.deepEqual(await res.json(), { error: { code: 'CONFIG_NOT_FOUND', message: 'There is no configuration "nope".' } });
  });

  it('says which field is wrong in a bad body', async () => {
    const res = await send({ sample: 7 });
    assert.equal(res.status, 400);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    assert.equal(error.code, 'TEST_NOTIFICATION_BAD_REQUEST');
    assert.match(error.message, /configuration: is required/);
    assert.match(error.message, /sample: must be a string/);
  });

  it('refuses a forwarded request without the admin token', async () => {
    const res = await send({ configuration: 'prod-alerts' }, { 'x-forwarded-for': '203.0.113.9' });
    assert.equal(res.status, 403);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'ADMIN_FORBIDDEN');
    assert.equal(sandbox.testNotifications.received.length, 0);
  });

  it('refuses a forwarded request with a wrong token', async () => {
    const res = await send({ configuration: 'prod-alerts' }, { 'x-forwarded-for': '203.0.113.9', authorization: 'Bearer not-the-token' });
    assert.equal(res.status, 403);
  });

  it('accepts a forwarded request that carries the admin token', async () => {
    const res = await send({ configuration: 'prod-alerts' }, { 'x-forwarded-for': '203.0.113.9', authorization: `Bearer ${ADMIN_TOKEN}` });
    assert.equal(res.status, 202);
  });

  const external = Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;

  it('refuses a caller on another address without the token', async function () {
    if (!external) this.skip();
    const res = await send({ configuration: 'prod-alerts' }, {}, `http://${external}:${sandbox.server.port}`);
    assert.equal(res.status, 403);
    const withToken = await send({ configuration: 'prod-alerts' }, { authorization: `Bearer ${ADMIN_TOKEN}` }, `http://${external}:${sandbox.server.port}`);
    assert.equal(withToken.status, 202);
  });
});
