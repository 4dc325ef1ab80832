import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StreamLogger } from '../../src/adapters/log/stream-logger.js';
import { parseConfigText } from '../../src/config/index.js';
import { startApp } from '../../src/main.js';
import { waitFor } from './app-harness.js';
import { openStore } from '../../src/adapters/store/open-store.js';
import { createTestDatabase, postgresTestUrl } from '../adapters/store/postgres-test-database.js';
import type { TestDatabase } from '../adapters/store/postgres-test-database.js';
import type { RunningApp } from '../../src/main.js';
import type { SubscriptionConfirmer } from '../../src/ports/sns.js';
import { fixturePath, readFixture } from '../support/fixtures.js';
import { TEST_CERT_URL, createSigningIdentity, notificationFields, signEnvelope, subscriptionFields } from '../support/sns-signing.js';

const ALARMS = 'arn:aws:sns:us-east-2:111122223333:chatops-test';

class RecordingConfirmer implements SubscriptionConfirmer {
  readonly urls: string[] = [];
  async confirm(url: string): Promise<void> {
    this.urls.push(url);
  }
}

for (const storeKind of ['pglite', 'postgres'] as const)
describe(`SNS intake on the running service (${storeKind})`, function () {
  this.timeout(90_000);
  let app: RunningApp;
  let database: TestDatabase | undefined;
  const confirmer = new RecordingConfirmer();
  const identity = createSigningIdentity();

  before(async function () {
    const store = storeKind === 'postgres' ? await openStore({ databaseUrl: (database = await createTestDatabase(postgresTestUrl(this))).url }) : undefined;
    // Certificates pre-loaded from a directory, as on a host without outbound HTTPS.
    const certs = mkdtempSync(join(tmpdir(), 'chatops-certs-'));
    copyFileSync(fixturePath('sns/notification-sigv2-sha256-hello-world.pem'), join(certs, 'SimpleNotificationService-7ff5318490ec183fbaddaa2a969abfda.pem'));
    writeFileSync(join(certs, TEST_CERT_URL.split('/').pop()!), identity.certificatePem);
    const config = parseConfigText(
      `configurations:
  - name: alarms
    platform: sandbox
    channelId: alarms
    snsTopicArns: ["${ALARMS}"]
  - name: everything
    platform: sandbox
    channelId: everything
    snsTopicArns: ["*"]
`,
      { env: {}, overrides: { server: { port: 0, host: '127.0.0.1', dataDir: mkdtempSync(join(tmpdir(), 'chatops-sns-')) }, sns: { certificateDir: certs } } },
    );
    app = await startApp({ config, confirmer, store, logger: new StreamLogger({ write: () => undefined }) });
  });
  after(async () => {
    await app?.close();
    await database?.drop();
  });

  const post = (body: string, headers: Record<string, string> = {}) => fetch(`${app.url}/sns`, { method: 'POST', headers: { 'content-type': 'text/plain; charset=UTF-8', 'x-amz-sns-message-type': 'Notification', ...headers }, body });
  const messages = async (channel: string) => (await (await fetch(`${app.url}/sandbox/api/channels/${channel}/messages`)).json()) as { from: string; card: { title: string; severity: string } | null }[];

  it('accepts the real signed SNS envelopes (signature versions 1 and 2) and delivers them once', async () => {
    for (const f of ['sns/notification-sigv1-sha1-hello-world.json', 'sns/notification-sigv2-sha256-hello-world.json']) {
      const res = await post(readFixture(f).toString());
      assert.equal(res.status, 200, await res.clone().text());
    }
    // SNS may deliver the same message again: it is stored and delivered once.
    const again = await post(readFixture('sns/notification-sigv2-sha256-hello-world.json').toString());
    assert.equal(((await again.json()) as { result: string }).result, 'duplicate');
    const cards = await waitFor('the card', async () => {
      const list = (await messages('everything')).filter((m) => m.card?.title === 'Hello world');
      return list.length >= 2 ? list : undefined;
    }, 150);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal((await messages('everything')).filter((m) => m.card?.title === 'Hello world').length, cards.length);
    assert.equal(cards.length, 2);
  });

  it('delivers a signed CloudWatch alarm to every configuration of its topic', async () => {
    const alarm = readFixture('cloudwatch/alarm-sns-message-single-metric-alarm.json').toString();
    const env = signEnvelope(notificationFields({ TopicArn: ALARMS, Message: alarm }), { privateKeyPem: identity.privateKeyPem, certUrl: TEST_CERT_URL });
    assert.equal((await post(JSON.stringify(env))).status, 200);
    for (const channel of ['alarms', 'everything']) {
      await waitFor('the card', async () => ((await messages(channel)).some((m) => m.card?.title.startsWith('ALARM: EXAMPLE')) ? true : undefined), 150);
    }
  });

  it('refuses a forged envelope, says why, and counts it', async () => {
    const env = signEnvelope(notificationFields({ TopicArn: ALARMS, Message: 'original' }), { privateKeyPem: identity.privateKeyPem, certUrl: TEST_CERT_URL });
    const res = await post(JSON.stringify({ ...env, Message: 'tampered' }));
    assert.equal(res.status, 403);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'SNS_SIGNATURE_DENIED');
    const evil = await post(JSON.stringify({ ...env, SigningCertURL: 'https://sns.us-east-1.amazonaws.com.evil.com/x.pem' }));
    assert.equal(evil.status, 403);
    const bad = await post('{"Type": "Notification"');
    assert.equal(bad.status, 400);
    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    assert.match(metrics, /chatops_sns_requests_total\{outcome="rejected",reason="SNS_SIGNATURE_DENIED"\} 1/);
  });

  it('confirms a subscription only for a topic a configuration names, never through "*"', async () => {
    const sign = (topic: string) => JSON.stringify(signEnvelope(subscriptionFields(topic), { privateKeyPem: identity.privateKeyPem, certUrl: TEST_CERT_URL }));
    const headers = { 'x-amz-sns-message-type': 'SubscriptionConfirmation' };
    assert.equal((await post(sign(ALARMS), headers)).status, 200);
    assert.equal(confirmer.urls.length, 1);
    assert.match(confirmer.urls[0]!, /^https:\/\/sns\.us-east-2\.amazonaws\.com\//);
    const other = await post(sign('arn:aws:sns:us-east-2:111122223333:somebody-else'), headers);
    assert.equal(((await other.json()) as { result: string }).result, 'refused');
    assert.equal(confirmer.urls.length, 1);
    assert.deepEqual(
      (await app.store.subscriptions.list()).map((s) => s.status).sort(),
      ['confirmed', 'refused'],
    );
  });
});
