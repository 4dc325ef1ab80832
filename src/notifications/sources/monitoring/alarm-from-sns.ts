import type { SourceEvent } from '../../source-event.js';
import { isRecord, num, parseArn, str } from '../read.js';
import { cleanTreatMissing, field, fieldStr, readMetricQueries, readSingleMetric } from './alarm-metrics.js';
import { kindOf, type AlarmModel } from './alarm-model.js';
import { readReason, readReasonData, readTriggeringAlarms } from './alarm-reason.js';
import { isAccountId, isRegionCode, regionFromName } from './region-names.js';

/** The SNS message form (AlarmName, NewStateValue, Trigger …) → AlarmModel. */
export function alarmFromSns(event: SourceEvent): AlarmModel {
  const m = isRecord(event.detail) ? event.detail : {};
  const name = fieldStr(m, 'AlarmName');
  if (!name) throw new Error('alarm message has no AlarmName');
  const trigger = field(m, 'Trigger');
  const arn = fieldStr(m, 'AlarmArn');
  const parsedArn = parseArn(arn);
  const regionName = fieldStr(m, 'Region');
  const region = [parsedArn?.region, regionFromName(regionName), event.region].find(isRegionCode);
  const account = [fieldStr(m, 'AWSAccountId'), parsedArn?.account, event.account].find(isAccountId);
  const reason = fieldStr(m, 'NewStateReason');
  const fromReason = readReason(reason);
  const listed = readMetricQueries(field(trigger, 'Metrics'));
  const single = readSingleMetric(trigger);
  const metrics = listed.length ? listed : single ? [single] : [];
  const base = {
    metrics,
    thresholdMetricId: fieldStr(trigger, 'ThresholdMetricId'),
    alarmRule: fieldStr(m, 'AlarmRule'),
  };
  const reasonData = readReasonData(field(m, 'NewStateReasonData'));
  return {
    ...base,
    name,
    arn: parsedArn && isRegionCode(parsedArn.region) && isAccountId(parsedArn.account) ? arn : undefined,
    description: fieldStr(m, 'AlarmDescription'),
    state: fieldStr(m, 'NewStateValue'),
    previousState: fieldStr(m, 'OldStateValue'),
    reason,
    stateTime: fieldStr(m, 'StateChangeTime') ?? event.time,
    account,
    region,
    regionName: region ? undefined : regionName,
    kind: kindOf(base),
    comparison: fieldStr(trigger, 'ComparisonOperator') ?? fromReason.comparison,
    threshold: num(field(trigger, 'Threshold')) ?? fromReason.threshold,
    evaluationPeriods: num(field(trigger, 'EvaluationPeriods')) ?? fromReason.outOf,
    datapointsToAlarm: num(field(trigger, 'DatapointsToAlarm')) ?? fromReason.datapoints,
    period: num(field(trigger, 'Period')) ?? metrics.find((q) => q.period)?.period,
    treatMissingData: cleanTreatMissing(str(field(trigger, 'TreatMissingData'))),
    triggeringAlarms: readTriggeringAlarms(field(m, 'TriggeringChildren')),
    recentDatapoints: reasonData.recentDatapoints,
    reasonStartDate: reasonData.startDate,
  };
}
