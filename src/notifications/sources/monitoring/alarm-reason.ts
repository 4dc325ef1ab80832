import { getArr, getStr, isRecord, num, parseJsonField } from '../read.js';
import { alarmNameOfArn, type TriggeringAlarm } from './alarm-model.js';
import { field, fieldStr } from './alarm-metrics.js';

/** What a state reason ("Threshold Crossed: 1 out of the last 1 datapoints [...] was greater than the threshold (50.0) ...") tells. */
export interface ReasonFacts {
  comparison?: string;
  threshold?: number;
  /** Datapoints that must breach (DatapointsToAlarm). */
  datapoints?: number;
  /** Datapoints looked at (EvaluationPeriods). */
  outOf?: number;
  anomaly?: boolean;
}

const OPERATORS: [RegExp, string][] = [
  [/greater than or equal to/, 'GreaterThanOrEqualToThreshold'],
  [/less than or equal to/, 'LessThanOrEqualToThreshold'],
  [/greater than/, 'GreaterThanThreshold'],
  [/less than/, 'LessThanThreshold'],
];

export function readReason(reason: string | undefined): ReasonFacts {
  if (!reason) return {};
  const facts: ReasonFacts = {};
  const outOf = /\d+ out of the last (\d+) datapoints?/i.exec(reason) ?? /:\s*(\d+) datapoints? \[/i.exec(reason);
  if (outOf) facts.outOf = Number(outOf[1]);
  // "(minimum 2 datapoints for OK -> ALARM transition)" is the alarm's DatapointsToAlarm.
  const minimum = /minimum (\d+) datapoints? for/i.exec(reason);
  if (minimum) facts.datapoints = Number(minimum[1]);
  if (/\b(band|upper threshold|lower threshold|thresholds)\b/i.test(reason)) facts.anomaly = true;
  const cmp = /(?:was|were) (?:not )?((?:greater|less) than(?: or equal to)?) the threshold \((-?[\d.]+(?:E[-+]?\d+)?)\)/i.exec(reason);
  if (cmp) {
    const words = cmp[1]!.toLowerCase();
    facts.comparison = OPERATORS.find(([re]) => re.test(words))?.[1];
    facts.threshold = Number(cmp[2]);
  }
  return facts;
}

/** The metric alarm's reasonData: threshold, period, statistic and the latest datapoints. */
export interface ReasonData {
  threshold?: number;
  period?: number;
  statistic?: string;
  /** Start of the evaluated window (`startDate`), as given. */
  startDate?: string;
  recentDatapoints: number[];
  triggeringAlarms: TriggeringAlarm[];
}

export function readReasonData(v: unknown): ReasonData {
  const data = parseJsonField(v);
  if (!isRecord(data)) return { recentDatapoints: [], triggeringAlarms: [] };
  return {
    threshold: num(data.threshold),
    period: num(data.period),
    statistic: getStr(data, 'statistic'),
    startDate: getStr(data, 'startDate'),
    recentDatapoints: getArr(data, 'recentDatapoints').map(num).filter((n): n is number => n !== undefined),
    triggeringAlarms: readTriggeringAlarms(data.triggeringAlarms),
  };
}

/** Composite alarms' children: `triggeringAlarms` (EventBridge/Lambda) or `TriggeringChildren` (SNS). */
export function readTriggeringAlarms(v: unknown): TriggeringAlarm[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((child) => {
    const arn = fieldStr(child, 'arn');
    const name = fieldStr(child, 'name') ?? (arn ? alarmNameOfArn(arn) : undefined);
    if (!name) return [];
    const state = field(child, 'state');
    return [{ name, arn, state: fieldStr(state, 'value'), timestamp: fieldStr(state, 'timestamp') }];
  });
}
