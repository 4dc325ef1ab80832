import assert from 'node:assert/strict';
import { readFixture } from '../support/fixtures.js';
import { notificationOf, variablesOf } from './fixture-notification.js';

/** What a custom action can use from each kind of notification (findings doc §3), read from real fixtures. */
describe('variables a custom action can use', () => {
  const alarms: { fixture: string; expected: Record<string, string>; absent: string[] }[] = [
    {
      fixture: 'cloudwatch/eventbridge-alarm-state-change-metric-alarm.json',
      expected: {
        AlarmName: 'ServerCpuTooHigh',
        AlarmState: 'ALARM',
        AlarmDescription: 'Goes into alarm when server CPU utilization is too high!',
        Threshold: '50',
        Period: '300',
        EvaluationPeriods: '1',
        StateChangeTime: '2019-10-02T17:04:40.989Z',
        ReasonStartDate: '2019-10-02T16:59:00.000Z',
        InstanceId: 'i-12345678901234567',
      },
      absent: ['LogGroup'],
    },
    {
      fixture: 'cloudwatch/alarm-sns-message-single-metric-alarm.json',
      expected: { AlarmName: 'EXAMPLE', AlarmDescription: 'EXAMPLE', Threshold: '0', Period: '60', EvaluationPeriods: '1', StateChangeTime: '2015-06-03T17:43:27.123Z' },
      absent: ['ReasonStartDate', 'LogGroup'],
    },
    {
      fixture: 'cloudwatch/lambda-alarm-action-single-metric.json',
      expected: { AlarmName: 'Test alert', AlarmDescription: 'This is description **here**', Threshold: '10', Period: '60', StateChangeTime: '2024-02-17T11:53:08.431Z', ReasonStartDate: '2024-02-17T11:51:00.000Z' },
      // Its metrics have no FunctionName dimension, so no log group can be derived.
      absent: ['LogGroup'],
    },
    {
      fixture: 'cloudwatch/eventbridge-alarm-state-change-composite-alarm.json',
      expected: { AlarmName: 'ServiceAggregatedAlarm', AlarmState: 'ALARM' },
      absent: ['Threshold', 'Period', 'MetricName', 'LogGroup'],
    },
  ];
  for (const a of alarms) {
    it(`exposes the alarm's settings and times from ${a.fixture}`, () => {
      const v = variablesOf(a.fixture);
      for (const [name, value] of Object.entries(a.expected)) assert.equal(v[name], value, name);
      for (const name of a.absent) assert.equal(v[name], undefined, name);
    });
  }

  it("derives a Lambda alarm's log group from its FunctionName dimension", () => {
    // The real Lambda alarm action, with a FunctionName dimension added: no real sample has one.
    const event = JSON.parse(readFixture('cloudwatch/lambda-alarm-action-single-metric.json').toString('utf8'));
    event.alarmData.configuration.metrics[1].metricStat.metric.dimensions = { FunctionName: 'orders-intake' };
    const v = notificationOf(Buffer.from(JSON.stringify(event))).variables;
    assert.equal(v.FunctionName, 'orders-intake');
    assert.equal(v.LogGroup, '/aws/lambda/orders-intake');
  });

  it('keeps the log group a CodeBuild event names', () => {
    assert.equal(variablesOf('eventbridge/codebuild-build-state-change.json').LogGroup, '/aws/codebuild/my-sample-project');
  });

  it("exposes a custom notification's summary beside its metadata", () => {
    const v = variablesOf('custom/reference-complex.json');
    assert.deepEqual({ summary: v.summary, threadId: v.threadId, eventType: v.eventType, priority: v.priority }, { summary: 'Order Processing Update', threadId: 'OrderProcessing-1', eventType: 'BananaOrderAppEvent', priority: 'critical' });
    assert.equal(variablesOf('custom/reference-minimal.json').summary, undefined);
  });
});
