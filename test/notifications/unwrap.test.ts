import assert from 'node:assert/strict';
import { ChatOpsError } from '../../src/core/errors.js';
import { NotificationEngine } from '../../src/notifications/engine.js';
import { readFixture } from '../support/fixtures.js';

describe('unwrapping what arrives', () => {
  const engine = new NotificationEngine();

  it('takes the SNS envelope off and keeps its message id, topic and time', () => {
    const [event] = engine.events(readFixture('sns/notification-sigv2-sha256-hello-world.json'));
    assert.equal(event?.form, 'text');
    assert.equal(event?.sns?.messageId, '17dea24b-55c2-540b-8362-f916557af765');
    assert.match(event?.sns?.topicArn ?? '', /^arn:aws:sns:us-east-2:295079676684:/);
    assert.equal(event?.region, 'us-east-2');
    assert.equal(event?.account, '295079676684');
    assert.deepEqual(event?.detail, { text: 'Hello world', subject: undefined });
  });

  it('reads every record of a Lambda SNS event (four here)', () => {
    const events = engine.events(readFixture('sns/lambda-sns-records-backup-job-completed-and-failed.json'));
    assert.equal(events.length, 4);
    assert.ok(events.every((e) => e.sns?.topicArn?.startsWith('arn:aws:sns:')));
  });

  it('recognises an EventBridge event by source and detail-type', () => {
    const [event] = engine.events(readFixture('eventbridge/ec2-instance-state-change-notification.json'));
    assert.equal(event?.form, 'eventbridge');
    assert.equal(event?.source, 'aws.ec2');
    assert.equal(event?.detailType, 'EC2 Instance State-change Notification');
    assert.equal(event?.account, '111122223333');
  });

  it('recognises a CloudWatch alarm published to SNS', () => {
    const [event] = engine.events(readFixture('cloudwatch/alarm-sns-message-single-metric-alarm.json'));
    assert.equal(event?.form, 'sns-alarm');
    assert.equal(event?.source, 'aws.cloudwatch');
    assert.equal(event?.detailType, 'CloudWatch Alarm State Change');
  });

  it('recognises a CloudWatch alarm action invoking Lambda', () => {
    const [event] = engine.events(readFixture('cloudwatch/lambda-alarm-action-single-metric.json'));
    assert.equal(event?.form, 'lambda-alarm');
    assert.equal(event?.region, 'eu-west-1');
  });

  it('recognises a CodeStar notification by its camel-case detailType', () => {
    const [event] = engine.events(readFixture('codestar/codepipeline-action-execution-failed-full.json'));
    assert.equal(event?.form, 'codestar');
    assert.equal(event?.source, 'aws.codepipeline');
  });

  it('recognises a custom notification', () => {
    const [event] = engine.events(readFixture('custom/reference-minimal.json'));
    assert.equal(event?.form, 'custom');
    assert.equal(event?.source, 'custom');
  });

  it('accepts an SNS envelope whose Message is an object, as some documentation samples show', () => {
    const [event] = engine.events(readFixture('sns/config-configuration-item-change-ec2-instance-updated.json'));
    assert.equal(event?.sns?.messageId, 'faeba85e-ef46-570a-b01c-f8b0faae8d5d');
    assert.notEqual(event?.form, 'text');
  });

  it('treats a raw-delivery plain-text body as a text message', () => {
    const [event] = engine.events(readFixture('sns/raw-delivery-body-plain-text.txt'));
    assert.equal(event?.form, 'text');
  });

  it('reads JSON that looks broken as text rather than failing', () => {
    const [event] = engine.events('{"AlarmName": "x",');
    assert.equal(event?.form, 'text');
  });

  it('refuses empty and binary input with INPUT_UNREADABLE', () => {
    for (const bad of ['', '   \n', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02])]) {
      assert.throws(() => engine.events(bad), (e: unknown) => e instanceof ChatOpsError && e.code === 'INPUT_UNREADABLE');
    }
  });
});
