import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configurationsForTopic, findConfiguration } from '../../src/config/configurations.js';
import { parseSnsTopicArn } from '../../src/config/topic-arn.js';
import { FIXTURES, parse } from './helpers.js';

/** The TopicArn of a real SNS envelope from the shared fixtures. */
const topicOf = (file: string) => (JSON.parse(readFileSync(join(FIXTURES, 'sns', file), 'utf8')) as { TopicArn: string }).TopicArn;

const GUARDDUTY = topicOf('guardduty-announcement-new-findings.json');
const HELLO = topicOf('notification-sigv2-sha256-hello-world.json');

const config = parse(`configurations:
  - name: everything
    platform: sandbox
    channelId: sandbox
    snsTopicArns: ["*"]
  - name: security
    platform: slack
    channelId: C0123456789
    snsTopicArns: [${GUARDDUTY}]
  - name: security-teams
    platform: teams
    channelId: "19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2"
    snsTopicArns: [${GUARDDUTY}, arn:aws:sns:us-east-1:111122223333:other]
  - name: security-old
    platform: slack
    channelId: C0999999999
    snsTopicArns: [${GUARDDUTY}]
    enabled: false
`);

describe('routing a topic to channel configurations', () => {
  it('finds every enabled configuration subscribed to the topic, in file order', () => {
    assert.deepEqual(configurationsForTopic(config, GUARDDUTY).map((c) => c.name), ['everything', 'security', 'security-teams']);
  });

  it('sends a topic nobody names only to "*" configurations', () => {
    assert.deepEqual(configurationsForTopic(config, HELLO).map((c) => c.name), ['everything']);
  });

  it('matches the whole ARN, not a prefix or another region', () => {
    const otherRegion = GUARDDUTY.replace('us-west-2', 'us-east-1');
    assert.deepEqual(configurationsForTopic(config, otherRegion).map((c) => c.name), ['everything']);
    assert.deepEqual(configurationsForTopic(config, GUARDDUTY.slice(0, -1)).map((c) => c.name), ['everything']);
  });

  it('finds nothing when no configuration has "*" and none names the topic', () => {
    const narrow = { configurations: config.configurations.filter((c) => c.name !== 'everything') };
    assert.deepEqual(configurationsForTopic(narrow, HELLO), []);
  });

  it('finds a configuration by its exact name, enabled or not', () => {
    assert.equal(findConfiguration(config, 'security-old')?.enabled, false);
    assert.equal(findConfiguration(config, 'Security'), undefined);
  });

  it('reads the topic ARNs of real SNS envelopes', () => {
    assert.deepEqual(parseSnsTopicArn(GUARDDUTY), { partition: 'aws', region: 'us-west-2', account: '934957504740', name: 'GuardDutyAnnouncements' });
    assert.equal(parseSnsTopicArn(HELLO)?.region, 'us-east-2');
  });
});
