import assert from 'node:assert/strict';
import { createCachingCertificateSource } from '../../../src/adapters/sns/caching-certificate-source.js';
import { ChatOpsError } from '../../../src/core/errors.js';
import type { CertificateSource } from '../../../src/ports/sns.js';

/** A source whose answers the test scripts, counting requests per URL. */
class ScriptedSource implements CertificateSource {
  readonly requests: string[] = [];
  next: (url: string) => Promise<string> = async (url) => `PEM of ${url}`;
  get(url: string): Promise<string> {
    this.requests.push(url);
    return this.next(url);
  }
}

const A = 'https://sns.us-east-1.amazonaws.com/A.pem';
const B = 'https://sns.us-east-1.amazonaws.com/B.pem';
const C = 'https://sns.us-east-1.amazonaws.com/C.pem';

describe('certificate cache', () => {
  it('downloads a certificate once, even for concurrent requests', async () => {
    const source = new ScriptedSource();
    const cache = createCachingCertificateSource(source);
    const answers = await Promise.all([cache.get(A), cache.get(A), cache.get(A)]);
    assert.deepEqual(answers, [`PEM of ${A}`, `PEM of ${A}`, `PEM of ${A}`]);
    await cache.get(A);
    assert.deepEqual(source.requests, [A]);
  });

  it('keeps at most maxEntries certificates, forgetting the least recently used', async () => {
    const source = new ScriptedSource();
    const cache = createCachingCertificateSource(source, { maxEntries: 2 });
    await cache.get(A);
    await cache.get(B);
    await cache.get(A);
    await cache.get(C); // evicts B
    await cache.get(A);
    await cache.get(B);
    assert.deepEqual(source.requests, [A, B, C, B]);
  });

  it('tries again after an unavailable answer', async () => {
    const source = new ScriptedSource();
    source.next = async () => {
      throw new ChatOpsError('SNS_CERTIFICATE_UNAVAILABLE', 'timed out');
    };
    const cache = createCachingCertificateSource(source);
    await assert.rejects(cache.get(A), /timed out/);
    source.next = async (url) => `PEM of ${url}`;
    assert.equal(await cache.get(A), `PEM of ${A}`);
    assert.equal(source.requests.length, 2);
  });

  it('remembers a refusal for deniedTtlMs', async () => {
    let now = 0;
    const source = new ScriptedSource();
    source.next = async () => {
      throw new ChatOpsError('SNS_CERTIFICATE_DENIED', 'HTTP 404');
    };
    const cache = createCachingCertificateSource(source, { deniedTtlMs: 1000, clock: { now: () => new Date(now) } });
    await assert.rejects(cache.get(A), /HTTP 404/);
    await assert.rejects(cache.get(A), /HTTP 404/);
    assert.equal(source.requests.length, 1);
    now = 1001;
    await assert.rejects(cache.get(A), /HTTP 404/);
    assert.equal(source.requests.length, 2);
  });

  it('refuses more than maxInFlight different downloads at once', async () => {
    const source = new ScriptedSource();
    const gates: Array<() => void> = [];
    source.next = (url) => new Promise((resolve) => gates.push(() => resolve(`PEM of ${url}`)));
    const cache = createCachingCertificateSource(source, { maxInFlight: 2 });
    const first = [cache.get(A), cache.get(B)];
    await assert.rejects(cache.get(C), (e: unknown) => e instanceof ChatOpsError && e.code === 'SNS_CERTIFICATE_UNAVAILABLE');
    gates.forEach((open) => open());
    await Promise.all(first);
    source.next = async (url) => `PEM of ${url}`;
    assert.equal(await cache.get(C), `PEM of ${C}`);
  });
});
