import type { CardSection, Severity } from '../../../core/card.js';
import type { SourceEvent } from '../../source-event.js';
import { get, getStr, isRecord } from '../read.js';
import type { Normalised, SourceDefinition } from '../types.js';
import { propertyChanges } from './config-changes.js';
import { CONFIG_ITEM_CHANGE, CONFIG_SERVICE, configResourceUrl, configurationItem, resourcePhrase } from './config-common.js';
import { defined, plural, withMore } from './summarise.js';

const OVERSIZED = 'OversizedConfigurationItemChangeNotification';
const CHANGED: Record<string, string> = { CREATE: 'created', UPDATE: 'changed', DELETE: 'deleted' };
const STATUS: Record<string, string> = { ResourceDiscovered: 'discovered', ResourceDeleted: 'deleted', ResourceDeletedNotRecorded: 'deleted', ResourceNotRecorded: 'no longer recorded' };

/**
 * AWS Config configuration item changes: SNS `ConfigurationItemChangeNotification` (also the
 * 2014 format with an array), `OversizedConfigurationItemChangeNotification` (item stored in S3)
 * and EventBridge `Config Configuration Item Change`. What changed and the first few properties.
 * Routine: info; a deleted resource is low so it stands out.
 *
 * facts: resource ("EC2 instance i-0abc"), changeWord ("changed"), changeType ("UPDATE"),
 * propertyCount, properties (["Configuration.State: available → in-use", …]), status,
 * capturedAt, availabilityZone, s3Location (oversized only), resourceUrl.
 */
export const configItemChange: SourceDefinition = {
  id: 'config-item-change',
  matches: [
    { source: 'aws.config', detailType: 'ConfigurationItemChangeNotification' },
    { source: 'aws.config', detailType: OVERSIZED },
    { source: 'aws.config', detailType: CONFIG_ITEM_CHANGE },
  ],
  normalise: normaliseItemChange,
};

function normaliseItemChange(event: SourceEvent): Normalised {
  const d = isRecord(event.detail) ? event.detail : {};
  const item = configurationItem(d) ?? (isRecord(d.configurationItemSummary) ? d.configurationItemSummary : {});
  const type = getStr(item, 'resourceType');
  const id = getStr(item, 'resourceId');
  const name = getStr(item, 'resourceName');
  const arn = getStr(item, 'ARN') ?? getStr(item, 'arn');
  const status = getStr(item, 'configurationItemStatus');
  const changeType = getStr(d, 'configurationItemDiff', 'changeType') ?? getStr(item, 'changeType');
  const changeWord = (changeType && CHANGED[changeType]) ?? (status && STATUS[status]) ?? 'changed';
  const region = getStr(item, 'awsRegion') ?? event.region;
  const url = configResourceUrl(region, type, id);
  const changes = propertyChanges(d);
  const lines = changes.map((c) => `${c.path}: ${c.change}`);
  const s3Location = getStr(d, 's3DeliverySummary', 's3BucketLocation');
  const resource = resourcePhrase(type, id, name);
  const zone = getStr(item, 'availabilityZone');
  const availabilityZone = zone && zone !== 'Not Applicable' ? zone : undefined;
  const oversized = event.detailType === OVERSIZED || isRecord(d.configurationItemSummary);

  const sections: CardSection[] = lines.length ? [{ type: 'list', title: 'Changed properties', items: withMore(lines, 5) }] : [];
  return {
    service: CONFIG_SERVICE,
    severity: itemSeverity(changeType, status),
    title: `${resource} ${changeWord}`,
    summary: oversized ? `The configuration item is too large for a notification; AWS Config stored it in S3${s3Location ? ` (${s3Location})` : ''}.` : undefined,
    account: getStr(item, 'awsAccountId') ?? getStr(item, 'accountId') ?? event.account,
    region,
    time: getStr(item, 'configurationItemCaptureTime') ?? event.time,
    resources: id || arn ? [{ id: arn ?? id ?? '', type, url }] : [],
    links: [{ label: 'Open resource in AWS Config', url }],
    sections,
    fields: [
      ...(changeType ? [{ label: 'Change', value: changeType, short: true }] : []),
      ...(changes.length ? [{ label: 'Changed properties', value: String(changes.length), short: true }] : []),
    ],
    threadKey: type && id ? `${type}|${id}` : undefined,
    variables: defined({
      resourceType: type,
      resourceId: id,
      resourceName: name,
      resourceArn: arn,
      changeType,
      configurationItemStatus: status,
      availabilityZone,
      changedProperties: changes.map((c) => c.path).join(','),
    }),
    facts: {
      resource,
      changeWord,
      changeType,
      propertyCount: changes.length,
      propertyCountText: changes.length ? plural(changes.length, 'property', 'properties') : undefined,
      properties: lines,
      status,
      capturedAt: getStr(item, 'configurationItemCaptureTime'),
      availabilityZone,
      s3Location,
      s3Error: getStr(get(d, 's3DeliverySummary'), 'errorMessage'),
      resourceUrl: url,
    },
  };
}

function itemSeverity(changeType: string | undefined, status: string | undefined): Severity {
  if (changeType === 'DELETE' || status === 'ResourceDeleted' || status === 'ResourceDeletedNotRecorded') return 'low';
  return 'info';
}
