import assert from 'node:assert/strict';
import { readFixture } from '../../../support/fixtures.js';
import { engineWithLog } from './engine-with-log.js';

describe('SNS-specific cards', () => {
  const { engine, log } = engineWithLog();
  afterEach(() => assert.deepEqual(log.warnings, []));

  describe('a subscription confirmation', () => {
    const n = () => engine.notifications(readFixture('sns/subscription-confirmation-docs-example.json'))[0];

    it('says a confirmation arrived for the topic and when chatops confirms it', () => {
      assert.equal(n()?.source, 'aws.sns');
      assert.equal(n()?.title, 'SNS subscription confirmation for topic MyTopic');
      assert.match(n()?.summary ?? '', /confirms it automatically only when the topic is in a channel configuration/);
      assert.equal(n()?.severity, 'info');
    });

    it('never shows the SubscribeURL or its token', () => {
      const text = JSON.stringify({ ...n(), raw: undefined });
      assert.doesNotMatch(text, /ConfirmSubscription|2336412f37/);
    });

    it('links to the topic in the SNS console', () => {
      assert.equal(n()?.links[0]?.url, 'https://us-west-2.console.aws.amazon.com/sns/v3/home?region=us-west-2#/topic/arn:aws:sns:us-west-2:123456789012:MyTopic');
    });
  });

  it('warns when the endpoint was unsubscribed', () => {
    const envelope = { Type: 'UnsubscribeConfirmation', MessageId: 'u-1', Token: 't', TopicArn: 'arn:aws:sns:us-west-2:123456789012:MyTopic', Message: 'You have chosen to deactivate subscription …', SubscribeURL: 'https://sns.us-west-2.amazonaws.com/?Action=ConfirmSubscription&Token=t', Timestamp: '2012-04-26T20:06:41.581Z' };
    const [n] = engine.notifications(JSON.stringify(envelope));
    assert.equal(n?.title, 'SNS subscription to topic MyTopic was removed');
    assert.equal(n?.severity, 'medium');
  });

  describe('a plain text message', () => {
    it('uses the subject as title and shows the text once', () => {
      const [n] = engine.notifications(readFixture('sns/notification-docs-example-my-first-message.json'));
      assert.equal(n?.title, 'My First Message');
      assert.equal(n?.summary, 'Hello world!');
      assert.deepEqual(n?.fields, [{ label: 'Topic', value: 'MyTopic', short: true }]);
      assert.equal(n?.links[0]?.url, 'https://us-west-2.console.aws.amazon.com/sns/v3/home?region=us-west-2#/topic/arn:aws:sns:us-west-2:123456789012:MyTopic');
    });

    it('does not repeat a one-line message under its title', () => {
      const [n] = engine.notifications(readFixture('sns/notification-sigv2-sha256-hello-world.json'));
      assert.equal(n?.title, 'Hello world');
      assert.equal(n?.summary, undefined);
    });

    it('shows message attributes and exposes them as variables', () => {
      const [n] = engine.notifications(readFixture('sns/lambda-sns-event-powertools.json'));
      const attrs = n?.sections.find((s) => s.type === 'fields' && s.title === 'Message attributes');
      assert.ok(attrs && attrs.type === 'fields');
      assert.deepEqual(attrs.fields.map((f) => [f.label, f.value]), [['Test', 'TestString'], ['TestBinary', 'TestBinary']]);
      assert.equal(n?.variables.Test, 'TestString');
      assert.equal(n?.variables.TopicName, 'sns-lambda');
    });

    it('gives a raw body without an envelope a card too', () => {
      const [n] = engine.notifications(readFixture('sns/raw-delivery-body-plain-text.txt'));
      assert.equal(n?.title, 'This is a test message.');
      assert.equal(n?.links.length, 0);
    });
  });
});
