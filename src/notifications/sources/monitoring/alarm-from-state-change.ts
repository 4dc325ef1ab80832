import type { SourceEvent } from '../../source-event.js';
import { get, getStr, isRecord, num, parseArn } from '../read.js';
import { cleanTreatMissing, fieldStr, readMetricQueries } from './alarm-metrics.js';
import { kindOf, type AlarmModel } from './alarm-model.js';
import { readReason, readReasonData } from './alarm-reason.js';
import { isAccountId, isRegionCode } from './region-names.js';

/**
 * The EventBridge "CloudWatch Alarm State Change" detail and the Lambda alarm action's
 * `alarmData` share one shape: alarmName, state, previousState, configuration.
 */
export function alarmFromStateChange(event: SourceEvent): AlarmModel {
  const lambda = event.form === 'lambda-alarm';
  const data = lambda ? get(event.detail, 'alarmData') : event.detail;
  if (!isRecord(data)) throw new Error('alarm event has no alarm data');
  const arnCandidate = lambda ? getStr(event.detail, 'alarmArn') : event.resources.find((r) => r.includes(':alarm:'));
  const arn = parseArn(arnCandidate);
  const name = fieldStr(data, 'alarmName') ?? (arn ? arn.resource.replace(/^alarm:/, '') : undefined);
  if (!name) throw new Error('alarm event has no alarm name');

  const config = isRecord(data.configuration) ? data.configuration : {};
  const state = isRecord(data.state) ? data.state : {};
  const previous = isRecord(data.previousState) ? data.previousState : {};
  const reason = fieldStr(state, 'reason');
  const fromReason = readReason(reason);
  const reasonData = readReasonData(state.reasonData);
  const metrics = readMetricQueries(config.metrics);
  const base = { metrics, thresholdMetricId: fieldStr(config, 'thresholdMetricId'), alarmRule: fieldStr(config, 'alarmRule') };
  const region = [event.region, arn?.region].find(isRegionCode);
  const account = [event.account, arn?.account].find(isAccountId);

  return {
    ...base,
    name,
    arn: arn && isRegionCode(arn.region) && isAccountId(arn.account) ? arnCandidate : undefined,
    description: fieldStr(config, 'description'),
    state: fieldStr(state, 'value'),
    previousState: fieldStr(previous, 'value'),
    reason,
    stateTime: fieldStr(state, 'timestamp') ?? event.time,
    account,
    region,
    kind: kindOf(base),
    comparison: fieldStr(config, 'comparisonOperator') ?? fromReason.comparison,
    threshold: num(config.threshold) ?? reasonData.threshold ?? fromReason.threshold,
    evaluationPeriods: num(config.evaluationPeriods) ?? fromReason.outOf,
    datapointsToAlarm: num(config.datapointsToAlarm) ?? fromReason.datapoints,
    period: reasonData.period ?? metrics.find((q) => q.period)?.period,
    treatMissingData: cleanTreatMissing(fieldStr(config, 'treatMissingData')),
    triggeringAlarms: reasonData.triggeringAlarms,
    actionsSuppressedBy: fieldStr(state, 'actionsSuppressedBy'),
    actionsSuppressedReason: fieldStr(state, 'actionsSuppressedReason'),
    recentDatapoints: reasonData.recentDatapoints,
    reasonStartDate: reasonData.startDate,
  };
}
