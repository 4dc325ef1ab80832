import type { Severity } from '../../../core/card.js';
import { consoleUrl } from '../console.js';
import { isRecord, num, parseArn } from '../read.js';
import type { Normalised, SourceDefinition } from '../types.js';
import { fieldStr, readMetricQueries } from './alarm-metrics.js';
import { kindOf } from './alarm-model.js';
import { alarmConsoleUrl, alarmThreadKey } from './alarm-notification.js';
import { changeLine, configChanges } from './alarm-config-diff.js';
import { isAccountId, isRegionCode } from './region-names.js';
import { thresholdSentence } from './threshold-sentence.js';

const PAST: Record<string, string> = { create: 'created', update: 'updated', delete: 'deleted' };

/**
 * EventBridge "CloudWatch Alarm Configuration Change": an alarm was created, updated or deleted.
 * Facts: alarmName, operation, verb (created/updated/deleted), where, condition, isComposite,
 * description, changes (lines), changeCount, state, actionsDisabled.
 */
export const cloudwatchAlarmConfigurationChange: SourceDefinition = {
  id: 'cloudwatch-alarm-configuration',
  matches: [{ source: 'aws.cloudwatch', detailType: 'CloudWatch Alarm Configuration Change' }],
  normalise(event) {
    const d = isRecord(event.detail) ? event.detail : {};
    const resource = event.resources.find((r) => r.includes(':alarm:'));
    const arn = parseArn(resource);
    const name = fieldStr(d, 'alarmName') ?? arn?.resource.replace(/^alarm:/, '');
    if (!name) throw new Error('configuration change without an alarm name');
    const region = [event.region, arn?.region].find(isRegionCode);
    const account = [event.account, arn?.account].find(isAccountId);
    const operation = fieldStr(d, 'operation') ?? 'update';
    const config = isRecord(d.configuration) ? d.configuration : isRecord(d.previousConfiguration) ? d.previousConfiguration : {};
    const metrics = readMetricQueries(config.metrics);
    const condition = thresholdSentence({
      metrics,
      thresholdMetricId: fieldStr(config, 'thresholdMetricId'),
      alarmRule: fieldStr(config, 'alarmRule'),
      comparison: fieldStr(config, 'comparisonOperator'),
      threshold: num(config.threshold),
      evaluationPeriods: num(config.evaluationPeriods),
      datapointsToAlarm: num(config.datapointsToAlarm),
      period: metrics.find((q) => q.period)?.period,
    });
    const changes = operation === 'update' ? configChanges(d.previousConfiguration, d.configuration).map(changeLine) : [];
    const actionsDisabled = operation !== 'delete' && config.actionsEnabled === false;
    const verb = PAST[operation] ?? operation;
    const where = region;
    const url = operation === 'delete' ? consoleUrl(region, 'cloudwatch/home', 'alarmsV2:') : alarmConsoleUrl(region, name);
    const isComposite = kindOf({ metrics, alarmRule: fieldStr(config, 'alarmRule') }) === 'composite';
    const facts = {
      alarmName: name,
      operation,
      verb,
      where,
      condition,
      isComposite,
      description: fieldStr(config, 'description'),
      changes,
      changeCount: changes.length,
      state: fieldStr(d.state, 'value'),
      actionsDisabled,
    };
    const n: Normalised = {
      service: 'Amazon CloudWatch',
      severity: severityOf(operation, actionsDisabled),
      title: `CloudWatch alarm ${name} ${verb}${where ? ` in ${where}` : ''}`,
      summary: facts.description,
      account,
      region,
      time: event.time,
      resources: [{ id: resource ?? name, type: 'CloudWatch alarm', url }],
      links: [{ label: operation === 'delete' ? 'Open CloudWatch alarms' : 'Open alarm in CloudWatch', url }],
      fields: [
        ...(condition ? [{ label: isComposite ? 'Rule' : 'Condition', value: condition }] : []),
        ...(facts.state ? [{ label: 'State', value: facts.state, short: true }] : []),
      ],
      sections: changes.length ? [{ type: 'list', title: 'What changed', items: changes }] : [],
      threadKey: alarmThreadKey({ arn: arn && isRegionCode(arn.region) && isAccountId(arn.account) ? resource : undefined, account, region, name }),
      variables: { AlarmName: name, ...(resource ? { AlarmArn: resource } : {}), Operation: operation },
      facts,
    };
    return n;
  },
};

function severityOf(operation: string, actionsDisabled: boolean): Severity {
  if (operation === 'delete' || actionsDisabled) return 'medium';
  return 'info';
}
