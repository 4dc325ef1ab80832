import assert from 'node:assert/strict';
import { readFixture } from '../../support/fixtures.js';
import { subscriptionFields } from '../../support/sns-signing.js';
import { errorOf, FINANCE_TOPIC, OPS_TOPIC, type SnsHarness, startSnsHarness, STRAY_TOPIC } from './sns-harness.js';

const ANSWER = async (res: Response) => ((await res.json()) as { result: string }).result;

describe('SNS endpoint: subscriptions', () => {
  let sns: SnsHarness;
  beforeEach(async () => (sns = await startSnsHarness()));
  afterEach(async () => sns.close());

  it('confirms a subscription to a topic a configuration lists, at its SNS SubscribeURL', async () => {
    const fields = subscriptionFields(OPS_TOPIC);

    const res = await sns.post('/sns', sns.sign(fields));

    assert.equal(res.status, 200);
    assert.equal(await ANSWER(res), 'confirmed');
    assert.deepEqual(sns.confirmer.confirmed, [fields.SubscribeURL]);
    const [record] = await sns.store.subscriptions.list(OPS_TOPIC);
    assert.equal(record?.status, 'confirmed');
    assert.equal(record?.type, 'SubscriptionConfirmation');
    assert.deepEqual(sns.metrics.sns, ['subscription:confirmed']);
  });

  it('refuses a topic no configuration lists: recorded, logged with the reason, answered 200', async () => {
    const res = await sns.post('/sns', sns.sign(subscriptionFields(STRAY_TOPIC)));

    assert.equal(res.status, 200);
    assert.equal(await ANSWER(res), 'refused');
    assert.deepEqual(sns.confirmer.confirmed, []);
    const [record] = await sns.store.subscriptions.list(STRAY_TOPIC);
    assert.equal(record?.status, 'refused');
    // The "everything" configuration subscribes to "*", which never confirms on its own.
    assert.match(record?.reason ?? '', /"\*" configurations never confirm/);
    const line = sns.logger.lines.find((l) => l.message === 'sns subscription refused');
    assert.equal(line?.level, 'warn');
    assert.equal(line?.fields?.topicArn, STRAY_TOPIC);
  });

  it('refuses a configured topic whose SubscribeURL points elsewhere', async () => {
    for (const url of ['https://169.254.169.254/latest/meta-data/iam/', 'https://sns.us-east-2.amazonaws.com.attacker.example/?Action=ConfirmSubscription', 'https://x@sns.us-east-2.amazonaws.com/']) {
      const res = await sns.post('/sns', sns.sign(subscriptionFields(OPS_TOPIC, { SubscribeURL: url })));
      assert.equal(await ANSWER(res), 'refused', url);
    }
    assert.deepEqual(sns.confirmer.confirmed, []);
    const reasons = (await sns.store.subscriptions.list(OPS_TOPIC)).map((r) => r.reason);
    assert.equal(reasons.length, 3);
    for (const reason of reasons) assert.match(reason ?? '', /^SubscribeURL is not an SNS URL/);
  });

  it('on a configuration path, confirms only topics that configuration lists', async () => {
    assert.equal(await ANSWER(await sns.post('/sns/finance', sns.sign(subscriptionFields(OPS_TOPIC)))), 'refused');
    assert.equal(await ANSWER(await sns.post('/sns/finance', sns.sign(subscriptionFields(FINANCE_TOPIC)))), 'confirmed');
    assert.equal(await ANSWER(await sns.post('/sns/everything', sns.sign(subscriptionFields(STRAY_TOPIC)))), 'refused');
    assert.equal(sns.confirmer.confirmed.length, 1);
  });

  it('answers 503 when the confirmation request fails, so SNS sends it again', async () => {
    sns.confirmer.failing = new Error('connect ETIMEDOUT');
    const res = await sns.post('/sns', sns.sign(subscriptionFields(OPS_TOPIC)));
    assert.equal(res.status, 503);
    assert.equal((await errorOf(res)).code, 'SNS_CONFIRMATION_UNAVAILABLE');
    assert.equal((await sns.store.subscriptions.list(OPS_TOPIC))[0]?.status, 'failed');
  });

  it('records an UnsubscribeConfirmation without visiting any URL', async () => {
    const res = await sns.post('/sns', sns.sign(subscriptionFields(OPS_TOPIC, { Type: 'UnsubscribeConfirmation' })));
    assert.equal(await ANSWER(res), 'unsubscribed');
    assert.deepEqual(sns.confirmer.confirmed, []);
    const [record] = await sns.store.subscriptions.list(OPS_TOPIC);
    assert.deepEqual([record?.type, record?.status], ['UnsubscribeConfirmation', 'recorded']);
  });

  it('rejects an unsigned confirmation (the documentation example) without recording or visiting it', async () => {
    const res = await sns.post('/sns', readFixture('sns/subscription-confirmation-docs-example.json').toString('utf8'));
    assert.equal(res.status, 403);
    assert.deepEqual(sns.confirmer.confirmed, []);
    assert.deepEqual(await sns.store.subscriptions.list(), []);
  });

  it('answers 503 when the refusal can not be recorded', async () => {
    await sns.store.close();
    const res = await sns.post('/sns', sns.sign(subscriptionFields(STRAY_TOPIC)));
    assert.equal(res.status, 503);
    assert.equal((await errorOf(res)).code, 'SNS_STORE_UNAVAILABLE');
  });
});
