import assert from 'node:assert/strict';
import { parseAlarmTime, queryWindow, windowText, type QueryWindow } from '../../../src/actions/logs/query-window.js';
import { variablesOf } from './alarm-variables.js';

const NOW = new Date('2026-12-06T10:00:00Z');

// Times as the fixtures write them: ServerCpuTooHigh (EventBridge: reasonData.startDate, the event time),
// EXAMPLE (SNS: StateChangeTime, Trigger.Period 60, EvaluationPeriods 1), Test alert (Lambda action).
const cases: { it: string; variables: Record<string, string>; expected: QueryWindow }[] = [
  {
    it: 'starts at the reason data\'s start date and ends at the state change (EventBridge form)',
    variables: { ReasonStartDate: '2019-10-02T16:59:00.000+0000', StateChangeTime: '2019-10-02T17:04:40Z', Period: '300' },
    expected: { startTime: 1570035540, endTime: 1570035880, basis: 'reason-start' },
  },
  {
    it: 'goes back Period × EvaluationPeriods from the state change (SNS form)',
    variables: { StateChangeTime: '2015-06-03T17:43:27.123+0000', Period: '60', EvaluationPeriods: '1' },
    expected: { startTime: 1433353347, endTime: 1433353408, basis: 'evaluation-periods' },
  },
  {
    it: 'covers every evaluated period',
    variables: { StateChangeTime: '2024-02-17T11:53:08.431+0000', Period: '60', EvaluationPeriods: '5' },
    expected: { startTime: 1708170488, endTime: 1708170789, basis: 'evaluation-periods' },
  },
  {
    it: 'goes back one period when the number of periods is unknown',
    variables: { StateChangeTime: '2024-02-17T11:53:08.431+0000', Period: '60' },
    expected: { startTime: 1708170728, endTime: 1708170789, basis: 'period' },
  },
  {
    it: 'ignores a start date after the state change',
    variables: { ReasonStartDate: '2024-02-17T12:00:00.000+0000', StateChangeTime: '2024-02-17T11:53:08.431+0000', Period: '60', EvaluationPeriods: '2' },
    expected: { startTime: 1708170668, endTime: 1708170789, basis: 'evaluation-periods' },
  },
  {
    it: 'ends now and looks back ten minutes when the notification has no times',
    variables: {},
    expected: { startTime: NOW.getTime() / 1000 - 600, endTime: NOW.getTime() / 1000, basis: 'default' },
  },
  {
    it: 'reads nonsense as absent',
    variables: { StateChangeTime: 'yesterday', Period: 'five', EvaluationPeriods: '-1', ReasonStartDate: '' },
    expected: { startTime: NOW.getTime() / 1000 - 600, endTime: NOW.getTime() / 1000, basis: 'default' },
  },
];

describe('the window a logs query covers', () => {
  for (const c of cases) {
    it(c.it, () => {
      assert.deepEqual(queryWindow(c.variables, NOW), c.expected);
    });
  }

  it('reads CloudWatch\'s "+0000" offsets, ISO times and epoch numbers', () => {
    assert.equal(parseAlarmTime('2019-10-02T16:59:00.000+0000'), Date.UTC(2019, 9, 2, 16, 59));
    assert.equal(parseAlarmTime('2019-10-02T18:59:00+02:00'), Date.UTC(2019, 9, 2, 16, 59));
    assert.equal(parseAlarmTime('1570035540'), 1570035540000);
    assert.equal(parseAlarmTime('1570035540000'), 1570035540000);
    assert.equal(parseAlarmTime(undefined), undefined);
  });

  it('words the window for the card, with the date once when it does not change', () => {
    assert.equal(windowText({ startTime: 1570035540, endTime: 1570035880 }), '2019-10-02 16:59:00 → 17:04:40 UTC');
    assert.equal(windowText({ startTime: 1570060740, endTime: 1570061100 }), '2019-10-02 23:59:00 → 2019-10-03 00:05:00 UTC');
  });

  const fromFixtures: { fixture: string; expected: QueryWindow }[] = [
    { fixture: 'cloudwatch/eventbridge-alarm-state-change-metric-alarm.json', expected: { startTime: 1570035540, endTime: 1570035881, basis: 'reason-start' } },
    { fixture: 'cloudwatch/lambda-alarm-action-single-metric.json', expected: { startTime: 1708170660, endTime: 1708170789, basis: 'reason-start' } },
    { fixture: 'cloudwatch/alarm-sns-message-single-metric-alarm.json', expected: { startTime: 1433353347, endTime: 1433353408, basis: 'evaluation-periods' } },
  ];
  for (const { fixture, expected } of fromFixtures) {
    it(`covers the evaluation period of ${fixture.split('/')[1]}, as the real engine reads it`, () => {
      assert.deepEqual(queryWindow(variablesOf(fixture), NOW), expected);
    });
  }
});
