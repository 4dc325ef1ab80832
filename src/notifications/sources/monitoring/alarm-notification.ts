import type { CardSection, Severity } from '../../../core/card.js';
import { consoleUrl } from '../console.js';
import type { Normalised } from '../types.js';
import { allDimensions, watchedQuery, type AlarmModel, type MetricQuery } from './alarm-model.js';
import { alarmVariables } from './alarm-variables.js';
import { partitionOf } from './region-names.js';
import { formatNumber, periodText, thresholdSentence } from './threshold-sentence.js';

const MAX_CHILDREN = 3;

export function alarmSeverity(state: string | undefined): Severity {
  if (state === 'ALARM') return 'high';
  if (state === 'OK') return 'success';
  if (state === 'INSUFFICIENT_DATA') return 'medium';
  return 'info';
}

/** The alarm's ARN as given, or built from account, Region and name when the message has none. */
export function alarmArn(a: Pick<AlarmModel, 'arn' | 'account' | 'region' | 'name'>): string | undefined {
  if (a.arn) return a.arn;
  return a.account && a.region ? `arn:${partitionOf(a.region)}:cloudwatch:${a.region}:${a.account}:alarm:${a.name}` : undefined;
}

export function alarmConsoleUrl(region: string | undefined, name: string): string {
  return consoleUrl(region, 'cloudwatch/home', `alarmsV2:alarm/${encodeURIComponent(name)}`);
}

/** Events about one alarm share a thread: its ARN, else account/Region/name. */
export function alarmThreadKey(a: Pick<AlarmModel, 'arn' | 'account' | 'region' | 'name'>): string {
  return alarmArn(a) ?? `cloudwatch-alarm:${a.account ?? '-'}:${a.region ?? '-'}:${a.name}`;
}

/**
 * AlarmModel → Normalised. Facts for the template: alarmName, state, previousState, stateChange,
 * where, description, condition, isComposite, metric, dimensions, latestValue, reason,
 * suppressed, treatMissingData, kind.
 */
export function alarmNotification(a: AlarmModel): Normalised {
  const arn = alarmArn(a);
  const url = alarmConsoleUrl(a.region, a.name);
  const state = a.state ?? 'UNKNOWN';
  const where = a.region ?? a.regionName;
  const watched = watchedQuery(a);
  const dimensions = allDimensions(a);
  const latest = a.recentDatapoints.at(-1);
  const facts = {
    alarmName: a.name,
    state,
    previousState: a.previousState,
    stateChange: a.previousState && a.previousState !== state ? `${a.previousState} → ${state}` : state,
    where,
    description: a.description,
    condition: thresholdSentence(a),
    isComposite: a.kind === 'composite',
    metric: watched ? metricText(watched, a.kind === 'metric') : undefined,
    dimensions: dimensions.map((d) => `${d.name} = ${d.value}`).join(', ') || undefined,
    latestValue: latest !== undefined ? formatNumber(latest) : undefined,
    reason: a.reason,
    suppressed: a.actionsSuppressedBy ? (a.actionsSuppressedReason ?? `Actions suppressed by ${a.actionsSuppressedBy}`) : undefined,
    treatMissingData: a.treatMissingData,
    kind: a.kind,
  };
  const title = `${state}: ${a.name}${state !== 'OK' && where ? ` in ${where}` : ''}`;
  return {
    service: 'Amazon CloudWatch',
    severity: alarmSeverity(a.state),
    title,
    summary: a.description,
    account: a.account,
    region: a.region,
    time: a.stateTime,
    resources: [{ id: arn ?? a.name, type: 'CloudWatch alarm', url }],
    links: [{ label: 'Open alarm in CloudWatch', url }],
    fields: [
      ...(facts.condition ? [{ label: facts.isComposite ? 'Rule' : 'Condition', value: facts.condition }] : []),
      { label: 'State', value: facts.stateChange, short: true },
      ...(facts.metric ? [{ label: 'Metric', value: facts.metric, short: true }] : []),
      ...(facts.dimensions ? [{ label: 'Dimensions', value: facts.dimensions, short: true }] : []),
      ...(a.reason ? [{ label: 'Reason', value: a.reason }] : []),
    ],
    sections: [...childrenSection(a), ...metricsSection(a)],
    threadKey: alarmThreadKey(a),
    variables: alarmVariables(a, arn, watched),
    facts,
  };
}

function metricText(q: MetricQuery, single: boolean): string | undefined {
  if (q.expression) return q.label;
  const name = [q.namespace, q.metricName].filter(Boolean).join(' ');
  const how = [q.stat, q.period ? `${periodText(q.period)} period` : undefined].filter(Boolean).join(', ');
  return single && how ? `${name} (${how})` : name;
}

function childrenSection(a: AlarmModel): CardSection[] {
  if (a.kind !== 'composite' || !a.triggeringAlarms.length) return [];
  const shown = a.triggeringAlarms.slice(0, MAX_CHILDREN).map((c) => (c.state ? `${c.name} (${c.state})` : c.name));
  const more = a.triggeringAlarms.length - shown.length;
  return [{ type: 'list', title: 'Triggering alarms', items: more > 0 ? [...shown, `and ${more} more`] : shown }];
}

function metricsSection(a: AlarmModel): CardSection[] {
  if (a.metrics.length < 2) return [];
  const items = a.metrics.map((q) => {
    const id = q.id ? `${q.id}: ` : '';
    if (q.expression) return `${id}${q.expression}${q.label ? ` (${q.label})` : ''}`;
    const dims = q.dimensions.map((d) => `${d.name}=${d.value}`).join(', ');
    return `${id}${metricText(q, true) ?? ''}${dims ? ` [${dims}]` : ''}`;
  });
  return [{ type: 'list', title: 'Metrics', items }];
}
