/**
 * One model for a CloudWatch alarm state change, whichever form it came in (the SNS message,
 * the EventBridge event, the Lambda alarm action). Readers fill it; the card is built from it.
 */

export interface AlarmDimension {
  name: string;
  value: string;
}

/** One metric or expression the alarm watches (a single-metric alarm has exactly one). */
export interface MetricQuery {
  id?: string;
  expression?: string;
  label?: string;
  returnData?: boolean;
  namespace?: string;
  metricName?: string;
  dimensions: AlarmDimension[];
  stat?: string;
  period?: number;
  unit?: string;
}

export interface TriggeringAlarm {
  name: string;
  arn?: string;
  state?: string;
  timestamp?: string;
}

export type AlarmKind = 'metric' | 'metric-math' | 'anomaly-detection' | 'composite' | 'unknown';

export interface AlarmModel {
  name: string;
  arn?: string;
  description?: string;
  state?: string;
  previousState?: string;
  reason?: string;
  stateTime?: string;
  /** Start of the evaluated window, from the state's reasonData (`startDate`), as given. */
  reasonStartDate?: string;
  account?: string;
  region?: string;
  /** The Region as the SNS message words it ("US East (N. Virginia)"), when it has no code. */
  regionName?: string;
  kind: AlarmKind;
  comparison?: string;
  threshold?: number;
  thresholdMetricId?: string;
  evaluationPeriods?: number;
  datapointsToAlarm?: number;
  period?: number;
  treatMissingData?: string;
  metrics: MetricQuery[];
  alarmRule?: string;
  triggeringAlarms: TriggeringAlarm[];
  actionsSuppressedBy?: string;
  actionsSuppressedReason?: string;
  recentDatapoints: number[];
}

const BAND = /ANOMALY_DETECTION_BAND\s*\(\s*([A-Za-z0-9_]+)\s*(?:,\s*([\d.]+)\s*)?\)/i;

/** The anomaly detection band expression, if the alarm uses one. */
export function bandQuery(m: Pick<AlarmModel, 'metrics' | 'thresholdMetricId'>): MetricQuery | undefined {
  return m.metrics.find((q) => (m.thresholdMetricId && q.id === m.thresholdMetricId) || (q.expression && BAND.test(q.expression)));
}

/** The band's width in standard deviations, and the id of the metric it is drawn around. */
export function bandParts(q: MetricQuery | undefined): { metricId?: string; width?: number } {
  const match = q?.expression ? BAND.exec(q.expression) : null;
  if (!match) return {};
  return { metricId: match[1], width: match[2] !== undefined ? Number(match[2]) : undefined };
}

/** The query whose value is compared with the threshold (or the band). */
export function watchedQuery(m: Pick<AlarmModel, 'metrics' | 'thresholdMetricId'>): MetricQuery | undefined {
  const band = bandQuery(m);
  if (band) {
    const { metricId } = bandParts(band);
    return m.metrics.find((q) => q.id === metricId) ?? m.metrics.find((q) => q !== band && q.returnData !== false);
  }
  return m.metrics.find((q) => q.returnData === true) ?? m.metrics[0];
}

export function kindOf(m: Pick<AlarmModel, 'metrics' | 'thresholdMetricId' | 'alarmRule'>): AlarmKind {
  if (m.alarmRule) return 'composite';
  if (bandQuery(m)) return 'anomaly-detection';
  if (m.metrics.some((q) => q.expression)) return 'metric-math';
  if (m.metrics.length) return 'metric';
  return 'unknown';
}

/** Every dimension of every metric, first value of a name wins. */
export function allDimensions(m: Pick<AlarmModel, 'metrics'>): AlarmDimension[] {
  const seen = new Map<string, AlarmDimension>();
  for (const q of m.metrics) for (const d of q.dimensions) if (!seen.has(d.name)) seen.set(d.name, d);
  return [...seen.values()];
}

/** "arn:aws:cloudwatch:us-east-1:123:alarm:HighCPU" → "HighCPU". */
export function alarmNameOfArn(arn: string): string {
  const i = arn.indexOf(':alarm:');
  return i === -1 ? arn : arn.slice(i + ':alarm:'.length);
}
