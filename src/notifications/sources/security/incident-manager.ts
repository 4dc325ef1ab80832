import type { Severity } from '../../../core/card.js';
import type { SourceEvent } from '../../source-event.js';
import { consoleUrl } from '../console.js';
import { get, getStr, isRecord, num, parseArn } from '../read.js';
import type { Normalised, SourceDefinition } from '../types.js';
import { defined, lastSegment, truncate } from './summarise.js';

const IMPACT: Record<number, { severity: Severity; label: string }> = {
  1: { severity: 'critical', label: 'Critical' },
  2: { severity: 'high', label: 'High' },
  3: { severity: 'medium', label: 'Medium' },
  4: { severity: 'low', label: 'Low' },
  5: { severity: 'low', label: 'No impact' },
};

/**
 * AWS Systems Manager Incident Manager (source `aws.ssm-incidents`, any detail type). AWS's
 * EventBridge reference lists only CloudTrail-delivered events for this service (`AWS API Call
 * via CloudTrail`: StartIncident, UpdateIncidentRecord, CreateTimelineEvent…); an event whose
 * detail is an incident record (arn, title, impact, status…) is read the same way. Impact 1–5
 * → critical, high, medium, low, low; a resolved incident is success.
 *
 * facts: incidentTitle, happened ("Incident opened"), impact ("2 (High)"), status, responsePlan,
 * trigger ("aws.cloudwatch checkout-5xx"), summary, by (who made the change), eventName, timelineEvent, consoleUrl.
 */
export const incidentManager: SourceDefinition = {
  id: 'incident-manager',
  matches: [{ source: 'aws.ssm-incidents' }],
  normalise: normaliseIncident,
};

function normaliseIncident(event: SourceEvent): Normalised {
  const d = isRecord(event.detail) ? event.detail : {};
  const r = readIncident(d, event.detailType);
  const impact = r.impact !== undefined ? IMPACT[r.impact] : undefined;
  const resolved = r.status === 'RESOLVED';
  const severity: Severity = resolved ? 'success' : (impact?.severity ?? (r.eventName === 'StartIncident' || /created/i.test(event.detailType) ? 'high' : 'info'));
  const happened = resolved ? 'Incident resolved' : r.opened ? 'Incident opened' : r.timelineEvent ? 'Incident timeline event' : 'Incident updated';
  const planName = planOf(r.responsePlanArn, 'response-plan/') ?? planOf(r.arn, 'incident-record/');
  const name = r.title ?? planName ?? (r.arn ? lastSegment(r.arn) : undefined);
  const url = consoleUrl(event.region, 'systems-manager/incidents/home');
  const impactText = r.impact !== undefined ? `${r.impact}${impact ? ` (${impact.label})` : ''}` : undefined;
  return {
    service: 'AWS Systems Manager Incident Manager',
    severity,
    title: `${happened}${name ? `: ${name}` : ''}`,
    summary: truncate(r.summary, 800),
    account: event.account ?? (r.arn ? parseArn(r.arn)?.account : undefined),
    region: event.region,
    time: event.time,
    resources: [...(r.arn ? [{ id: r.arn, type: 'AWS::SSMIncidents::IncidentRecord' }] : []), ...(r.responsePlanArn ? [{ id: r.responsePlanArn, type: 'AWS::SSMIncidents::ResponsePlan' }] : [])],
    links: [{ label: 'Open Incident Manager', url }],
    fields: [...(impactText ? [{ label: 'Impact', value: impactText, short: true }] : []), ...(r.status ? [{ label: 'Status', value: r.status, short: true }] : [])],
    threadKey: r.arn,
    variables: defined({ incidentArn: r.arn, incidentTitle: r.title, impact: r.impact, status: r.status, responsePlanArn: r.responsePlanArn, responsePlanName: planName, eventName: r.eventName }),
    facts: { incidentTitle: name, happened, impact: impactText, status: r.status, responsePlan: planName, trigger: r.trigger, summary: r.summary, by: r.by, eventName: r.eventName, timelineEvent: r.timelineEvent, consoleUrl: url },
  };
}

interface IncidentRead {
  arn?: string;
  title?: string;
  impact?: number;
  status?: string;
  summary?: string;
  responsePlanArn?: string;
  eventName?: string;
  opened: boolean;
  timelineEvent?: string;
  by?: string;
  /** What started the incident: "aws.cloudwatch checkout-5xx" */
  trigger?: string;
}

/** The response plan's name from its ARN, or from an incident ARN (incident-record/<plan>/<id>). */
function planOf(arn: string | undefined, prefix: string): string | undefined {
  const resource = parseArn(arn)?.resource;
  if (!resource?.startsWith(prefix)) return undefined;
  return resource.slice(prefix.length).split('/')[0] || undefined;
}

/** The incident, from a CloudTrail API call or from an incident-record-shaped detail. */
function readIncident(d: Record<string, unknown>, detailType: string): IncidentRead {
  const eventName = getStr(d, 'eventName');
  if (eventName && isRecord(d.requestParameters)) {
    const req = d.requestParameters;
    const by = getStr(d, 'userIdentity', 'arn') ?? getStr(d, 'userIdentity', 'invokedBy');
    return {
      arn: getStr(req, 'arn') ?? getStr(req, 'incidentRecordArn') ?? getStr(d, 'responseElements', 'incidentRecordArn'),
      title: getStr(req, 'title'),
      impact: num(get(req, 'impact')),
      status: getStr(req, 'status'),
      summary: getStr(req, 'summary'),
      responsePlanArn: getStr(req, 'responsePlanArn'),
      eventName,
      opened: eventName === 'StartIncident',
      timelineEvent: /TimelineEvent$/.test(eventName) ? (getStr(req, 'eventType') ?? eventName) : undefined,
      by: by ? lastSegment(by) : undefined,
      trigger: triggerOf(get(req, 'triggerDetails')),
    };
  }
  const rec = isRecord(d.incidentRecord) ? d.incidentRecord : d;
  const modifiedBy = getStr(rec, 'lastModifiedBy');
  return {
    arn: getStr(rec, 'arn') ?? getStr(rec, 'incidentRecordArn'),
    title: getStr(rec, 'title'),
    impact: num(get(rec, 'impact')),
    status: getStr(rec, 'status'),
    summary: getStr(rec, 'summary'),
    responsePlanArn: getStr(rec, 'responsePlanArn'),
    opened: /creat|start|open/i.test(detailType),
    by: modifiedBy ? lastSegment(modifiedBy) : undefined,
    trigger: triggerOf(get(rec, 'incidentRecordSource')),
  };
}

/** incidentRecordSource / triggerDetails → "aws.cloudwatch checkout-5xx" */
function triggerOf(source: unknown): string | undefined {
  if (!isRecord(source)) return undefined;
  const arn = getStr(source, 'resourceArn') ?? getStr(source, 'triggerArn');
  const text = [getStr(source, 'source'), arn ? lastSegment(arn) : undefined].filter(Boolean).join(' ');
  return text || undefined;
}
