import assert from 'node:assert/strict';
import type { Notification } from '../../../../src/core/notification.js';
import { notificationToCard } from '../../../../src/notifications/to-card.js';
import { readFixture, readLocalFixture } from '../../../support/fixtures.js';
import { engineWithLog } from './engine-with-log.js';

describe('CloudWatch alarm state change card', () => {
  const { engine, log } = engineWithLog();
  const one = (input: Buffer | string): Notification => {
    const [n, ...rest] = engine.notifications(input);
    assert.ok(n);
    assert.equal(rest.length, 0);
    return n;
  };
  const field = (n: Notification, label: string) => n.fields.find((f) => f.label === label)?.value;
  afterEach(() => assert.deepEqual(log.warnings, []));

  describe('from EventBridge', () => {
    const n = () => one(readFixture('cloudwatch/eventbridge-alarm-state-change-metric-alarm.json'));

    it('says the state, the alarm and the Region in the title, and is high in ALARM', () => {
      assert.equal(n().title, 'ALARM: ServerCpuTooHigh in us-east-1');
      assert.equal(n().severity, 'high');
      assert.equal(n().account, '123456789012');
      assert.equal(n().region, 'us-east-1');
    });

    it('derives the threshold sentence from the reason when the event has no comparison operator', () => {
      assert.equal(field(n(), 'Condition'), 'CPUUtilization > 50 for 1 datapoint within 5 minutes');
    });

    it('shows the state change, metric, dimensions, latest value and reason', () => {
      assert.equal(field(n(), 'State'), 'OK → ALARM');
      assert.equal(field(n(), 'Metric'), 'AWS/EC2 CPUUtilization (Average, 5-minute period)');
      assert.equal(field(n(), 'Dimensions'), 'InstanceId = i-12345678901234567');
      assert.equal(field(n(), 'Latest value'), '99.5016');
      const reason = n().sections.find((s) => s.type === 'text' && s.title === 'Reason');
      assert.ok(reason && reason.type === 'text');
      assert.match(reason.text, /^Threshold Crossed: 1 out of the last 1 datapoints/);
    });

    it('links first to the alarm in the CloudWatch console and threads by alarm ARN', () => {
      assert.equal(n().links[0]?.url, 'https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#alarmsV2:alarm/ServerCpuTooHigh');
      assert.equal(n().threadKey, 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:ServerCpuTooHigh');
    });

    it('exposes the alarm name, state, metric and each dimension as variables', () => {
      const v = n().variables;
      assert.equal(v.AlarmName, 'ServerCpuTooHigh');
      assert.equal(v.AlarmArn, 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:ServerCpuTooHigh');
      assert.equal(v.AlarmState, 'ALARM');
      assert.equal(v.PreviousState, 'OK');
      assert.equal(v.MetricName, 'CPUUtilization');
      assert.equal(v.Namespace, 'AWS/EC2');
      assert.equal(v.InstanceId, 'i-12345678901234567');
      assert.equal(v.region, 'us-east-1');
      assert.equal(v.account, '123456789012');
    });
  });

  it('shows the expression of a metric math alarm and lists its metrics', () => {
    const n = one(readFixture('cloudwatch/eventbridge-alarm-state-change-metric-math-alarm.json'));
    assert.equal(field(n, 'Condition'), 'SUM(METRICS()) > 10,000 for 1 datapoint within 5 minutes');
    assert.equal(field(n, 'Metric'), 'Total Network Traffic');
    const list = n.sections.find((s) => s.type === 'list' && s.title === 'Metrics');
    assert.ok(list && list.type === 'list');
    assert.deepEqual(list.items, [
      'e1: SUM(METRICS()) (Total Network Traffic)',
      'm1: AWS/EC2 NetworkIn (Maximum, 5-minute period) [InstanceId=i-12345678901234567]',
      'm2: AWS/EC2 NetworkOut (Maximum, 5-minute period) [InstanceId=i-12345678901234567]',
    ]);
  });

  it('shows a composite alarm by its rule and the children that triggered it', () => {
    const n = one(readFixture('cloudwatch/eventbridge-alarm-state-change-composite-alarm.json'));
    assert.equal(n.title, 'ALARM: ServiceAggregatedAlarm in us-east-1');
    assert.equal(field(n, 'Rule'), 'ALARM(ServerCpuTooHigh) OR ALARM(TotalNetworkTrafficTooHigh)');
    assert.equal(field(n, 'Actions'), 'Actions suppressed by WaitPeriod');
    const list = n.sections.find((s) => s.type === 'list' && s.title === 'Triggering alarms');
    assert.ok(list && list.type === 'list');
    assert.deepEqual(list.items, ['ServerCpuTooHigh (ALARM)']);
  });

  it('shows at most three triggering children and says how many more', () => {
    const n = one(readLocalFixture('monitoring/synthetic-cloudwatch-sns-composite-alarm-five-children.json'));
    const list = n.sections.find((s) => s.type === 'list' && s.title === 'Triggering alarms');
    assert.ok(list && list.type === 'list');
    assert.deepEqual(list.items, ['CheckoutLatency (ALARM)', 'CheckoutErrors (ALARM)', 'PaymentsTimeouts (ALARM)', 'and 2 more']);
    assert.equal(n.region, 'ap-southeast-1');
  });

  describe('from the SNS message', () => {
    it('reads the Trigger: operator, threshold, unit, period and evaluation periods', () => {
      const n = one(readFixture('cloudwatch/alarm-sns-message-single-metric-alarm.json'));
      assert.equal(field(n, 'Condition'), 'NetworkOut > 0 bytes for 1 datapoint within 1 minute');
      assert.equal(field(n, 'Metric'), 'AWS/EC2 NetworkOut (Average, 1-minute period)');
      assert.equal(n.variables.InstanceId, 'TestInstance');
    });

    it('is a success with a short title when the alarm returns to OK, and finds the Region from its name', () => {
      const n = one(readFixture('cloudwatch/alarm-sns-message-metric-ok-dbmigrationrequired.json'));
      assert.equal(n.title, 'OK: DBMigrationRequired');
      assert.equal(n.severity, 'success');
      assert.equal(n.region, 'us-east-1'); // "US (Virginia)"
      assert.equal(field(n, 'State'), 'ALARM → OK');
      assert.equal(n.summary, 'App is reporting "A JPA error occurred(Unable to build EntityManagerFactory)"');
      assert.equal(n.threadKey, 'arn:aws:cloudwatch:us-east-1:735598076380:alarm:DBMigrationRequired');
    });

    it('still reads well with no Trigger at all', () => {
      const n = one(readFixture('cloudwatch/alarm-sns-message-minimal-no-trigger.json'));
      assert.equal(n.title, 'ALARM: Example in eu-west-1');
      assert.equal(field(n, 'Condition'), undefined);
      assert.equal(field(n, 'State'), 'OK → ALARM');
      assert.equal(n.links[0]?.url, 'https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#alarmsV2:alarm/Example');
    });

    it('shows the expression and "2 of 3 datapoints" for a metric math alarm', () => {
      const n = one(readLocalFixture('monitoring/synthetic-cloudwatch-sns-metric-math-alarm.json'));
      assert.equal(field(n, 'Condition'), '100 * errors / requests > 5 for 2 of 3 datapoints within 15 minutes');
      assert.equal(field(n, 'Dimensions'), 'ApiName = orders-api, Stage = prod');
      assert.equal(n.variables.ApiName, 'orders-api');
      assert.equal(n.variables.Stage, 'prod');
    });

    it('says "outside the band" for an anomaly detection alarm', () => {
      const n = one(readLocalFixture('monitoring/synthetic-cloudwatch-sns-anomaly-detection-alarm.json'));
      assert.equal(field(n, 'Condition'), 'TargetResponseTime outside the band (2 standard deviations) for 3 datapoints within 15 minutes');
      assert.equal(n.region, 'us-west-2');
    });
  });

  describe('from a Lambda alarm action', () => {
    it('reads alarmData like the EventBridge detail', () => {
      const n = one(readFixture('cloudwatch/lambda-alarm-action-single-metric.json'));
      assert.equal(n.title, 'ALARM: Test alert in eu-west-1');
      assert.equal(field(n, 'Condition'), 'm1/m2 < 10 for 1 datapoint within 1 minute');
      assert.equal(n.links[0]?.url, 'https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#alarmsV2:alarm/Test%20alert');
      assert.equal(n.threadKey, 'arn:aws:cloudwatch:eu-west-1:912397435824:alarm:test_alarm');
    });

    it('lists the triggering child of a composite alarm', () => {
      const n = one(readFixture('cloudwatch/lambda-alarm-action-composite.json'));
      const list = n.sections.find((s) => s.type === 'list' && s.title === 'Triggering alarms');
      assert.ok(list && list.type === 'list');
      assert.deepEqual(list.items, ['CompositeDemo.FirstChild (ALARM)']);
    });
  });

  it('is medium in INSUFFICIENT_DATA', () => {
    const n = one(readLocalFixture('monitoring/synthetic-cloudwatch-eventbridge-anomaly-detection-alarm.json'));
    assert.equal(n.severity, 'medium');
    assert.equal(n.title, 'INSUFFICIENT_DATA: OrdersLatencyAnomaly in us-west-2');
  });

  it('gives the same thread to the SNS and EventBridge forms of one alarm', () => {
    const sns = one(readLocalFixture('monitoring/synthetic-cloudwatch-sns-anomaly-detection-alarm.json'));
    const eb = one(readLocalFixture('monitoring/synthetic-cloudwatch-eventbridge-anomaly-detection-alarm.json'));
    assert.equal(sns.threadKey, eb.threadKey);
  });

  it('builds the thread key from account, Region and name when the message has no ARN', () => {
    const message = { AlarmName: 'Disk full', AWSAccountId: '123456789012', NewStateValue: 'ALARM', NewStateReason: 'Threshold Crossed', Region: 'EU (Ireland)', OldStateValue: 'OK' };
    const n = one(JSON.stringify(message));
    assert.equal(n.threadKey, 'arn:aws:cloudwatch:eu-west-1:123456789012:alarm:Disk full');
    assert.equal(n.links[0]?.url, 'https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#alarmsV2:alarm/Disk%20full');
  });

  it('still gives a readable card for an EventBridge alarm event with almost nothing in it', () => {
    const event = { version: '0', id: 'x', 'detail-type': 'CloudWatch Alarm State Change', source: 'aws.cloudwatch', account: '123456789012', region: 'us-east-2', time: '2024-01-01T00:00:00Z', resources: ['arn:aws:cloudwatch:us-east-2:123456789012:alarm:Lonely'], detail: { state: { value: 'ALARM' } } };
    const n = one(JSON.stringify(event));
    assert.equal(n.title, 'ALARM: Lonely in us-east-2');
    assert.equal(n.severity, 'high');
    const card = notificationToCard(n);
    assert.equal(card.actions?.[0]?.type, 'link');
  });
});
