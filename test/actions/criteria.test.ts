import assert from 'node:assert/strict';
import { showsOn } from '../../src/actions/criteria.js';
import type { ActionCriterion } from '../../src/ports/custom-actions.js';
import { variablesOf } from './fixture-notification.js';

const EC2_ALARM = 'cloudwatch/eventbridge-alarm-state-change-metric-alarm.json';
const COMPOSITE = 'cloudwatch/eventbridge-alarm-state-change-composite-alarm.json';
const OK_ALARM = 'cloudwatch/alarm-sns-message-metric-ok-dbmigrationrequired.json';
const EC2_STATE = 'eventbridge/ec2-instance-state-change-notification.json';
const CUSTOM = 'custom/reference-complex.json';
const CUSTOM_MINIMAL = 'custom/reference-minimal.json';

const has = (variable: string): ActionCriterion => ({ variable, operator: 'HAS_VALUE' });
const equals = (variable: string, value: string): ActionCriterion => ({ variable, operator: 'EQUALS', value });

describe('custom action display criteria', () => {
  const cases: { button: string; criteria: ActionCriterion[]; fixture: string; shows: boolean }[] = [
    { button: 'with no criteria, on any notification', criteria: [], fixture: CUSTOM_MINIMAL, shows: true },
    { button: '"Reboot" (InstanceId has a value), on an EC2 CPU alarm', criteria: [has('InstanceId')], fixture: EC2_ALARM, shows: true },
    { button: '"Reboot" (InstanceId has a value), on a composite alarm', criteria: [has('InstanceId')], fixture: COMPOSITE, shows: false },
    { button: '"Reboot" (InstanceId has a value), on an EC2 state change', criteria: [has('InstanceId')], fixture: EC2_STATE, shows: true },
    { button: 'only in ALARM, on an alarm in ALARM', criteria: [equals('AlarmState', 'ALARM')], fixture: EC2_ALARM, shows: true },
    { button: 'only in ALARM, on an alarm back to OK', criteria: [equals('AlarmState', 'ALARM')], fixture: OK_ALARM, shows: false },
    { button: 'EC2 alarms in ALARM, on an EC2 alarm in ALARM', criteria: [equals('Namespace', 'AWS/EC2'), equals('AlarmState', 'ALARM'), has('InstanceId')], fixture: EC2_ALARM, shows: true },
    { button: 'EC2 alarms in ALARM, on a log metric alarm', criteria: [equals('Namespace', 'AWS/EC2'), equals('AlarmState', 'ALARM')], fixture: OK_ALARM, shows: false },
    { button: 'critical custom notifications, on a critical one', criteria: [equals('priority', 'critical')], fixture: CUSTOM, shows: true },
    { button: 'critical custom notifications, on one without priority', criteria: [equals('priority', 'critical')], fixture: CUSTOM_MINIMAL, shows: false },
    { button: 'equals compares case exactly', criteria: [equals('priority', 'Critical')], fixture: CUSTOM, shows: false },
    { button: 'equals compares the whole value', criteria: [equals('AlarmState', 'ALA')], fixture: EC2_ALARM, shows: false },
    { button: 'in us-east-1, on an alarm whose Region came from "US (Virginia)"', criteria: [equals('region', 'us-east-1')], fixture: OK_ALARM, shows: true },
    { button: 'threaded custom notifications, on one with a threadId', criteria: [has('threadId')], fixture: CUSTOM, shows: true },
    { button: 'threaded custom notifications, on one without', criteria: [has('threadId')], fixture: CUSTOM_MINIMAL, shows: false },
  ];
  for (const c of cases) {
    it(`${c.shows ? 'shows' : 'hides'} the button ${c.button}`, () => {
      assert.equal(showsOn({ criteria: c.criteria }, variablesOf(c.fixture)), c.shows);
    });
  }

  it('does not count a blank value as a value', () => {
    assert.equal(showsOn({ criteria: [has('InstanceId')] }, { InstanceId: '   ' }), false);
  });

  it('does not find variables on the object prototype', () => {
    assert.equal(showsOn({ criteria: [has('constructor')] }, {}), false);
    assert.equal(showsOn({ criteria: [equals('toString', '')] }, {}), false);
  });
});
