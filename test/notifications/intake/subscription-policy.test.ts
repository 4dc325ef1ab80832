import assert from 'node:assert/strict';
import type { ChannelConfiguration } from '../../../src/config/schema.js';
import { parseSnsEnvelope, type SnsSubscriptionEnvelope } from '../../../src/notifications/intake/sns-envelope.js';
import { decideSubscription } from '../../../src/notifications/intake/subscription-policy.js';
import { readFixture } from '../../support/fixtures.js';

const TOPIC = 'arn:aws:sns:us-west-2:123456789012:MyTopic';

function configuration(name: string, snsTopicArns: string[], enabled = true): ChannelConfiguration {
  return { name, platform: 'sandbox', channelId: 'sandbox', enabled, snsTopicArns, loggingLevel: 'ERROR', tags: {}, threading: 'on', accounts: [], guardrailPolicyArns: [], protectionPolicy: true, userRoles: 'allowed', customActions: [], logGroups: {} };
}

function confirmation(overrides: Record<string, string> = {}): SnsSubscriptionEnvelope {
  const fields = JSON.parse(readFixture('sns/subscription-confirmation-docs-example.json').toString('utf8')) as Record<string, string>;
  const envelope = parseSnsEnvelope(JSON.stringify({ ...fields, ...overrides }));
  if (envelope.Type === 'Notification') assert.fail('expected a confirmation');
  return envelope;
}

describe('subscription confirmation policy', () => {
  it('confirms when an enabled configuration lists the topic and the SubscribeURL is SNS', () => {
    const decision = decideSubscription(confirmation(), [configuration('ops', [TOPIC]), configuration('other', ['arn:aws:sns:us-west-2:123456789012:Other'])]);
    assert.ok(decision.confirm);
    assert.deepEqual(decision.configurations, ['ops']);
    assert.equal(decision.url.hostname, 'sns.us-west-2.amazonaws.com');
  });

  it('refuses a topic no configuration lists', () => {
    const decision = decideSubscription(confirmation(), [configuration('ops', ['arn:aws:sns:us-west-2:123456789012:Other'])]);
    assert.deepEqual(decision, {
      confirm: false,
      reason: `no enabled channel configuration lists the topic; add ${TOPIC} to snsTopicArns and request confirmation again`,
    });
  });

  it('never confirms for a "*" configuration', () => {
    const decision = decideSubscription(confirmation(), [configuration('sandbox', ['*'])]);
    assert.equal(decision.confirm, false);
    assert.match(decision.confirm ? '' : decision.reason, /"\*" configurations never confirm a subscription/);
  });

  it('ignores a disabled configuration that lists the topic', () => {
    assert.equal(decideSubscription(confirmation(), [configuration('ops', [TOPIC], false)]).confirm, false);
  });

  it('on a configuration path, counts only that configuration', () => {
    const configurations = [configuration('ops', [TOPIC]), configuration('finance', ['arn:aws:sns:us-west-2:123456789012:Bills'])];
    assert.equal(decideSubscription(confirmation(), configurations, 'ops').confirm, true);
    const refused = decideSubscription(confirmation(), configurations, 'finance');
    assert.equal(refused.confirm, false);
    assert.match(refused.confirm ? '' : refused.reason, /^channel configuration "finance" \(enabled\) does not list the topic/);
  });

  for (const url of [
    'https://sns.us-west-2.amazonaws.com.attacker.example/?Action=ConfirmSubscription',
    'http://sns.us-west-2.amazonaws.com/?Action=ConfirmSubscription',
    'https://169.254.169.254/latest/api/token',
    'https://attacker@sns.us-west-2.amazonaws.com/',
    'https://sns.us-west-2.amazonaws.com:8080/',
  ]) {
    it(`refuses a configured topic whose SubscribeURL is ${url}`, () => {
      const decision = decideSubscription(confirmation({ SubscribeURL: url }), [configuration('ops', [TOPIC])]);
      assert.equal(decision.confirm, false);
      assert.match(decision.confirm ? '' : decision.reason, /^SubscribeURL is not an SNS URL: /);
    });
  }
});
