import type { SourceDefinition } from '../types.js';
import { cloudwatchAlarmConfigurationChange } from './alarm-configuration-change.js';
import { backupNotification } from './backup-notification.js';
import { budgetNotification } from './budget-notification.js';
import { costAnomaly } from './cost-anomaly.js';
import { snsSubscription } from './sns-subscription.js';
import { snsTextMessage } from './sns-text-message.js';
import { cloudwatchAlarmStateChange } from './cloudwatch-alarm.js';
import { customNotification } from './custom-notification.js';

/** The monitoring group of sources. */
export const monitoringSources: SourceDefinition[] = [cloudwatchAlarmStateChange, cloudwatchAlarmConfigurationChange, customNotification, budgetNotification, costAnomaly, backupNotification, snsSubscription, snsTextMessage];
