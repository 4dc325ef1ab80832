import type { Recognised } from '../../source-event.js';
import { consoleUrl } from '../console.js';
import { getStr, isRecord, str } from '../read.js';

export const CONFIG_SERVICE = 'AWS Config';

/** The EventBridge detail types AWS Config sends; their `detail` is the SNS message body. */
export const CONFIG_COMPLIANCE_CHANGE = 'Config Rules Compliance Change';
export const CONFIG_ITEM_CHANGE = 'Config Configuration Item Change';
export const CONFIG_SNAPSHOT_STATUS = 'Config Configuration Snapshot Delivery Status';
export const CONFIG_HISTORY_STATUS = 'Config Configuration History Delivery Status';
export const CONFIG_REEVALUATION_STATUS = 'Config Rules Re-evaluation Status';

/**
 * AWS Config's SNS notifications are JSON with a `messageType` (ConfigurationItemChangeNotification,
 * ComplianceChangeNotification, ConfigRulesEvaluationStarted, ConfigurationSnapshotDelivery…,
 * ConfigurationHistoryDeliveryCompleted, OversizedConfigurationItemChangeNotification). They
 * become source aws.config with the messageType as detail type.
 */
export function recogniseConfigMessage(json: Record<string, unknown> | undefined): Recognised | undefined {
  if (!json || json.source !== undefined) return undefined;
  const messageType = str(json.messageType);
  if (!messageType || !/^[A-Z][A-Za-z]+$/.test(messageType)) return undefined;
  const versioned = json.recordVersion !== undefined || json.MessageVersion !== undefined;
  const dated = json.notificationCreationTime !== undefined || json.NotificationCreateTime !== undefined;
  if (!versioned && !dated) return undefined;
  const item = configurationItem(json) ?? (isRecord(json.configurationItemSummary) ? json.configurationItemSummary : undefined);
  const arn = getStr(item, 'ARN') ?? getStr(item, 'arn') ?? str(json.configRuleARN);
  return {
    form: 'json',
    source: 'aws.config',
    detailType: messageType,
    account: str(json.awsAccountId) ?? getStr(item, 'awsAccountId') ?? getStr(item, 'accountId'),
    region: str(json.awsRegion) ?? getStr(item, 'awsRegion'),
    time: str(json.notificationCreationTime) ?? str(json.NotificationCreateTime),
    resources: arn ? [arn] : [],
    detail: json,
    body: json,
  };
}

/** The configuration item; the legacy (2014) format sends a one-element array. */
export function configurationItem(message: unknown): Record<string, unknown> | undefined {
  if (!isRecord(message)) return undefined;
  const item = message.configurationItem;
  if (Array.isArray(item)) return isRecord(item[0]) ? item[0] : undefined;
  return isRecord(item) ? item : undefined;
}

/** "AWS::EC2::SecurityGroup" → "EC2 security group"; "AWS::::Account" → "Account" */
export function typeWords(type: string | undefined): string {
  if (!type) return 'Resource';
  const parts = type.split('::').filter((p) => p && p !== 'AWS');
  if (parts.length === 0) return type;
  const [service, ...rest] = parts;
  if (rest.length === 0) return service ?? type;
  const noun = rest
    .join(' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return `${service} ${noun}`;
}

/** "EC2 instance i-0abc (web-1)" */
export function resourcePhrase(type: string | undefined, id: string | undefined, name?: string): string {
  const base = `${typeWords(type)}${id ? ` ${id}` : ''}`;
  return name && name !== id ? `${base} (${name})` : base;
}

export function configResourceUrl(region: string | undefined, type: string | undefined, id: string | undefined): string {
  if (!type || !id) return consoleUrl(region, 'config/home', '/resources');
  return consoleUrl(region, 'config/home', `/resources/details?resourceId=${encodeURIComponent(id)}&resourceType=${encodeURIComponent(type)}`);
}

export function configRuleUrl(region: string | undefined, ruleName: string | undefined): string {
  return consoleUrl(region, 'config/home', ruleName ? `/rules/details?configRuleName=${encodeURIComponent(ruleName)}` : '/rules');
}
