import assert from 'node:assert/strict';
import { readFixture } from '../../support/fixtures.js';
import { errorOf, OPS_TOKEN, OPS_TOPIC, type SnsHarness, startSnsHarness } from './sns-harness.js';

const RAW = { 'x-amz-sns-rawdelivery': 'true', 'x-amz-sns-message-id': 'a9f1c0de-0000-4000-8000-000000000001', 'x-amz-sns-topic-arn': OPS_TOPIC };
const message = () => readFixture('sns/raw-delivery-body-plain-text.txt').toString('utf8');

// Both ways in: the fast path in front of Express, and the Express routes alone.
for (const expressOnly of [false, true]) describe(`SNS endpoint: raw message delivery${expressOnly ? ' (Express routes only)' : ''}`, () => {
  let sns: SnsHarness;
  beforeEach(async () => (sns = await startSnsHarness({ expressOnly })));
  afterEach(async () => sns.close());

  it('accepts a raw message on the configuration path holding its token', async () => {
    const res = await sns.post(`/sns/ops/${OPS_TOKEN}`, message(), RAW);

    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { result: 'accepted', messageId: RAW['x-amz-sns-message-id'] });
    const stored = await sns.store.inbox.get(`${RAW['x-amz-sns-message-id']}@ops`);
    assert.equal(stored?.kind, 'raw');
    assert.equal(stored?.body, message());
    assert.equal(stored?.configuration, 'ops');
    assert.equal(stored?.topicArn, OPS_TOPIC);
  });

  it('stores a repeated raw delivery once', async () => {
    await sns.post(`/sns/ops/${OPS_TOKEN}`, message(), RAW);
    const again = await sns.post(`/sns/ops/${OPS_TOKEN}`, message(), RAW);
    assert.deepEqual(await again.json(), { result: 'duplicate', messageId: RAW['x-amz-sns-message-id'] });
  });

  it('refuses raw delivery on the shared path with 403 and says how to set it up', async () => {
    const res = await sns.post('/sns', message(), RAW);
    assert.equal(res.status, 403);
    const error = await errorOf(res);
    assert.equal(error.code, 'SNS_RAW_DELIVERY_FORBIDDEN');
    assert.match(error.nextStep ?? '', /snsRawDeliveryToken: \$\{SOME_ENV_VAR\}.*\/sns\/<configuration>\/<token>/);
    assert.deepEqual(await sns.store.inbox.depth(), { pending: 0, processing: 0, done: 0, failed: 0 });
  });

  it('refuses raw delivery on a configuration path without the token', async () => {
    const res = await sns.post('/sns/ops', message(), RAW);
    assert.equal(res.status, 403);
    assert.equal((await errorOf(res)).code, 'SNS_RAW_DELIVERY_FORBIDDEN');
  });

  it('refuses a wrong token with 403', async () => {
    const res = await sns.post(`/sns/ops/${OPS_TOKEN.replace(/.$/, 'x')}`, message(), RAW);
    assert.equal(res.status, 403);
    assert.equal((await errorOf(res)).code, 'SNS_RAW_DELIVERY_DENIED');
  });

  it('refuses any token for a configuration that has none', async () => {
    const res = await sns.post(`/sns/finance/${OPS_TOKEN}`, message(), RAW);
    assert.equal(res.status, 403);
    const error = await errorOf(res);
    assert.equal(error.code, 'SNS_RAW_DELIVERY_FORBIDDEN');
    assert.match(error.message, /"finance", which has no snsRawDeliveryToken/);
  });

  it('never writes the token to the log or to an answer', async () => {
    await sns.post(`/sns/ops/${OPS_TOKEN}`, message(), RAW);
    const wrong = await sns.post(`/sns/ops/${OPS_TOKEN}0`, message(), RAW);
    assert.doesNotMatch(await wrong.text(), new RegExp(OPS_TOKEN));
    assert.doesNotMatch(JSON.stringify(sns.logger.lines), new RegExp(OPS_TOKEN));
  });

  it('still verifies signed envelopes sent to the token path', async () => {
    const res = await sns.post(`/sns/ops/${OPS_TOKEN}`, JSON.stringify({ Type: 'Notification', MessageId: 'x' }));
    assert.equal(res.status, 400);
  });
});
