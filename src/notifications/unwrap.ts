import { ChatOpsError } from '../core/errors.js';
import type { SourceRegistry } from './source-registry.js';
import type { Recognised, SnsInfo, SourceEvent } from './source-event.js';
import { isRecord, str } from './sources/read.js';

const SNS_TYPES = new Set(['Notification', 'SubscriptionConfirmation', 'UnsubscribeConfirmation']);

/**
 * Reads anything that may carry AWS events — an SNS HTTP body, a Lambda SNS event, an SNS
 * Message, an EventBridge event, a CloudWatch alarm, a custom notification, plain text — and
 * returns the events inside it, recognised. Throws INPUT_UNREADABLE only for input that is
 * neither JSON nor text.
 */
export function unwrap(input: string | Buffer, registry: SourceRegistry): SourceEvent[] {
  const text = decodeText(input);
  const json = tryJson(text);
  if (json === undefined) return [recogniseText(text, undefined, undefined, registry)];
  return unwrapJson(json, registry);
}

export function unwrapJson(json: unknown, registry: SourceRegistry): SourceEvent[] {
  if (isRecord(json) && isSnsEnvelope(json)) return [fromEnvelope(json, registry)];
  if (isRecord(json) && Array.isArray(json.Records) && json.Records.some((r) => isRecord(r) && isRecord(r.Sns))) {
    return json.Records.filter((r): r is Record<string, unknown> => isRecord(r) && isRecord(r.Sns)).map((r) =>
      fromEnvelope({ Type: 'Notification', ...(r.Sns as Record<string, unknown>) }, registry),
    );
  }
  return [recogniseBody(json, undefined, registry)];
}

function decodeText(input: string | Buffer): string {
  if (typeof input === 'string') return checkText(input);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(input);
  return checkText(text);
}

function checkText(text: string): string {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    throw new ChatOpsError('INPUT_UNREADABLE', 'The input is empty.', { nextStep: 'Give a JSON event or a text message.' });
  }
  // NUL bytes or many replacement characters: a binary file, not a message.
  // eslint-disable-next-line no-control-regex
  if (/\u0000/.test(body) || (body.match(/\uFFFD/g)?.length ?? 0) > 3) {
    throw new ChatOpsError('INPUT_UNREADABLE', 'The input is neither JSON nor text (it looks binary).', {
      nextStep: 'Give a JSON event or a text message.',
    });
  }
  return body;
}

function tryJson(text: string): unknown {
  const t = text.trim();
  if (!(t.startsWith('{') || t.startsWith('['))) return undefined;
  try {
    return JSON.parse(t) as unknown;
  } catch {
    return undefined;
  }
}

function isSnsEnvelope(o: Record<string, unknown>): boolean {
  return typeof o.Type === 'string' && SNS_TYPES.has(o.Type) && typeof o.MessageId === 'string' && 'Message' in o;
}

function snsInfo(env: Record<string, unknown>): SnsInfo {
  const attributes: Record<string, string> = {};
  if (isRecord(env.MessageAttributes)) {
    for (const [k, v] of Object.entries(env.MessageAttributes)) {
      const value = isRecord(v) ? (v.Value ?? v.value ?? v.StringValue) : v;
      if (value !== undefined && value !== null) attributes[k] = String(value);
    }
  }
  return {
    messageId: str(env.MessageId),
    topicArn: str(env.TopicArn) ?? str(env.TopicArn),
    subject: str(env.Subject) || undefined,
    timestamp: str(env.Timestamp),
    attributes,
  };
}

function fromEnvelope(env: Record<string, unknown>, registry: SourceRegistry): SourceEvent {
  const sns = snsInfo(env);
  const message = env.Message;
  if (env.Type !== 'Notification') {
    const kind = env.Type === 'SubscriptionConfirmation' ? 'Subscription Confirmation' : 'Unsubscribe Confirmation';
    return withSns(
      { form: 'text', source: 'aws.sns', detailType: kind, id: sns.messageId, time: sns.timestamp, detail: { text: str(message) ?? '', subject: sns.subject, topicArn: sns.topicArn }, body: env },
      sns,
    );
  }
  // Real SNS sends Message as a string; some documentation samples show an object.
  if (isRecord(message) || Array.isArray(message)) return withSns(recogniseBody(message, sns.subject, registry), sns);
  const text = typeof message === 'string' ? message : JSON.stringify(message ?? '');
  const json = tryJson(text);
  const event = json === undefined ? recogniseText(text, sns.subject, undefined, registry) : recogniseBody(json, sns.subject, registry);
  return withSns(event, sns);
}

