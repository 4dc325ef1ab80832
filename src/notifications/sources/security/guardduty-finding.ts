import type { Severity } from '../../../core/card.js';
import type { NotificationLink, NotificationResource } from '../../../core/notification.js';
import type { SourceEvent } from '../../source-event.js';
import { consoleUrl } from '../console.js';
import { get, getStr, isRecord, num } from '../read.js';
import type { Normalised, SourceDefinition } from '../types.js';
import { findingAction } from './guardduty-action.js';
import { findingResource } from './guardduty-resource.js';
import { recognisePartialEnvelope } from './partial-envelope.js';
import { defined, truncate } from './summarise.js';

export const GUARDDUTY_FINDING = 'GuardDuty Finding';

/** GuardDuty's bands: 1–3.9 low, 4–6.9 medium, 7–8.9 high, 9–10 critical. */
export function guardDutySeverity(score: number | undefined): { severity: Severity; label: string } {
  if (score === undefined) return { severity: 'medium', label: 'Unknown' };
  if (score >= 9) return { severity: 'critical', label: 'Critical' };
  if (score >= 7) return { severity: 'high', label: 'High' };
  if (score >= 4) return { severity: 'medium', label: 'Medium' };
  return { severity: 'low', label: 'Low' };
}

/**
 * Amazon GuardDuty findings (EventBridge `GuardDuty Finding`, also without envelope fields).
 *
 * facts: severityLabel ("High (7.5)"), severityScore, findingType, resource ("EC2 instance i-0abc (web)"),
 * resourceUrl, action ("Port probe on port 22 (SSH) from 198.51.100.7 (Germany)"), actionKind,
 * remote ("198.51.100.7, Germany, ExampleOrg"), count, firstSeen, lastSeen, consoleUrl, archived.
 */
export const guardDutyFinding: SourceDefinition = {
  id: 'guardduty-finding',
  matches: [{ source: 'aws.guardduty', detailType: GUARDDUTY_FINDING }],
  recognise: ({ json }) => recognisePartialEnvelope(json, 'aws.guardduty', [GUARDDUTY_FINDING]),
  normalise: normaliseFinding,
};

function normaliseFinding(event: SourceEvent): Normalised {
  const d = isRecord(event.detail) ? event.detail : {};
  const region = getStr(d, 'region') ?? event.region;
  const account = getStr(d, 'accountId') ?? event.account;
  const id = getStr(d, 'id');
  const type = getStr(d, 'type');
  const score = num(d.severity);
  const { severity, label } = guardDutySeverity(score);
  const resource = findingResource(d, region);
  const action = findingAction(d);
  const count = num(get(d, 'service', 'count'));
  const firstSeen = getStr(d, 'service', 'eventFirstSeen');
  const lastSeen = getStr(d, 'service', 'eventLastSeen');
  const archived = get(d, 'service', 'archived') === true;
  const findingUrl = id ? consoleUrl(region, 'guardduty/home', `/findings?macros=current&fId=${encodeURIComponent(id)}`) : undefined;

  const links: NotificationLink[] = [];
  links.push({ label: 'Open finding in GuardDuty', url: findingUrl ?? consoleUrl(region, 'guardduty/home', '/findings') });
  if (resource?.url) links.push({ label: resource.linkLabel ?? `Open ${resource.kind}`, url: resource.url });

  const resources: NotificationResource[] = [];
  const arn = getStr(d, 'arn');
  if (arn) resources.push({ id: arn, type: 'AWS::GuardDuty::Finding', url: findingUrl });
  if (resource) resources.push({ id: resource.id, type: resource.type, url: resource.url });
  for (const r of event.resources) if (!resources.some((x) => x.id === r)) resources.push({ id: r });

  const remote = action ? [action.remoteIp, action.remoteCountry, action.remoteOrg].filter(Boolean).join(', ') : '';
  const title = getStr(d, 'title') ?? (type ? `GuardDuty finding ${type}` : 'GuardDuty finding');
  const severityLabel = score === undefined ? label : `${label} (${score})`;
  return {
    service: 'Amazon GuardDuty',
    severity,
    title,
    summary: truncate(getStr(d, 'description'), 600),
    account,
    region,
    time: getStr(d, 'updatedAt') ?? lastSeen ?? event.time,
    resources,
    links,
    fields: [
      { label: 'Severity', value: severityLabel, short: true },
      ...(type ? [{ label: 'Finding type', value: type, short: true }] : []),
      ...(resource ? [{ label: 'Resource', value: resource.label, short: true }] : []),
      ...(action ? [{ label: 'Action', value: action.sentence }] : []),
      ...(count !== undefined ? [{ label: 'Count', value: String(count), short: true }] : []),
    ],
    threadKey: id,
    variables: defined({
      findingId: id,
      findingArn: arn,
      findingType: type,
      severityScore: score,
      severityLabel: label,
      detectorId: getStr(d, 'service', 'detectorId'),
      resourceType: getStr(d, 'resource', 'resourceType'),
      ...(resource?.variables ?? {}),
      ...(action?.variables ?? {}),
    }),
    facts: {
      severityLabel,
      severityScore: score,
      findingType: type,
      resource: resource?.label,
      resourceUrl: resource?.url,
      action: action?.sentence,
      actionKind: action?.kind,
      remote: remote || undefined,
      count,
      firstSeen,
      lastSeen,
      consoleUrl: findingUrl,
      archived,
    },
  };
}
