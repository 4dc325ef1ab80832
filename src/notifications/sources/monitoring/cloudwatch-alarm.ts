import type { SourceDefinition } from '../types.js';
import { alarmFromSns } from './alarm-from-sns.js';
import { alarmFromStateChange } from './alarm-from-state-change.js';
import { alarmNotification } from './alarm-notification.js';

/** CloudWatch alarm state changes in all three forms: SNS message, EventBridge event, Lambda alarm action. */
export const cloudwatchAlarmStateChange: SourceDefinition = {
  id: 'cloudwatch-alarm',
  matches: [{ source: 'aws.cloudwatch', detailType: 'CloudWatch Alarm State Change' }],
  normalise(event) {
    const alarm = event.form === 'sns-alarm' ? alarmFromSns(event) : alarmFromStateChange(event);
    return alarmNotification(alarm);
  },
};
