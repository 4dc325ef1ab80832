import type { Severity } from '../../../core/card.js';
import type { SourceEvent } from '../../source-event.js';
import { getArr, getStr, isRecord } from '../read.js';
import type { Normalised, SourceDefinition } from '../types.js';
import { defined, joinWithMore, sentence, truncate, words } from './summarise.js';

export const HEALTH_EVENT = 'AWS Health Event';

const CATEGORY: Record<string, string> = {
  issue: 'issue',
  scheduledChange: 'scheduled change',
  accountNotification: 'account notification',
  investigation: 'investigation',
};

/**
 * AWS Health events. An open issue that affects your account is high (a public one medium), a
 * closed issue success, an upcoming scheduled change medium, notifications info.
 *
 * facts: what ("Instance store drive performance degraded"), eventTypeCode, category ("issue"), status
 * ("open"), startTime, endTime, lastUpdated, entities ("i-abcd1111 (stage=prod, app=my-app)"),
 * entityCount, scope, affectedAccount, consoleUrl.
 */
export const healthEvent: SourceDefinition = {
  id: 'health-event',
  matches: [{ source: 'aws.health', detailType: HEALTH_EVENT }],
  normalise: normaliseHealth,
};

function normaliseHealth(event: SourceEvent): Normalised {
  const d = isRecord(event.detail) ? event.detail : {};
  const eventArn = getStr(d, 'eventArn');
  const service = getStr(d, 'service');
  const code = getStr(d, 'eventTypeCode');
  const categoryCode = getStr(d, 'eventTypeCategory');
  const category = categoryCode ? (CATEGORY[categoryCode] ?? words(categoryCode)) : undefined;
  const status = getStr(d, 'statusCode')?.toLowerCase();
  const scope = getStr(d, 'eventScopeCode');
  const what = code ? whatHappened(code, service) : undefined;
  const entities = getArr(d, 'affectedEntities').filter(isRecord);
  const entityTexts = entities.map(entityText).filter((t): t is string => Boolean(t));
  const entityValues = entities.map((e) => getStr(e, 'entityValue')).filter((v): v is string => Boolean(v));
  const descriptions = getArr(d, 'eventDescription');
  const description = getStr(descriptions.find((x) => getStr(x, 'language') === 'en_US') ?? descriptions[0], 'latestDescription');
  const url = eventArn ? `https://health.aws.amazon.com/health/home#/account/event-log?eventID=${eventArn}&eventTab=details` : 'https://health.aws.amazon.com/health/home#/account/dashboard/open-issues';
  const affectedAccount = getStr(d, 'affectedAccount');

  const noun = service || category ? [service, category ?? 'event'].filter(Boolean).join(' ') : 'AWS Health event';
  const title = `${noun}${status === 'closed' && categoryCode === 'issue' ? ' resolved' : ''}${what ? `: ${what}` : ''}`;
  return {
    service: 'AWS Health',
    severity: healthSeverity(categoryCode, status, scope),
    title: sentence(title),
    summary: truncate(description, 1500),
    account: affectedAccount ?? event.account,
    region: getStr(d, 'eventRegion') ?? event.region,
    time: event.time,
    resources: [...(eventArn ? [{ id: eventArn, type: 'AWS::Health::Event', url }] : []), ...entityValues.map((id) => ({ id }))],
    links: [{ label: 'Open in AWS Health Dashboard', url }],
    fields: [
      ...(status ? [{ label: 'Status', value: status, short: true }] : []),
      ...(entityTexts.length ? [{ label: 'Affected resources', value: joinWithMore(entityTexts, 5) }] : []),
    ],
    threadKey: eventArn,
    variables: defined({
      eventArn,
      service,
      eventTypeCode: code,
      eventTypeCategory: categoryCode,
      statusCode: status,
      eventScopeCode: scope,
      affectedAccount,
      affectedEntities: entityValues.join(','),
      entityValue: entityValues[0],
    }),
    facts: {
      what,
      eventTypeCode: code,
      category,
      status,
      startTime: getStr(d, 'startTime'),
      endTime: getStr(d, 'endTime'),
      lastUpdated: getStr(d, 'lastUpdatedTime'),
      entities: entityTexts.length ? joinWithMore(entityTexts, 5) : undefined,
      entityCount: entityTexts.length,
      scope: scope ? words(scope) : undefined,
      affectedAccount,
      consoleUrl: url,
    },
  };
}

function healthSeverity(category: string | undefined, status: string | undefined, scope: string | undefined): Severity {
  if (category === 'issue') {
    if (status === 'closed') return 'success';
    return scope === 'PUBLIC' ? 'medium' : 'high';
  }
  if (category === 'scheduledChange') return status === 'closed' ? 'info' : 'medium';
  if (category === 'investigation') return 'medium';
  return 'info';
}

/** "AWS_EC2_INSTANCE_STORE_DRIVE_PERFORMANCE_DEGRADED" (service EC2) → "Instance store drive performance degraded" */
function whatHappened(code: string, service: string | undefined): string {
  let rest = code.replace(/^AWS_/, '');
  if (service && rest.startsWith(`${service.toUpperCase()}_`)) rest = rest.slice(service.length + 1);
  return sentence(words(rest));
}

function entityText(e: Record<string, unknown>): string | undefined {
  const value = getStr(e, 'entityValue') ?? getStr(e, 'entityArn');
  if (!value) return undefined;
  const tags = isRecord(e.tags) ? Object.entries(e.tags).map(([k, v]) => `${k}=${String(v)}`) : [];
  const status = getStr(e, 'status');
  const extra = [status && status !== 'UNKNOWN' ? status.toLowerCase() : undefined, ...tags].filter(Boolean);
  return extra.length ? `${value} (${extra.join(', ')})` : value;
}
