import { isRecord, num, str } from '../read.js';
import type { AlarmDimension, MetricQuery } from './alarm-model.js';

/**
 * Reads metric queries written either way AWS writes them: the SNS message uses PascalCase
 * ("MetricStat", "Dimensions": [{name, value}]), EventBridge and Lambda camelCase
 * ("metricStat", "dimensions": {InstanceId: "i-…"}, "name" for the metric name).
 */

/** A key of `obj`, looked up without regard to case. */
export function field(obj: unknown, name: string): unknown {
  if (!isRecord(obj)) return undefined;
  if (name in obj) return obj[name];
  const lower = name.toLowerCase();
  const key = Object.keys(obj).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : obj[key];
}

export function fieldStr(obj: unknown, name: string): string | undefined {
  const s = str(field(obj, name))?.trim();
  return s ? s : undefined;
}

export function readDimensions(v: unknown): AlarmDimension[] {
  if (Array.isArray(v)) {
    return v.flatMap((d) => {
      const name = fieldStr(d, 'name');
      const value = fieldStr(d, 'value');
      return name && value !== undefined ? [{ name, value }] : [];
    });
  }
  if (isRecord(v)) return Object.entries(v).flatMap(([name, value]) => (str(value) !== undefined ? [{ name, value: String(value) }] : []));
  return [];
}

const STATISTICS: Record<string, string> = { AVERAGE: 'Average', SUM: 'Sum', MINIMUM: 'Minimum', MAXIMUM: 'Maximum', SAMPLE_COUNT: 'SampleCount', SAMPLECOUNT: 'SampleCount' };

/** "AVERAGE" → "Average"; "p99" and "Average" stay as they are. */
export function statName(s: string | undefined): string | undefined {
  if (!s) return undefined;
  return STATISTICS[s.toUpperCase()] && s === s.toUpperCase() ? STATISTICS[s.toUpperCase()] : s;
}

/** One entry of `Metrics` / `metrics`. */
export function readMetricQuery(v: unknown): MetricQuery | undefined {
  if (!isRecord(v)) return undefined;
  const stat = field(v, 'metricStat');
  const metric = field(stat, 'metric');
  const returnData = field(v, 'returnData');
  const query: MetricQuery = {
    id: fieldStr(v, 'id'),
    expression: fieldStr(v, 'expression'),
    label: fieldStr(v, 'label'),
    returnData: typeof returnData === 'boolean' ? returnData : undefined,
    namespace: fieldStr(metric, 'namespace'),
    metricName: fieldStr(metric, 'metricName') ?? fieldStr(metric, 'name'),
    dimensions: readDimensions(field(metric, 'dimensions')),
    stat: statName(fieldStr(stat, 'stat')),
    period: num(field(stat, 'period')) ?? num(field(v, 'period')),
    unit: fieldStr(stat, 'unit'),
  };
  return query.expression || query.metricName ? query : undefined;
}

export function readMetricQueries(v: unknown): MetricQuery[] {
  return Array.isArray(v) ? v.map(readMetricQuery).filter((q): q is MetricQuery => q !== undefined) : [];
}

/** The single metric of an SNS alarm message's Trigger (no Metrics list). */
export function readSingleMetric(trigger: unknown): MetricQuery | undefined {
  const metricName = fieldStr(trigger, 'MetricName');
  if (!metricName) return undefined;
  const unit = fieldStr(trigger, 'Unit');
  return {
    namespace: fieldStr(trigger, 'Namespace'),
    metricName,
    dimensions: readDimensions(field(trigger, 'Dimensions')),
    stat: statName(fieldStr(trigger, 'ExtendedStatistic') ?? fieldStr(trigger, 'Statistic')),
    period: num(field(trigger, 'Period')),
    unit: unit && unit !== 'null' ? unit : undefined,
    returnData: true,
  };
}

/** SNS writes "- TreatMissingData:                    missing"; keep the value. */
export function cleanTreatMissing(v: string | undefined): string | undefined {
  const s = v?.replace(/^-?\s*TreatMissingData:\s*/i, '').trim();
  return s ? s : undefined;
}
