import type { Severity } from '../../../core/card.js';
import type { SourceEvent } from '../../source-event.js';
import { getStr, isRecord } from '../read.js';
import type { Normalised, SourceDefinition } from '../types.js';
import { defined, truncate } from './summarise.js';

export const SUPPORT_CASE_UPDATE = 'Support Case Update';

/**
 * AWS Support case updates (`Support Case Update`: CreateCase, AddCommunicationToCase,
 * ResolveCase, ReopenCase). The event carries ids only; subject, severity and the
 * communication text are read when a sender added them (they come from DescribeCases). A reply
 * from AWS needs reading (medium); a resolved case is success; the rest info.
 *
 * facts: displayId, happened ("AWS Support replied on case 1234563851"), eventName, origin,
 * from ("AWS Support" / "Customer"), subject, caseSeverity, communication, consoleUrl.
 */
export const supportCase: SourceDefinition = {
  id: 'support-case',
  matches: [{ source: 'aws.support', detailType: SUPPORT_CASE_UPDATE }],
  normalise: normaliseCase,
};

function normaliseCase(event: SourceEvent): Normalised {
  const d = isRecord(event.detail) ? event.detail : {};
  const caseId = getStr(d, 'case-id');
  const displayId = getStr(d, 'display-id');
  const eventName = getStr(d, 'event-name');
  const origin = getStr(d, 'origin')?.toUpperCase() || undefined;
  const subject = getStr(d, 'subject');
  const caseSeverity = getStr(d, 'severity-code') ?? getStr(d, 'severity');
  const communication = truncate(getStr(d, 'communication-body') ?? getStr(d, 'communication'), 800);
  const happened = titleOf(eventName, origin, displayId);
  const url = displayId
    ? `https://support.console.aws.amazon.com/support/home#/case/?displayId=${encodeURIComponent(displayId)}&language=en`
    : 'https://support.console.aws.amazon.com/support/home#/case/history';
  return {
    service: 'AWS Support',
    severity: caseSeverityOf(eventName, origin),
    title: `${happened}${subject ? `: ${subject}` : ''}`,
    summary: communication,
    account: event.account,
    region: event.region,
    time: event.time,
    resources: caseId ? [{ id: caseId, type: 'AWS::Support::Case', url }] : [],
    links: [{ label: 'Open case in Support Center', url }],
    fields: [...(eventName ? [{ label: 'Update', value: eventName, short: true }] : []), ...(origin ? [{ label: 'From', value: origin === 'AWS' ? 'AWS Support' : 'Customer', short: true }] : [])],
    threadKey: caseId ?? (displayId ? `support-case-${displayId}` : undefined),
    variables: defined({ caseId, displayId, communicationId: getStr(d, 'communication-id'), eventName, origin, subject, severityCode: caseSeverity }),
    facts: { displayId, happened, eventName, origin, from: origin === 'AWS' ? 'AWS Support' : origin ? 'Customer' : undefined, subject, caseSeverity, communication, consoleUrl: url },
  };
}

/** "Support case 1234563851 resolved", "AWS Support replied on case 1234563851"… */
function titleOf(eventName: string | undefined, origin: string | undefined, displayId: string | undefined): string {
  const id = displayId ? ` ${displayId}` : '';
  switch (eventName) {
    case 'CreateCase':
      return `Support case${id} opened`;
    case 'AddCommunicationToCase':
      return origin === 'AWS' ? `AWS Support replied on case${id}` : `New reply on support case${id}`;
    case 'ResolveCase':
      return `Support case${id} resolved`;
    case 'ReopenCase':
      return `Support case${id} reopened`;
    default:
      return `Support case${id} updated${eventName ? ` (${eventName})` : ''}`;
  }
}

function caseSeverityOf(eventName: string | undefined, origin: string | undefined): Severity {
  if (eventName === 'ResolveCase') return 'success';
  if (eventName === 'AddCommunicationToCase' && origin === 'AWS') return 'medium';
  if (eventName === 'ReopenCase') return 'medium';
  return 'info';
}
