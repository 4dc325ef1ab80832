import assert from 'node:assert/strict';
import { ChatOpsError } from '../../../src/core/errors.js';
import { canonicalString } from '../../../src/notifications/intake/canonical-string.js';
import { parseSnsEnvelope } from '../../../src/notifications/intake/sns-envelope.js';
import { readFixture } from '../../support/fixtures.js';

const fixture = (name: string) => readFixture(`sns/${name}`).toString('utf8');

function errorOf(body: string): ChatOpsError {
  try {
    parseSnsEnvelope(body);
  } catch (e) {
    assert.ok(e instanceof ChatOpsError, `expected a ChatOpsError, got ${String(e)}`);
    return e;
  }
  assert.fail('expected the body to be rejected');
}

describe('SNS envelope', () => {
  it('reads a real Notification', () => {
    const envelope = parseSnsEnvelope(fixture('notification-sigv2-sha256-hello-world.json'));
    assert.equal(envelope.Type, 'Notification');
    assert.equal(envelope.MessageId, '17dea24b-55c2-540b-8362-f916557af765');
    assert.equal(envelope.Message, 'Hello world');
    assert.equal(envelope.SignatureVersion, '2');
  });

  it('reads a SubscriptionConfirmation with its Token and SubscribeURL', () => {
    const envelope = parseSnsEnvelope(fixture('subscription-confirmation-docs-example.json'));
    if (envelope.Type !== 'SubscriptionConfirmation') assert.fail(`read as ${envelope.Type}`);
    assert.equal(envelope.Token, '2336412f37...');
    assert.match(envelope.SubscribeURL, /^https:\/\/sns\.us-west-2\.amazonaws\.com\/\?Action=ConfirmSubscription/);
  });

  it('reads an UnsubscribeConfirmation', () => {
    const confirmation = JSON.parse(fixture('subscription-confirmation-docs-example.json')) as Record<string, unknown>;
    const envelope = parseSnsEnvelope(JSON.stringify({ ...confirmation, Type: 'UnsubscribeConfirmation' }));
    assert.equal(envelope.Type, 'UnsubscribeConfirmation');
  });

  it('keeps MessageAttributes when present', () => {
    const notification = JSON.parse(fixture('notification-sigv1-sha1-hello-world.json')) as Record<string, unknown>;
    const envelope = parseSnsEnvelope(JSON.stringify({ ...notification, MessageAttributes: { team: { Type: 'String', Value: 'platform' } } }));
    assert.deepEqual(envelope.Type === 'Notification' && envelope.MessageAttributes, { team: { Type: 'String', Value: 'platform' } });
  });

  it('rejects a body that is not JSON with SNS_BAD_REQUEST', () => {
    const error = errorOf('This is a test message.');
    assert.equal(error.code, 'SNS_BAD_REQUEST');
    assert.match(error.userMessage, /not JSON/);
  });

  it('rejects an empty body and a JSON array', () => {
    assert.equal(errorOf('').code, 'SNS_BAD_REQUEST');
    assert.equal(errorOf('[1,2]').code, 'SNS_BAD_REQUEST');
  });

  it('names every missing or wrong field', () => {
    const error = errorOf(JSON.stringify({ Type: 'Notification', MessageId: 7, Message: 'hi', TopicArn: 'arn:aws:sns:us-east-1:123456789012:t' }));
    assert.equal(error.code, 'SNS_ENVELOPE_INVALID');
    assert.equal(
      error.userMessage,
      'Bad SNS envelope: MessageId: must be a string; Timestamp: is required; SignatureVersion: is required; Signature: is required; SigningCertURL: is required.',
    );
  });

  it('names the Type when it is unknown or missing', () => {
    assert.match(errorOf('{"Type":"Surprise"}').userMessage, /^Bad SNS envelope: Type: must be Notification, SubscriptionConfirmation or UnsubscribeConfirmation\.$/);
    assert.match(errorOf('{"Message":"hi"}').userMessage, /Type: is required/);
  });

  it('asks a confirmation for its Token and SubscribeURL', () => {
    const notification = JSON.parse(fixture('notification-sigv1-sha1-hello-world.json')) as Record<string, unknown>;
    const error = errorOf(JSON.stringify({ ...notification, Type: 'SubscriptionConfirmation' }));
    assert.match(error.userMessage, /Token: is required; SubscribeURL: is required/);
  });

  describe('canonical string', () => {
    it('signs Message, MessageId, Timestamp, TopicArn and Type of a Notification without Subject', () => {
      const envelope = parseSnsEnvelope(fixture('notification-sigv1-sha1-hello-world.json'));
      assert.equal(
        canonicalString(envelope),
        'Message\nHello world\nMessageId\n792cda85-518f-5dd3-9163-81d851212f3a\nTimestamp\n2022-07-28T21:23:58.317Z\n' +
          'TopicArn\narn:aws:sns:us-east-2:295079676684:publish-and-verify-892f85fe-4836-424d-8188-ab85bef0f362\nType\nNotification\n',
      );
    });

    it('includes Subject when the Notification has one', () => {
      const envelope = parseSnsEnvelope(fixture('notification-docs-example-my-first-message.json'));
      assert.match(canonicalString(envelope), /\nMessageId\n22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324\nSubject\nMy First Message\nTimestamp\n/);
    });

    it('signs SubscribeURL and Token of a confirmation, in alphabetical order', () => {
      const envelope = parseSnsEnvelope(fixture('subscription-confirmation-docs-example.json'));
      assert.equal(
        canonicalString(envelope),
        'Message\nYou have chosen to subscribe to the topic arn:aws:sns:us-west-2:123456789012:MyTopic.\nTo confirm the subscription, visit the SubscribeURL included in this message.\n' +
          'MessageId\n165545c9-2a5c-472c-8df2-7ff2be2b3b1b\n' +
          'SubscribeURL\nhttps://sns.us-west-2.amazonaws.com/?Action=ConfirmSubscription&TopicArn=arn:aws:sns:us-west-2:123456789012:MyTopic&Token=2336412f37...\n' +
          'Timestamp\n2012-04-26T20:45:04.751Z\nToken\n2336412f37...\nTopicArn\narn:aws:sns:us-west-2:123456789012:MyTopic\nType\nSubscriptionConfirmation\n',
      );
    });
  });
});
