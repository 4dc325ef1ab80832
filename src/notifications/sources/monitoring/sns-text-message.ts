import type { CardField } from '../../../core/card.js';
import { isRecord, str } from '../read.js';
import type { Normalised, SourceDefinition } from '../types.js';
import { topicInfo } from './sns-topic.js';

const MAX_TITLE = 120;
const MAX_ATTRIBUTES = 6;
const MAX_VALUE = 200;
const VARIABLE_NAME = /^[A-Za-z0-9_-]{1,100}$/;
const RESERVED = new Set(['source', 'detailType', 'account', 'region', 'topicArn']);

/**
 * A plain-text SNS message no source recognised ("Hello world!", a script's alert). Better than
 * the generic card: the subject or first line as the title, the text once (not repeated when the
 * title already says it all), the topic by name with its console link, and message attributes
 * as fields and variables. Facts: title, subject, text, showText, topicName, topicArn.
 */
export const snsTextMessage: SourceDefinition = {
  id: 'sns-text-message',
  matches: [{ source: 'sns', detailType: 'Text Message' }],
  normalise(event) {
    const d = isRecord(event.detail) ? event.detail : {};
    const text = (str(d.text) ?? '').trim();
    const subject = str(d.subject)?.trim() || event.sns?.subject;
    const firstLine = text.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
    const title = subject || (firstLine.length > MAX_TITLE ? `${firstLine.slice(0, MAX_TITLE - 1)}…` : firstLine) || 'Empty message';
    const showText = text !== '' && text !== title;
    const topic = topicInfo(event.sns?.topicArn);
    const attributes = Object.entries(event.sns?.attributes ?? {});
    const fields: CardField[] = attributes.slice(0, MAX_ATTRIBUTES).map(([label, value]) => ({ label, value: clip(value), short: value.length <= 40 }));
    const variables: Record<string, string> = {};
    if (topic) variables.TopicName = topic.name;
    if (subject) variables.Subject = subject;
    for (const [k, v] of attributes) if (VARIABLE_NAME.test(k) && !RESERVED.has(k) && !(k in variables)) variables[k] = v;
    return {
      service: 'Amazon SNS',
      severity: 'info',
      title,
      summary: showText ? text : undefined,
      account: event.account,
      region: event.region,
      time: event.time,
      resources: [],
      links: topic ? [{ label: 'Open topic in SNS', url: topic.url }] : [],
      fields: topic ? [{ label: 'Topic', value: topic.name, short: true }] : [],
      sections: fields.length ? [{ type: 'fields', title: 'Message attributes', fields }] : [],
      variables,
      facts: { title, subject, text, showText, topicName: topic?.name, topicArn: topic?.arn },
    } satisfies Normalised;
  },
};

function clip(s: string): string {
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}…` : s;
}
