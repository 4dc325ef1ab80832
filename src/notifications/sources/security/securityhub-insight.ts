import type { CardSection } from '../../../core/card.js';
import type { SourceEvent } from '../../source-event.js';
import { consoleUrl } from '../console.js';
import { getArr, getStr, isRecord, num } from '../read.js';
import type { Normalised, SourceDefinition } from '../types.js';
import { defined, plural, withMore } from './summarise.js';

export const HUB_INSIGHT_RESULTS = 'Security Hub Insight Results';

/**
 * AWS Security Hub insight results sent with a custom action (`Security Hub Insight Results`):
 * the insight, what its results are grouped by, and the top groups with their finding counts.
 * A report someone asked for: info.
 *
 * facts: insightName, resultType ("ResourceAwsIamAccessKeyUserName"), groupedBy ("resource aws
 * iam access key user name"), resultCount, topResult ("Admin (2)"), actionName, consoleUrl.
 */
export const securityHubInsight: SourceDefinition = {
  id: 'securityhub-insight',
  matches: [{ source: 'aws.securityhub', detailType: HUB_INSIGHT_RESULTS }],
  normalise: normaliseInsight,
};

function normaliseInsight(event: SourceEvent): Normalised {
  const d = isRecord(event.detail) ? event.detail : {};
  const insightArn = getStr(d, 'insightArn') ?? event.resources[0];
  const insightName = getStr(d, 'insightName');
  const resultType = getStr(d, 'resultType');
  const actionName = getStr(d, 'actionName');
  const results = getArr(d, 'insightResults').flatMap((r) => (isRecord(r) ? Object.entries(r).map(([group, count]) => ({ group, count: num(count) })) : []));
  const resultCount = num(d['number of results']) ?? results.length;
  const items = results.map((r) => (r.count === undefined ? r.group : `${r.group} (${plural(r.count, 'finding')})`));
  const url = insightArn ? consoleUrl(event.region, 'securityhub/home', `/insights/${encodeURIComponent(insightArn)}`) : consoleUrl(event.region, 'securityhub/home', '/insights');
  const sections: CardSection[] = items.length ? [{ type: 'list', title: 'Results', items: withMore(items, 10) }] : [];
  const title = `Security Hub insight${insightName ? ` “${insightName}”` : ''}: ${plural(resultCount, 'result')}`;
  return {
    service: 'AWS Security Hub',
    severity: 'info',
    title,
    summary: getStr(d, 'actionDescription'),
    account: event.account,
    region: event.region,
    time: event.time,
    resources: insightArn ? [{ id: insightArn, type: 'AWS::SecurityHub::Insight', url }] : [],
    links: [{ label: 'Open insight in Security Hub', url }],
    sections,
    fields: resultType ? [{ label: 'Grouped by', value: resultType, short: true }] : [],
    threadKey: insightArn,
    variables: defined({ insightArn, insightName, resultType, resultCount, actionName, topResult: results[0]?.group }),
    facts: {
      insightName,
      resultType,
      groupedBy: resultType ? resultType.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase() : undefined,
      resultCount,
      topResult: items[0],
      actionName,
      consoleUrl: url,
    },
  };
}