function withSns(event: SourceEvent | Recognised, sns: SnsInfo): SourceEvent {
  return {
    ...event,
    resources: event.resources ?? [],
    id: event.id ?? sns.messageId,
    time: event.time ?? sns.timestamp,
    region: event.region ?? regionOfArn(sns.topicArn),
    account: event.account ?? accountOfArn(sns.topicArn),
    sns,
  };
}

function regionOfArn(arn?: string): string | undefined {
  return arn?.split(':')[3] || undefined;
}
function accountOfArn(arn?: string): string | undefined {
  return arn?.split(':')[4] || undefined;
}

function recogniseBody(json: unknown, subject: string | undefined, registry: SourceRegistry): SourceEvent {
  if (!isRecord(json)) {
    return { form: 'json', source: 'sns', detailType: 'JSON Message', resources: [], detail: json, body: json };
  }
  if (json.source === 'custom' && 'version' in json) {
    return { form: 'custom', source: 'custom', detailType: 'Custom Notification', resources: [], detail: json, body: json, id: customId(json) };
  }
  if (typeof json['detail-type'] === 'string' && typeof json.source === 'string') return envelopeEvent('eventbridge', json, json['detail-type']);
  // CodeStar Notifications: the EventBridge shape with a camel-case detailType.
  if (typeof json.detailType === 'string' && typeof json.source === 'string' && 'detail' in json) return envelopeEvent('codestar', json, json.detailType);
  if (json.source === 'aws.cloudwatch' && isRecord(json.alarmData)) {
    return {
      form: 'lambda-alarm',
      source: 'aws.cloudwatch',
      detailType: 'CloudWatch Alarm State Change',
      account: str(json.accountId),
      region: str(json.region),
      time: str(json.time),
      resources: typeof json.alarmArn === 'string' ? [json.alarmArn] : [],
      detail: json,
      body: json,
    };
  }
  if (typeof json.AlarmName === 'string' && typeof json.NewStateValue === 'string') {
    return {
      form: 'sns-alarm',
      source: 'aws.cloudwatch',
      detailType: 'CloudWatch Alarm State Change',
      account: str(json.AWSAccountId),
      time: str(json.StateChangeTime),
      resources: typeof json.AlarmArn === 'string' ? [json.AlarmArn] : [],
      detail: json,
      body: json,
    };
  }
  const recognised = registry.recognise({ json, subject });
  if (recognised) return { ...recognised, resources: recognised.resources ?? [] };
  return { form: 'json', source: 'sns', detailType: 'JSON Message', resources: [], detail: json, body: json };
}

function envelopeEvent(form: 'eventbridge' | 'codestar', json: Record<string, unknown>, detailType: string): SourceEvent {
  return {
    form,
    source: String(json.source),
    detailType,
    id: str(json.id),
    account: str(json.account),
    region: str(json.region),
    time: str(json.time),
    resources: Array.isArray(json.resources) ? json.resources.map(String) : [],
    detail: json.detail ?? {},
    body: json,
  };
}

function customId(json: Record<string, unknown>): string | undefined {
  const id = json.id;
  return typeof id === 'string' && id.trim() ? id : undefined;
}

function recogniseText(text: string, subject: string | undefined, _sns: SnsInfo | undefined, registry: SourceRegistry): SourceEvent {
  const recognised = registry.recognise({ text, subject });
  if (recognised) return { ...recognised, resources: recognised.resources ?? [] };
  return { form: 'text', source: 'sns', detailType: 'Text Message', resources: [], detail: { text, subject }, body: text };
}
