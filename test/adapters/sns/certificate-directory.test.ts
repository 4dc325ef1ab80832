import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCertificateSource } from '../../../src/adapters/sns/create-certificate-source.js';
import { createDirectoryCertificateSource, loadCertificateDirectory } from '../../../src/adapters/sns/certificate-directory.js';
import { ChatOpsError } from '../../../src/core/errors.js';
import { createSignatureVerifier } from '../../../src/notifications/intake/verify-signature.js';
import { parseSnsEnvelope } from '../../../src/notifications/intake/sns-envelope.js';
import { fixturePath, readFixture } from '../../support/fixtures.js';
import { RecordingLogger } from '../../support/recording-logger.js';
import { FixedCertificateSource } from '../../support/sns-signing.js';
import { FakeFetch } from './fake-fetch.js';

const NAME = 'SimpleNotificationService-7ff5318490ec183fbaddaa2a969abfda.pem';
const URL_OK = `https://sns.us-east-2.amazonaws.com/${NAME}`;

describe('pre-loaded certificate directory', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'chatops-sns-certs-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** The fixture certificate, installed under the name its SigningCertURL ends with. */
  const install = () => copyFileSync(fixturePath('sns/notification-sigv2-sha256-hello-world.pem'), join(dir, NAME));

  it('answers by the last path segment of the SigningCertURL, before downloading', async () => {
    install();
    const fallback = new FixedCertificateSource('downloaded');
    const source = createDirectoryCertificateSource(await loadCertificateDirectory(dir), fallback);
    assert.match(await source.get(URL_OK), /BEGIN CERTIFICATE/);
    assert.deepEqual(fallback.requested, []);
  });

  it('downloads what the directory does not hold', async () => {
    install();
    const fallback = new FixedCertificateSource('downloaded');
    const source = createDirectoryCertificateSource(await loadCertificateDirectory(dir), fallback);
    assert.equal(await source.get('https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-other.pem'), 'downloaded');
  });

  it('never answers a URL that breaks the SigningCertURL rule, even with a matching file name', async () => {
    install();
    const source = createDirectoryCertificateSource(await loadCertificateDirectory(dir), new FixedCertificateSource('downloaded'));
    await assert.rejects(source.get(`https://evil.example/${NAME}`), (e: unknown) => e instanceof ChatOpsError && e.code === 'SNS_CERTIFICATE_URL_DENIED');
  });

  it('verifies the real SNS envelope offline through createCertificateSource', async () => {
    install();
    const fake = new FakeFetch(() => Promise.reject(new TypeError('no network here')));
    const certificates = await createCertificateSource({ certificateDir: dir, logger: new RecordingLogger(), fetch: fake.fetch });
    const verifier = createSignatureVerifier({ certificates });
    await verifier.verify(parseSnsEnvelope(readFixture('sns/notification-sigv2-sha256-hello-world.json').toString('utf8')));
    assert.deepEqual(fake.calls, []);
  });

  it('stops the start, naming the file, when a .pem is not a certificate', async () => {
    writeFileSync(join(dir, 'SimpleNotificationService-broken.pem'), 'not a certificate');
    await assert.rejects(loadCertificateDirectory(dir), (e: unknown) => e instanceof ChatOpsError && e.code === 'SNS_CERTIFICATE_DIR_INVALID' && e.userMessage.includes('SimpleNotificationService-broken.pem'));
  });

  it('ignores files that are not .pem', async () => {
    writeFileSync(join(dir, 'README.txt'), 'certificates for the air-gapped host');
    assert.equal((await loadCertificateDirectory(dir)).size, 0);
  });

  it('stops the start when the directory does not exist', async () => {
    await assert.rejects(loadCertificateDirectory(join(dir, 'missing')), (e: unknown) => e instanceof ChatOpsError && e.code === 'SNS_CERTIFICATE_DIR_UNREADABLE' && /does not exist/.test(e.userMessage));
  });
});
