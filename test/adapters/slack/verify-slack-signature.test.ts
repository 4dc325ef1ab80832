import assert from 'node:assert/strict';
import { verifySlackSignature } from '../../../src/adapters/slack/verify-slack-signature.js';
import { readFixture } from '../../support/fixtures.js';
import { signSlackBody, TEST_SIGNING_SECRET } from '../../support/slack-signing.js';

const vector = JSON.parse(readFixture('slack/slash-command-signed-test-vector.headers.json').toString()) as Record<string, string>;
const vectorBody = readFixture('slack/slash-command-signed-test-vector.body.txt');
const vectorNow = Number(vector['X-Slack-Request-Timestamp']) * 1000;
const code = (f: () => void): string | undefined => {
  try {
    f();
    return undefined;
  } catch (e) {
    return (e as { code?: string }).code;
  }
};

describe('Slack request signatures', () => {
  it("accepts Slack's signed test vector with its own secret and timestamp", () => {
    verifySlackSignature(vector.signing_secret_for_test!, { body: vectorBody, timestamp: vector['X-Slack-Request-Timestamp'], signature: vector['X-Slack-Signature'] }, vectorNow);
  });

  it('refuses the test vector when one byte of the body changes', () => {
    const body = Buffer.from(vectorBody.toString().replace('text=', 'text=x'));
    assert.equal(code(() => verifySlackSignature(vector.signing_secret_for_test!, { body, timestamp: vector['X-Slack-Request-Timestamp'], signature: vector['X-Slack-Signature'] }, vectorNow)), 'SLACK_SIGNATURE_INVALID');
  });

  it('refuses a request signed with another secret', () => {
    const signed = signSlackBody('{}', { secret: 'another-secret', timestamp: 1_700_000_000 });
    assert.equal(code(() => verifySlackSignature(TEST_SIGNING_SECRET, { body: signed.body, timestamp: signed.headers['x-slack-request-timestamp'], signature: signed.headers['x-slack-signature'] }, 1_700_000_000_000)), 'SLACK_SIGNATURE_INVALID');
  });

  it('refuses a correctly signed request more than 5 minutes old, and accepts one just inside', () => {
    const signed = signSlackBody('{}', { timestamp: 1_700_000_000 });
    const request = { body: signed.body, timestamp: signed.headers['x-slack-request-timestamp'], signature: signed.headers['x-slack-signature'] };
    assert.equal(code(() => verifySlackSignature(TEST_SIGNING_SECRET, request, (1_700_000_000 + 301) * 1000)), 'SLACK_REQUEST_STALE');
    verifySlackSignature(TEST_SIGNING_SECRET, request, (1_700_000_000 + 300) * 1000);
  });

  it('refuses requests without the signature headers or with a malformed timestamp', () => {
    assert.equal(code(() => verifySlackSignature(TEST_SIGNING_SECRET, { body: '{}', timestamp: undefined, signature: 'v0=00' }, 0)), 'SLACK_SIGNATURE_INVALID');
    assert.equal(code(() => verifySlackSignature(TEST_SIGNING_SECRET, { body: '{}', timestamp: 'soon', signature: 'v0=00' }, 0)), 'SLACK_SIGNATURE_INVALID');
  });
});
