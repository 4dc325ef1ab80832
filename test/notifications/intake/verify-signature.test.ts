import assert from 'node:assert/strict';
import { ChatOpsError } from '../../../src/core/errors.js';
import { parseSnsEnvelope } from '../../../src/notifications/intake/sns-envelope.js';
import { createSignatureVerifier } from '../../../src/notifications/intake/verify-signature.js';
import type { CertificateSource } from '../../../src/ports/sns.js';
import { readFixture } from '../../support/fixtures.js';
import { createSigningIdentity, FixedCertificateSource, notificationFields, signEnvelope, TEST_CERT_URL } from '../../support/sns-signing.js';

const text = (name: string) => readFixture(`sns/${name}`).toString('utf8');
const SIGV1 = 'notification-sigv1-sha1-hello-world';
const SIGV2 = 'notification-sigv2-sha256-hello-world';

/** The fixture envelope as JSON fields, so a test can change one. */
const fields = (name: string) => JSON.parse(text(`${name}.json`)) as Record<string, unknown>;
const envelope = (value: Record<string, unknown>) => parseSnsEnvelope(JSON.stringify(value));
/** A verifier whose certificate source serves the fixture's (expired) AWS certificate for any URL. */
const verifierWith = (pemOf: string) => {
  const certificates = new FixedCertificateSource(text(`${pemOf}.pem`));
  return { verifier: createSignatureVerifier({ certificates }), certificates };
};

async function rejection(promise: Promise<unknown>): Promise<ChatOpsError> {
  try {
    await promise;
  } catch (e) {
    assert.ok(e instanceof ChatOpsError, `expected a ChatOpsError, got ${String(e)}`);
    return e;
  }
  assert.fail('expected the envelope to be rejected');
}

