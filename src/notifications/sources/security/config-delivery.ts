import type { NotificationLink } from '../../../core/notification.js';
import type { SourceEvent } from '../../source-event.js';
import { consoleUrl } from '../console.js';
import { getArr, getStr, isRecord } from '../read.js';
import type { Normalised, SourceDefinition } from '../types.js';
import { CONFIG_HISTORY_STATUS, CONFIG_REEVALUATION_STATUS, CONFIG_SERVICE, CONFIG_SNAPSHOT_STATUS, configRuleUrl } from './config-common.js';
import { s3ObjectUrl } from './s3-links.js';
import { defined, joinWithMore } from './summarise.js';

/**
 * AWS Config housekeeping messages: rule evaluations started, configuration snapshot and history
 * deliveries to S3 (SNS messageTypes, and the EventBridge "… Delivery Status" / "Rules
 * Re-evaluation Status" events whose detail carries the same messageType). Routine: info;
 * a failed delivery is high.
 *
 * facts: what ("Configuration snapshot delivered to S3"), messageType, rules ("a, b and 3
 * more"), snapshotId, s3Location ("s3://bucket/key"), s3Url, historyResourceType, failure.
 */
export const configDelivery: SourceDefinition = {
  id: 'config-delivery',
  matches: [
    'ConfigRulesEvaluationStarted',
    'ConfigurationSnapshotDeliveryStarted',
    'ConfigurationSnapshotDeliveryCompleted',
    'ConfigurationSnapshotDeliveryFailed',
    'ConfigurationHistoryDeliveryCompleted',
    CONFIG_SNAPSHOT_STATUS,
    CONFIG_HISTORY_STATUS,
    CONFIG_REEVALUATION_STATUS,
  ].map((detailType) => ({ source: 'aws.config', detailType })),
  normalise: normaliseDelivery,
};

function normaliseDelivery(event: SourceEvent): Normalised {
  const d = isRecord(event.detail) ? event.detail : {};
  const messageType = getStr(d, 'messageType') ?? event.detailType;
  const region = getStr(d, 'awsRegion') ?? event.region;
  const rules = getArr(d, 'configRuleNames').map(String);
  const snapshotId = getStr(d, 'configSnapshotId');
  const bucket = getStr(d, 's3Bucket');
  const key = getStr(d, 's3ObjectKey');
  const s3Location = bucket ? `s3://${bucket}/${key ?? ''}` : undefined;
  const s3Url = bucket && key ? s3ObjectUrl(bucket, key, region) : undefined;
  const historyResourceType = key?.match(/ConfigHistory_(AWS::[A-Za-z0-9]+::[A-Za-z0-9]+)_/)?.[1];
  const failure = getStr(d, 'failureMessage') ?? getStr(d, 'failureReason') ?? getStr(d, 'errorMessage');
  const failed = /Failed$/.test(messageType);
  const what = describe(messageType, rules, historyResourceType);

  const links: NotificationLink[] = [];
  if (s3Url) links.push({ label: 'Open in S3', url: s3Url });
  if (rules.length) links.push({ label: rules.length === 1 ? 'Open rule in AWS Config' : 'Open rules in AWS Config', url: configRuleUrl(region, rules.length === 1 ? rules[0] : undefined) });
  links.push({ label: 'Open AWS Config', url: consoleUrl(region, 'config/home', '/dashboard') });

  return {
    service: CONFIG_SERVICE,
    severity: failed ? 'high' : 'info',
    title: what,
    summary: failure,
    account: getStr(d, 'awsAccountId') ?? event.account,
    region,
    time: getStr(d, 'notificationCreationTime') ?? event.time,
    resources: bucket ? [{ id: `arn:aws:s3:::${bucket}/${key ?? ''}`, type: 'AWS::S3::Object', url: s3Url }] : [],
    links,
    fields: [...(s3Location ? [{ label: 'Delivered to', value: s3Location, url: s3Url }] : []), ...(snapshotId ? [{ label: 'Snapshot', value: snapshotId, short: true }] : [])],
    threadKey: snapshotId,
    variables: defined({ messageType, configRuleNames: rules.join(','), configSnapshotId: snapshotId, s3Bucket: bucket, s3ObjectKey: key }),
    facts: { what, messageType, rules: rules.length ? joinWithMore(rules, 5) : undefined, snapshotId, s3Location, s3Url, historyResourceType, failure },
  };
}

function describe(messageType: string, rules: string[], historyType: string | undefined): string {
  switch (messageType) {
    case 'ConfigRulesEvaluationStarted':
      return `Config rules evaluation started${rules.length ? `: ${joinWithMore(rules, 3)}` : ''}`;
    case 'ConfigurationSnapshotDeliveryStarted':
      return 'Configuration snapshot delivery started';
    case 'ConfigurationSnapshotDeliveryCompleted':
      return 'Configuration snapshot delivered to S3';
    case 'ConfigurationSnapshotDeliveryFailed':
      return 'Configuration snapshot delivery failed';
    case 'ConfigurationHistoryDeliveryCompleted':
      return `Configuration history${historyType ? ` for ${historyType}` : ''} delivered to S3`;
    case 'ConfigurationHistoryDeliveryFailed':
      return 'Configuration history delivery failed';
    default:
      return messageType.replace(/([a-z])([A-Z])/g, '$1 $2');
  }
}
