import assert from 'node:assert/strict';
import { createHttpsCertificateFetcher } from '../../../src/adapters/sns/https-certificate-fetcher.js';
import { ChatOpsError } from '../../../src/core/errors.js';
import { readFixture } from '../../support/fixtures.js';
import { FakeFetch, hangUntilAborted } from './fake-fetch.js';

const PEM = readFixture('sns/notification-sigv2-sha256-hello-world.pem').toString('utf8');
const URL_OK = 'https://sns.us-east-2.amazonaws.com/SimpleNotificationService-7ff5318490ec183fbaddaa2a969abfda.pem';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    assert.ok(e instanceof ChatOpsError, `expected a ChatOpsError, got ${String(e)}`);
    return e.code;
  }
  assert.fail('expected a rejection');
}

describe('HTTPS certificate fetcher', () => {
  it('downloads the certificate without following redirects', async () => {
    const fake = new FakeFetch(() => new Response(PEM, { status: 200 }));
    const fetcher = createHttpsCertificateFetcher({ fetch: fake.fetch });
    assert.equal(await fetcher.get(URL_OK), PEM);
    assert.equal(fake.calls.length, 1);
    assert.equal(fake.calls[0]?.url, URL_OK);
    assert.equal(fake.calls[0]?.init?.redirect, 'error');
    assert.ok(fake.calls[0]?.init?.signal, 'the request has a timeout signal');
  });

  for (const url of ['https://sns.us-east-1.amazonaws.com.evil.com/x.pem', 'https://sns.us-east-1.amazonaws.com/x?y=.pem', 'https://169.254.169.254/x.pem']) {
    it(`never requests ${url}`, async () => {
      const fake = new FakeFetch(() => new Response(PEM));
      assert.equal(await codeOf(createHttpsCertificateFetcher({ fetch: fake.fetch }).get(url)), 'SNS_CERTIFICATE_URL_DENIED');
      assert.deepEqual(fake.calls, []);
    });
  }

  it('gives up after its timeout: unavailable, so SNS retries', async () => {
    const fetcher = createHttpsCertificateFetcher({ fetch: new FakeFetch(hangUntilAborted).fetch, timeoutMs: 20 });
    assert.equal(await codeOf(fetcher.get(URL_OK)), 'SNS_CERTIFICATE_UNAVAILABLE');
  });

  it('calls a network failure or a 5xx unavailable', async () => {
    const down = new FakeFetch(() => Promise.reject(new TypeError('fetch failed')));
    assert.equal(await codeOf(createHttpsCertificateFetcher({ fetch: down.fetch }).get(URL_OK)), 'SNS_CERTIFICATE_UNAVAILABLE');
    const busy = new FakeFetch(() => new Response('busy', { status: 503 }));
    assert.equal(await codeOf(createHttpsCertificateFetcher({ fetch: busy.fetch }).get(URL_OK)), 'SNS_CERTIFICATE_UNAVAILABLE');
  });

  it('calls a 4xx, an oversized answer or a non-certificate denied', async () => {
    const missing = new FakeFetch(() => new Response('no', { status: 404 }));
    assert.equal(await codeOf(createHttpsCertificateFetcher({ fetch: missing.fetch }).get(URL_OK)), 'SNS_CERTIFICATE_DENIED');
    const huge = new FakeFetch(() => new Response('x'.repeat(100_000)));
    assert.equal(await codeOf(createHttpsCertificateFetcher({ fetch: huge.fetch, maxBytes: 64 * 1024 }).get(URL_OK)), 'SNS_CERTIFICATE_DENIED');
    const html = new FakeFetch(() => new Response('<html>hello</html>'));
    assert.equal(await codeOf(createHttpsCertificateFetcher({ fetch: html.fetch }).get(URL_OK)), 'SNS_CERTIFICATE_DENIED');
  });
});
