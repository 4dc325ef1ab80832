import type { CardSection } from '../../../core/card.js';
import type { SourceEvent } from '../../source-event.js';
import { getStr, isRecord } from '../read.js';
import type { Normalised, SourceDefinition } from '../types.js';
import { customNotificationSchema, type CustomNotification } from './custom-notification-schema.js';
import { describeProblems } from './custom-notification-problems.js';
import { customSeverity, plainTitle } from './custom-notification-text.js';

const SERVICE = 'Custom notification';
const VARIABLE_NAME = /^[A-Za-z0-9_-]{1,100}$/;
/** Names the pipeline sets itself; a sender's additionalContext can't replace them. */
const RESERVED = new Set(['source', 'detailType', 'account', 'region', 'topicArn']);
const MAX_SHOWN_DESCRIPTION = 1000;

/**
 * AWS Chatbot custom notifications (version 1.0, source "custom"). A valid one becomes the
 * sender's card: title, description, next steps, keywords, additional context, in the chat
 * client's own markdown. An invalid one is never dropped: it becomes a card that says which field
 * is wrong and what is expected, with the JSON as received.
 *
 * Facts: valid, title, summary, eventType, problems (sentences), problemCount, severityFrom.
 */
export const customNotification: SourceDefinition = {
  id: 'custom-notification',
  matches: [{ source: 'custom', detailType: 'Custom Notification' }],
  // A body that says source "custom" but lacks "version" still gets the error card.
  recognise({ json }) {
    if (!json || json.source !== 'custom' || 'version' in json) return undefined;
    return { form: 'custom', source: 'custom', detailType: 'Custom Notification', detail: json, body: json, id: getStr(json, 'id') };
  },
  normalise(event) {
    const parsed = customNotificationSchema.safeParse(event.detail);
    return parsed.success ? validCard(parsed.data, event) : invalidCard(describeProblems(parsed.error.issues, event.detail), event);
  },
};

function validCard(c: CustomNotification, event: SourceEvent): Normalised {
  const { content, metadata } = c;
  const context = metadata?.additionalContext ?? {};
  const { severity, from } = customSeverity(context, content.keywords);
  const title = plainTitle(content.title?.trim() || content.description);
  const sections: CardSection[] = [{ type: 'text', text: content.description, format: 'client' }];
  if (content.nextSteps?.length) sections.push({ type: 'list', title: 'Next steps', items: content.nextSteps, format: 'client' });
  if (content.keywords?.length) {
    sections.push({ type: 'text', title: 'Keywords', text: content.keywords.map((k) => `\`${k.replace(/`/g, '')}\``).join('  '), format: 'markdown' });
  }
  const contextFields = Object.entries(context).map(([label, value]) => ({ label, value, short: value.length <= 40 }));
  if (metadata?.eventType) contextFields.unshift({ label: 'Event type', value: metadata.eventType, short: true });
  if (contextFields.length) sections.push({ type: 'fields', title: 'Additional context', fields: contextFields });
  if (metadata?.relatedResources?.length) sections.push({ type: 'list', title: 'Related resources', items: metadata.relatedResources });

  const variables: Record<string, string> = {};
  for (const [k, v] of Object.entries(context)) if (VARIABLE_NAME.test(k) && !RESERVED.has(k)) variables[k] = v;
  if (metadata?.threadId) variables.threadId = metadata.threadId;
  if (metadata?.eventType) variables.eventType = metadata.eventType;
  if (metadata?.summary?.trim()) variables.summary = metadata.summary;
  if (c.id) variables.notificationId = c.id;

  return {
    service: SERVICE,
    severity,
    title,
    summary: metadata?.summary,
    account: event.account,
    region: event.region,
    time: event.time,
    resources: (metadata?.relatedResources ?? []).map((id) => ({ id })),
    links: [],
    fields: [],
    sections,
    threadKey: metadata?.threadId || undefined,
    variables,
    footer: 'Custom notification delivered by aws-chatops',
    facts: { valid: true, title, summary: metadata?.summary, eventType: metadata?.eventType, problems: [], problemCount: 0, severityFrom: from },
  };
}

function invalidCard(problems: string[], event: SourceEvent): Normalised {
  const received = event.detail;
  const description = getStr(received, 'content', 'description');
  const threadId = getStr(received, 'metadata', 'threadId');
  const sections: CardSection[] = [{ type: 'list', title: 'What to fix', items: problems }];
  if (description?.trim()) {
    const shown = description.length > MAX_SHOWN_DESCRIPTION ? `${description.slice(0, MAX_SHOWN_DESCRIPTION - 1)}…` : description;
    sections.push({ type: 'text', title: 'Description as sent', text: shown });
  }
  sections.push({ type: 'code', title: 'Received JSON', code: JSON.stringify(received, null, 2), language: 'json', collapsed: true });
  const title = problems.length === 1 ? `Invalid custom notification: ${problems[0]}` : `Invalid custom notification: ${problems.length} problems`;
  return {
    service: SERVICE,
    severity: 'medium',
    title,
    summary: 'This message says it is a custom notification (source "custom") but does not follow the version 1.0 schema, so it is shown as received. Fix it where it is sent.',
    account: event.account,
    region: event.region,
    time: event.time,
    resources: [],
    links: [],
    fields: [],
    sections,
    threadKey: threadId || undefined,
    variables: isRecord(received) && typeof received.id === 'string' ? { notificationId: received.id } : {},
    footer: 'Custom notification delivered by aws-chatops',
    facts: { valid: false, title, problems, problemCount: problems.length },
    problem: title,
  };
}