describe('SNS signature verification', () => {
  describe('real signed envelopes (offline, with the fixture certificates)', () => {
    it('verifies SignatureVersion 1 (SHA1withRSA)', async () => {
      const { verifier, certificates } = verifierWith(SIGV1);
      await verifier.verify(envelope(fields(SIGV1)));
      assert.deepEqual(certificates.requested, ['https://sns.us-east-2.amazonaws.com/SimpleNotificationService-7ff5318490ec183fbaddaa2a969abfda.pem']);
    });

    it('verifies SignatureVersion 2 (SHA256withRSA) even though the certificate has expired', async () => {
      const { verifier } = verifierWith(SIGV2);
      await verifier.verify(envelope(fields(SIGV2)));
    });
  });

  describe('forged envelopes', () => {
    const forgeries: Array<[string, Record<string, unknown>]> = [
      ['a replay with an altered Message', { ...fields(SIGV2), Message: 'Hello world, send money' }],
      ['an altered TopicArn', { ...fields(SIGV2), TopicArn: 'arn:aws:sns:us-east-2:295079676684:other-topic' }],
      ['an added Subject', { ...fields(SIGV2), Subject: 'injected' }],
      ['an altered Timestamp', { ...fields(SIGV2), Timestamp: '2030-01-01T00:00:00.000Z' }],
      ['another message’s signature', { ...fields(SIGV2), Signature: fields(SIGV1).Signature }],
      ['a signature with one byte changed', { ...fields(SIGV2), Signature: flipFirstByte(String(fields(SIGV2).Signature)) }],
      ['SignatureVersion 2 downgraded to 1', { ...fields(SIGV2), SignatureVersion: '1' }],
      ['a truncated signature', { ...fields(SIGV2), Signature: String(fields(SIGV2).Signature).slice(0, 40) }],
    ];
    for (const [what, forged] of forgeries) {
      it(`rejects ${what} with SNS_SIGNATURE_DENIED`, async () => {
        const { verifier } = verifierWith(SIGV2);
        const error = await rejection(verifier.verify(envelope(forged)));
        assert.equal(error.code, 'SNS_SIGNATURE_DENIED');
      });
    }

    it('rejects an unknown SignatureVersion, naming the ones it knows', async () => {
      const { verifier, certificates } = verifierWith(SIGV2);
      const error = await rejection(verifier.verify(envelope({ ...fields(SIGV2), SignatureVersion: '3' })));
      assert.equal(error.code, 'SNS_SIGNATURE_DENIED');
      assert.match(error.userMessage, /SignatureVersion must be 1 \(SHA1withRSA\) or 2 \(SHA256withRSA\)/);
      assert.deepEqual(certificates.requested, []);
    });

    it('rejects a signature that is not base64', async () => {
      const { verifier } = verifierWith(SIGV2);
      assert.equal((await rejection(verifier.verify(envelope({ ...fields(SIGV2), Signature: 'not base64!' })))).code, 'SNS_SIGNATURE_DENIED');
    });

    for (const url of [
      'https://sns.us-east-1.amazonaws.com.evil.com/x.pem',
      'http://sns.us-east-2.amazonaws.com/SimpleNotificationService-7ff5318490ec183fbaddaa2a969abfda.pem',
      'https://sns.us-east-2.amazonaws.com/x?y=.pem',
      'https://user@sns.us-east-2.amazonaws.com/x.pem',
      'https://sns.us-east-2.amazonaws.com:8443/x.pem',
    ]) {
      it(`never fetches the certificate at ${url}`, async () => {
        const { verifier, certificates } = verifierWith(SIGV2);
        const error = await rejection(verifier.verify(envelope({ ...fields(SIGV2), SigningCertURL: url })));
        assert.equal(error.code, 'SNS_CERTIFICATE_URL_DENIED');
        assert.deepEqual(certificates.requested, []);
      });
    }

    it('rejects the documentation examples (Signature "EXAMPLE…") as unverifiable', async () => {
      const { verifier } = verifierWith(SIGV1);
      for (const name of ['notification-docs-example-my-first-message.json', 'subscription-confirmation-docs-example.json']) {
        const error = await rejection(verifier.verify(parseSnsEnvelope(text(name))));
        assert.equal(error.code, 'SNS_SIGNATURE_DENIED', name);
      }
    });

    it('rejects an envelope signed by a key other than the certificate’s', async () => {
      const { privateKeyPem } = createSigningIdentity();
      const { verifier } = verifierWith(SIGV2);
      const forged = signEnvelope(notificationFields(), { privateKeyPem, certUrl: String(fields(SIGV2).SigningCertURL) });
      assert.equal((await rejection(verifier.verify(envelope({ ...forged })))).code, 'SNS_SIGNATURE_DENIED');
    });
  });

  describe('envelopes signed by the test helper', () => {
    const identity = createSigningIdentity();
    const certificates = new FixedCertificateSource(identity.certificatePem);

    for (const version of ['1', '2'] as const) {
      it(`verifies SignatureVersion ${version}, with and without a Subject`, async () => {
        const verifier = createSignatureVerifier({ certificates });
        await verifier.verify(envelope({ ...signEnvelope(notificationFields(), { ...identity, certUrl: TEST_CERT_URL, version }) }));
        await verifier.verify(envelope({ ...signEnvelope(notificationFields({ Subject: 'ALARM: "cpu"' }), { ...identity, certUrl: TEST_CERT_URL, version }) }));
      });
    }
  });

  describe('certificates and keys', () => {
    const identity = createSigningIdentity();
    const signed = () => envelope({ ...signEnvelope(notificationFields(), { ...identity, certUrl: TEST_CERT_URL }) });

    it('asks for a certificate once and reuses its key', async () => {
      const certificates = new FixedCertificateSource(identity.certificatePem);
      const verifier = createSignatureVerifier({ certificates });
      await Promise.all([verifier.verify(signed()), verifier.verify(signed())]);
      await verifier.verify(signed());
      assert.deepEqual(certificates.requested, [TEST_CERT_URL]);
    });

    it('asks again after a failure instead of remembering it', async () => {
      let calls = 0;
      const flaky: CertificateSource = {
        async get() {
          calls++;
          if (calls === 1) throw new Error('connect ETIMEDOUT');
          return identity.certificatePem;
        },
      };
      const verifier = createSignatureVerifier({ certificates: flaky });
      const first = await rejection(verifier.verify(signed()));
      assert.equal(first.code, 'SNS_CERTIFICATE_UNAVAILABLE');
      await verifier.verify(signed());
      assert.equal(calls, 2);
    });

    it('rejects a certificate source answer that is not a certificate', async () => {
      const verifier = createSignatureVerifier({ certificates: new FixedCertificateSource('<html>captive portal</html>') });
      assert.equal((await rejection(verifier.verify(signed()))).code, 'SNS_CERTIFICATE_DENIED');
    });
  });
});

function flipFirstByte(base64: string): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes[0] = bytes[0]! ^ 0xff;
  return bytes.toString('base64');
}
