import assert from 'node:assert/strict';
import type { Notification } from '../../../../src/core/notification.js';
import { readFixture, readLocalFixture } from '../../../support/fixtures.js';
import { engineWithLog } from './engine-with-log.js';

describe('CloudWatch alarm configuration change card', () => {
  const { engine, log } = engineWithLog();
  const one = (input: Buffer | string): Notification => {
    const [n] = engine.notifications(input);
    assert.ok(n);
    return n;
  };
  const field = (n: Notification, label: string) => n.fields.find((f) => f.label === label)?.value;
  const changes = (n: Notification) => {
    const list = n.sections.find((s) => s.type === 'list' && s.title === 'What changed');
    return list && list.type === 'list' ? list.items : [];
  };
  afterEach(() => assert.deepEqual(log.warnings, []));

  it('says which alarm was updated and what changed, ignoring regenerated metric ids', () => {
    const n = one(readFixture('cloudwatch/eventbridge-alarm-configuration-change-metric-update.json'));
    assert.equal(n.title, 'CloudWatch alarm ServerCpuTooHigh updated in us-east-1');
    assert.equal(n.severity, 'info');
    assert.deepEqual(changes(n), ['Threshold: 70 → 80']);
    assert.equal(field(n, 'Condition'), 'CPUUtilization > 80 for 1 datapoint within 5 minutes');
    assert.equal(n.threadKey, 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:ServerCpuTooHigh');
    assert.equal(n.variables.Operation, 'update');
  });

  it('shows a composite alarm update by its rule', () => {
    const n = one(readFixture('cloudwatch/eventbridge-alarm-configuration-change-composite-update.json'));
    assert.equal(field(n, 'Rule'), 'ALARM(ServerCpuTooHigh) OR ALARM(TotalNetworkTrafficTooHigh)');
    assert.deepEqual(changes(n), ['Actions suppressor extension period: 180 → 360']);
  });

  it('announces a created alarm with its current state', () => {
    const n = one(readFixture('cloudwatch/eventbridge-alarm-configuration-change-composite-create-2.json'));
    assert.equal(n.title, 'CloudWatch alarm ServiceAggregatedAlarm created in us-east-1');
    assert.equal(field(n, 'Operation'), 'Created');
    assert.equal(field(n, 'Current state'), 'INSUFFICIENT_DATA');
    assert.deepEqual(changes(n), []);
  });

  it('is medium when an alarm is deleted, and links to the alarm list instead', () => {
    const n = one(readLocalFixture('monitoring/synthetic-cloudwatch-alarm-configuration-change-delete.json'));
    assert.equal(n.title, 'CloudWatch alarm ServerCpuTooHigh deleted in us-east-1');
    assert.equal(n.severity, 'medium');
    assert.equal(field(n, 'Last state'), 'OK');
    assert.equal(field(n, 'Condition'), 'CPUUtilization > 80 for 2 of 3 datapoints within 15 minutes');
    assert.equal(n.links[0]?.url, 'https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#alarmsV2:');
  });

  it('warns when an update disables the alarm actions', () => {
    const event = JSON.parse(readFixture('cloudwatch/eventbridge-alarm-configuration-change-metric-update.json').toString('utf8')) as { detail: { configuration: { actionsEnabled: boolean } } };
    event.detail.configuration.actionsEnabled = false;
    const n = one(JSON.stringify(event));
    assert.equal(n.severity, 'medium');
    assert.match(n.summary ?? '', /^Alarm actions are disabled/);
    assert.ok(changes(n).includes('Actions enabled: true → false'));
  });
});
