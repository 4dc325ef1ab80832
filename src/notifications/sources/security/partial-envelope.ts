import type { Recognised } from '../../source-event.js';
import { getStr, isRecord, str } from '../read.js';

/**
 * Some senders (test tools, hand-built events, older Lambda samples) pass an EventBridge event
 * without `source`, `id`, `account` or `time`: only `detail-type`, `region` and `detail`. When
 * the detail-type is one of ours, this puts the envelope back together so the event reaches its
 * normaliser instead of the generic card. Account and time come from the detail when it has them.
 */
export function recognisePartialEnvelope(json: Record<string, unknown> | undefined, source: string, detailTypes: readonly string[]): Recognised | undefined {
  if (!json || json.source !== undefined) return undefined;
  const detailType = str(json['detail-type']);
  if (!detailType || !detailTypes.includes(detailType) || !isRecord(json.detail)) return undefined;
  const detail = json.detail;
  return {
    form: 'eventbridge',
    source,
    detailType,
    id: str(json.id),
    account: str(json.account) ?? getStr(detail, 'accountId') ?? getStr(detail, 'awsAccountId'),
    region: str(json.region) ?? getStr(detail, 'region') ?? getStr(detail, 'awsRegion'),
    time: str(json.time) ?? getStr(detail, 'updatedAt') ?? getStr(detail, 'service', 'eventLastSeen'),
    resources: Array.isArray(json.resources) ? json.resources.map(String) : [],
    detail,
    body: json,
  };
}
