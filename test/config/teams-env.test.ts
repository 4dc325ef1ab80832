import assert from 'node:assert/strict';
import { ENV_NAMES, parseConfigText, readEnv } from '../../src/config/index.js';

describe('Teams environment variables', () => {
  it('keep SERVICE_URL, the Bot Connector for conversations with no stored reference', () => {
    assert.ok((ENV_NAMES as readonly string[]).includes('SERVICE_URL'));
    const { env, problems } = readEnv({ SERVICE_URL: 'http://localhost:56150/_connector' });
    assert.deepEqual(problems, []);
    assert.equal(env.teams.serviceUrl, 'http://localhost:56150/_connector');
    assert.equal(readEnv({}).env.teams.serviceUrl, undefined);
  });

  it('refuse a SERVICE_URL that is not an http(s) URL', () => {
    assert.deepEqual(readEnv({ SERVICE_URL: 'smba.trafficmanager.net' }).problems.map((p) => p.path), ['SERVICE_URL']);
  });

  it('do not warn that a Teams configuration will not deliver when Teams runs unauthenticated (the playground)', () => {
    const text = 'configurations:\n  - name: alerts\n    platform: teams\n    channelId: "19:alerts@thread.tacv2"\n    snsTopicArns: ["*"]\n';
    assert.ok(parseConfigText(text, { env: {} }).warnings.some((w) => /Teams is not configured/.test(w)));
    assert.ok(!parseConfigText(text, { env: { DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS: 'true' } }).warnings.some((w) => /will not deliver/.test(w)));
  });
});
