import type { CardField, Severity } from '../../core/card.js';
import type { SourceEvent } from '../source-event.js';
import { consoleUrl } from './console.js';
import { isRecord, parseArn, str } from './read.js';
import type { Normalised } from './types.js';

const MAX_FIELDS = 10;
const MAX_VALUE = 200;
/** Keys whose values tell an on-call engineer the most, looked for first. */
const PREFERRED = ['state', 'status', 'currentState', 'lastStatus', 'severity', 'eventName', 'name', 'title', 'description', 'message', 'reason', 'errorMessage', 'result', 'type'];

/**
 * Any event no normaliser knows: source, detail-type, where, when, and the most informative
 * fields of `detail`, with the JSON attached. Never "event not supported".
 */
export function normaliseGeneric(event: SourceEvent): Normalised {
  if (event.form === 'text') return normaliseText(event);
  const detail = event.detail;
  const fields = informativeFields(detail);
  const service = serviceName(event.source);
  const title = event.form === 'json' ? 'Message' : event.detailType;
  return {
    service,
    severity: guessSeverity(detail),
    title: titleWithResource(title, event.resources),
    summary: event.sns?.subject,
    account: event.account,
    region: event.region,
    time: event.time,
    resources: event.resources.map((id) => ({ id })),
    links: event.form === 'eventbridge' && event.region ? [{ label: 'Open EventBridge console', url: consoleUrl(event.region, 'events/home', 'rules') }] : [],
    fields,
    sections: [{ type: 'code', title: 'Event JSON', code: JSON.stringify(event.body, null, 2), language: 'json', collapsed: true }],
    facts: { service },
  };
}

function normaliseText(event: SourceEvent): Normalised {
  const text = isRecord(event.detail) ? (str(event.detail.text) ?? '') : String(event.detail ?? '');
  const subject = isRecord(event.detail) ? str(event.detail.subject) : undefined;
  const firstLine = text.split('\n').find((l) => l.trim() !== '')?.trim() ?? 'Message';
  const title = subject ?? (firstLine.length > 120 ? `${firstLine.slice(0, 117)}…` : firstLine);
  return {
    service: event.source === 'aws.sns' ? 'Amazon SNS' : 'Amazon SNS message',
    severity: 'info',
    title: event.source === 'aws.sns' ? event.detailType : title,
    summary: text,
    account: event.account,
    region: event.region,
    time: event.time,
    resources: [],
    fields: event.sns?.topicArn ? [{ label: 'Topic', value: event.sns.topicArn }] : [],
    facts: {},
  };
}

function titleWithResource(title: string, resources: string[]): string {
  const first = resources[0];
  if (!first) return title;
  const arn = parseArn(first);
  const name = arn ? (arn.resource.split(/[/:]/).pop() ?? arn.resource) : first;
  return name ? `${title}: ${name}` : title;
}

/** "aws.ec2" → "Amazon EC2"-ish; good enough for unknown sources. */
export function serviceName(source: string): string {
  if (!source.startsWith('aws.')) return source;
  const short = source.slice(4);
  return `AWS ${short.length <= 4 ? short.toUpperCase() : short.charAt(0).toUpperCase() + short.slice(1)}`;
}

function guessSeverity(detail: unknown): Severity {
  if (!isRecord(detail)) return 'info';
  const of = (...keys: string[]) => keys.map((k) => str(detail[k])?.toLowerCase() ?? '').filter(Boolean);
  // What happened decides first; a "severity" field then says how bad a failure is.
  const outcome = of('state', 'status', 'lastStatus', 'result', 'compliance-status', 'complianceStatus', 'outcome');
  const severity = of('severity', 'severityLabel', 'priority');
  if (outcome.some((w) => /non[-_ ]?compliant|fail|error|alarm|abort|timed_out|timeout|unhealthy|stopped|denied/.test(w))) {
    return severity.some((w) => /critical/.test(w)) ? 'critical' : 'high';
  }
  if (outcome.some((w) => /^(compliant|succeeded|success|successful|completed?|ok|healthy|running|available|passed)$/.test(w))) return 'success';
  if (outcome.some((w) => /warn|insufficient|pending/.test(w))) return 'medium';
  if (severity.some((w) => /critical/.test(w))) return 'critical';
  if (severity.some((w) => /high/.test(w))) return 'high';
  if (severity.some((w) => /medium|moderate|warn/.test(w))) return 'medium';
  if (severity.some((w) => /low/.test(w))) return 'low';
  return 'info';
}

function informativeFields(detail: unknown): CardField[] {
  if (!isRecord(detail)) return [];
  const scalars: [string, string][] = [];
  const visit = (obj: Record<string, unknown>, prefix: string, depth: number) => {
    for (const [key, value] of Object.entries(obj)) {
      const name = prefix ? `${prefix}.${key}` : key;
      const s = str(value)?.trim();
      if (s !== undefined && s.trim() !== '') scalars.push([name, s]);
      else if (isRecord(value) && depth < 1) visit(value, name, depth + 1);
    }
  };
  visit(detail, '', 0);
  const rank = (name: string) => {
    const i = PREFERRED.indexOf(name.split('.').pop() ?? name);
    return (i === -1 ? PREFERRED.length : i) + (name.includes('.') ? 0.5 : 0);
  };
  return scalars
    .sort((a, b) => rank(a[0]) - rank(b[0]))
    .slice(0, MAX_FIELDS)
    .map(([label, value]) => ({ label: humanise(label), value: value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE - 1)}…` : value, short: value.length <= 40 }));
}

/** "instance-id" / "instanceId" / "a.b_c" → "Instance id" / "Instance ID" style labels. */
export function humanise(key: string): string {
  const words = key
    .split('.')
    .pop()!
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .trim()
    .split(/\s+/)
    .map((w) => (/^(id|arn|ip|url|aws|ec2|ecs|s3|vpc|iam)$/i.test(w) ? w.toUpperCase() : w.toLowerCase()));
  const sentence = words.join(' ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
