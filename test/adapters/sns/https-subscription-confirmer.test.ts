import assert from 'node:assert/strict';
import { createHttpsSubscriptionConfirmer } from '../../../src/adapters/sns/https-subscription-confirmer.js';
import { ChatOpsError } from '../../../src/core/errors.js';
import { FakeFetch, hangUntilAborted } from './fake-fetch.js';

const SUBSCRIBE_URL = 'https://sns.us-west-2.amazonaws.com/?Action=ConfirmSubscription&TopicArn=arn:aws:sns:us-west-2:123456789012:MyTopic&Token=2336412f37';
const isUnavailable = (e: unknown) => e instanceof ChatOpsError && e.code === 'SNS_CONFIRMATION_UNAVAILABLE';

describe('HTTPS subscription confirmer', () => {
  it('GETs the SubscribeURL once, without following redirects', async () => {
    const fake = new FakeFetch(() => new Response('<ConfirmSubscriptionResponse/>', { status: 200 }));
    await createHttpsSubscriptionConfirmer({ fetch: fake.fetch }).confirm(SUBSCRIBE_URL);
    assert.equal(fake.calls.length, 1);
    assert.equal(fake.calls[0]?.url, SUBSCRIBE_URL);
    assert.equal(fake.calls[0]?.init?.method, 'GET');
    assert.equal(fake.calls[0]?.init?.redirect, 'error');
  });

  for (const url of ['https://169.254.169.254/latest/meta-data/', 'https://sns.us-west-2.amazonaws.com.evil.example/?Action=ConfirmSubscription', 'https://x@sns.us-west-2.amazonaws.com/']) {
    it(`refuses to request ${url}`, async () => {
      const fake = new FakeFetch(() => new Response('ok'));
      await assert.rejects(createHttpsSubscriptionConfirmer({ fetch: fake.fetch }).confirm(url), isUnavailable);
      assert.deepEqual(fake.calls, []);
    });
  }

  it('fails when SNS does not answer 2xx', async () => {
    const fake = new FakeFetch(() => new Response('<Error/>', { status: 403 }));
    await assert.rejects(createHttpsSubscriptionConfirmer({ fetch: fake.fetch }).confirm(SUBSCRIBE_URL), (e: unknown) => isUnavailable(e) && /HTTP 403/.test((e as ChatOpsError).userMessage));
  });

  it('gives up after its timeout', async () => {
    const confirmer = createHttpsSubscriptionConfirmer({ fetch: new FakeFetch(hangUntilAborted).fetch, timeoutMs: 20 });
    await assert.rejects(confirmer.confirm(SUBSCRIBE_URL), (e: unknown) => isUnavailable(e) && /timed out/.test((e as ChatOpsError).userMessage));
  });
});
