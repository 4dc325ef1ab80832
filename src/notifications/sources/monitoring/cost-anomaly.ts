import { consoleUrl } from '../console.js';
import { get, getArr, getStr, isRecord, num, parseArn } from '../read.js';
import type { Normalised, SourceDefinition } from '../types.js';
import { fieldStr } from './alarm-metrics.js';
import { formatNumber } from '../../../support/format-number.js';

const MAX_ROOT_CAUSES = 5;
/** An anomaly that cost this many dollars or more over what was expected is high severity. */
const HIGH_IMPACT_USD = 1000;

/**
 * AWS Cost Anomaly Detection: the SNS message (JSON: accountId, anomalyId, impact, rootCauses,
 * monitorName, anomalyDetailsLink, dimensionalValue) and the EventBridge "Anomaly Detected" event.
 * Facts: anomalyId, service, totalImpact, maxImpact, actualSpend, expectedSpend, impactPercent,
 * period, monitorName, subscriptionName, rootCauses (lines), topAccount.
 */
export const costAnomaly: SourceDefinition = {
  id: 'cost-anomaly-detection',
  matches: [{ source: 'aws.ce', detailType: 'Anomaly Detected' }],
  recognise({ json }) {
    if (!json || typeof json.anomalyId !== 'string' || !(isRecord(json.impact) || 'anomalyDetailsLink' in json || 'monitorArn' in json)) return undefined;
    const monitor = getStr(json, 'monitorArn');
    return { form: 'json', source: 'aws.ce', detailType: 'Anomaly Detected', id: json.anomalyId, account: getStr(json, 'accountId'), detail: json, body: json, resources: monitor ? [monitor] : [] };
  },
  normalise(event) {
    const d = isRecord(event.detail) ? event.detail : {};
    const anomalyId = fieldStr(d, 'anomalyId');
    if (!anomalyId) throw new Error('anomaly without anomalyId');
    const impact = get(d, 'impact');
    const totalImpact = num(get(impact, 'totalImpact'));
    const causes = getArr(d, 'rootCauses').filter(isRecord);
    const service = fieldStr(d, 'dimensionalValue') ?? fieldStr(d, 'dimensionValue') ?? fieldStr(causes[0], 'service');
    const monitorArn = fieldStr(d, 'monitorArn') ?? event.resources.find((r) => r.includes(':anomalymonitor/'));
    const url = detailsUrl(d, monitorArn, anomalyId);
    const start = day(fieldStr(d, 'anomalyStartDate'));
    const end = day(fieldStr(d, 'anomalyEndDate'));
    const rootCauses = causes.slice(0, MAX_ROOT_CAUSES).map(causeLine);
    if (causes.length > MAX_ROOT_CAUSES) rootCauses.push(`and ${causes.length - MAX_ROOT_CAUSES} more`);
    const facts = {
      anomalyId,
      service,
      totalImpact: usd(totalImpact),
      maxImpact: usd(num(get(impact, 'maxImpact'))),
      actualSpend: usd(num(get(impact, 'totalActualSpend'))),
      expectedSpend: usd(num(get(impact, 'totalExpectedSpend'))),
      impactPercent: percent(num(get(impact, 'totalImpactPercentage'))),
      period: start && end && start !== end ? `${start} to ${end}` : start ? (end ? start : `since ${start}`) : undefined,
      monitorName: fieldStr(d, 'monitorName'),
      subscriptionName: fieldStr(d, 'subscriptionName'),
      rootCauses,
      topAccount: fieldStr(causes[0], 'linkedAccountName') ?? fieldStr(causes[0], 'linkedAccount') ?? fieldStr(d, 'accountName'),
    };
    const account = fieldStr(d, 'accountId') ?? event.account;
    const n: Normalised = {
      service: 'AWS Cost Anomaly Detection',
      severity: totalImpact !== undefined && totalImpact >= HIGH_IMPACT_USD ? 'high' : 'medium',
      title: `Cost anomaly${facts.totalImpact ? `: ${facts.totalImpact} over expected spend` : ''}${service ? ` for ${service}` : ''}`,
      summary: facts.actualSpend && facts.expectedSpend ? `Spent ${facts.actualSpend} against ${facts.expectedSpend} expected.` : undefined,
      account,
      region: event.region,
      time: event.time,
      resources: [{ id: anomalyId, type: 'Cost anomaly', url }],
      links: [{ label: 'Open anomaly in Cost Management', url }],
      fields: [
        ...(facts.totalImpact ? [{ label: 'Total impact', value: facts.totalImpact, short: true }] : []),
        ...(facts.period ? [{ label: 'Period', value: facts.period, short: true }] : []),
        ...(facts.monitorName ? [{ label: 'Monitor', value: facts.monitorName, short: true }] : []),
      ],
      sections: rootCauses.length ? [{ type: 'list', title: 'Root causes', items: rootCauses }] : [],
      threadKey: `aws.ce:anomaly:${anomalyId}`,
      variables: anomalyVariables(anomalyId, facts.service, totalImpact, facts.monitorName, monitorArn, causes[0]),
      facts,
    };
    return n;
  },
};

function detailsUrl(d: Record<string, unknown>, monitorArn: string | undefined, anomalyId: string): string {
  const given = fieldStr(d, 'anomalyDetailsLink');
  if (given && /^https:\/\/([a-z0-9-]+\.)*console\.(aws\.amazon\.com|amazonaws\.cn|amazonaws-us-gov\.com)\//.test(given)) return given;
  const monitorId = parseArn(monitorArn)?.resource.split('/').pop();
  const fragment = monitorId ? `/anomaly-detection/monitors/${monitorId}/anomalies/${anomalyId}` : '/anomaly-detection/overview';
  return consoleUrl(undefined, 'cost-management/home', fragment);
}

function causeLine(c: Record<string, unknown>): string {
  const account = fieldStr(c, 'linkedAccountName') ? `${fieldStr(c, 'linkedAccountName')} (${fieldStr(c, 'linkedAccount') ?? '?'})` : fieldStr(c, 'linkedAccount');
  return [fieldStr(c, 'service'), fieldStr(c, 'region'), fieldStr(c, 'usageType'), account ? `account ${account}` : undefined].filter(Boolean).join(' · ');
}

function usd(n: number | undefined): string | undefined {
  return n === undefined ? undefined : `$${formatNumber(n, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

function percent(n: number | undefined): string | undefined {
  return n === undefined ? undefined : `${formatNumber(n, { maximumFractionDigits: 1 })}%`;
}

function day(iso: string | undefined): string | undefined {
  return iso ? iso.slice(0, 10) : undefined;
}

/** AnomalyId, MonitorName, MonitorArn, Service, TotalImpact, LinkedAccount, UsageType. */
function anomalyVariables(id: string, service: string | undefined, total: number | undefined, monitor: string | undefined, monitorArn: string | undefined, cause: Record<string, unknown> | undefined): Record<string, string> {
  const vars: Record<string, string> = { AnomalyId: id };
  if (monitor) vars.MonitorName = monitor;
  if (monitorArn) vars.MonitorArn = monitorArn;
  if (service) vars.Service = service;
  if (total !== undefined) vars.TotalImpact = String(total);
  const linked = fieldStr(cause, 'linkedAccount');
  if (linked) vars.LinkedAccount = linked;
  const usage = fieldStr(cause, 'usageType');
  if (usage) vars.UsageType = usage;
  return vars;
}

