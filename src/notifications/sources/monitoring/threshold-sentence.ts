import { bandParts, bandQuery, watchedQuery, type AlarmModel, type MetricQuery } from './alarm-model.js';
import { formatNumber as formatWith } from '../../../support/format-number.js';

const SYMBOLS: Record<string, string> = {
  GreaterThanThreshold: '>',
  GreaterThanOrEqualToThreshold: '>=',
  LessThanThreshold: '<',
  LessThanOrEqualToThreshold: '<=',
};

const BAND_WORDS: Record<string, string> = {
  LessThanLowerOrGreaterThanUpperThreshold: 'outside the band',
  GreaterThanUpperThreshold: 'above the band',
  LessThanLowerThreshold: 'below the band',
};

type Condition = Pick<AlarmModel, 'metrics' | 'thresholdMetricId' | 'comparison' | 'threshold' | 'evaluationPeriods' | 'datapointsToAlarm' | 'period' | 'alarmRule'>;

/**
 * The alarm's condition in one line, e.g. "CPUUtilization > 80 for 3 datapoints within 15 minutes",
 * "m1/m2 < 10 for 1 datapoint within 1 minute", "CPUUtilization outside the band (2 standard
 * deviations) for 2 of 3 datapoints within 15 minutes". Undefined when the event doesn't say.
 */
export function thresholdSentence(c: Condition): string | undefined {
  if (c.alarmRule) return c.alarmRule;
  const watched = watchedQuery(c);
  const band = bandQuery(c);
  const subject = watched ? querySubject(watched) : undefined;
  let test: string | undefined;
  if (band || (c.comparison && BAND_WORDS[c.comparison])) {
    const width = bandParts(band).width;
    const words = (c.comparison && BAND_WORDS[c.comparison]) ?? 'outside the band';
    test = `${words}${width !== undefined ? ` (${formatNumber(width)} standard deviation${width === 1 ? '' : 's'})` : ''}`;
  } else if (c.threshold !== undefined && c.comparison && SYMBOLS[c.comparison]) {
    test = `${SYMBOLS[c.comparison]} ${formatNumber(c.threshold)}${unitSuffix(watched?.unit)}`;
  } else if (c.threshold !== undefined) {
    test = `crossed ${formatNumber(c.threshold)}${unitSuffix(watched?.unit)}`;
  }
  if (!test) return undefined;
  return [subject, test, window(c)].filter(Boolean).join(' ');
}

function querySubject(q: MetricQuery): string | undefined {
  return q.expression ?? q.metricName ?? q.label;
}

function window(c: Condition): string | undefined {
  const n = c.evaluationPeriods;
  if (!n) return undefined;
  const m = c.datapointsToAlarm && c.datapointsToAlarm < n ? c.datapointsToAlarm : undefined;
  const count = m ? `${m} of ${n} datapoints` : `${n} datapoint${n === 1 ? '' : 's'}`;
  return c.period ? `for ${count} within ${duration(n * c.period)}` : `for ${count}`;
}

/** 900 → "15 minutes", 60 → "1 minute", 10 → "10 seconds", 86400 → "1 day". */
export function duration(seconds: number): string {
  const unit = (n: number, word: string) => `${formatNumber(n)} ${word}${n === 1 ? '' : 's'}`;
  if (seconds % 86400 === 0) return unit(seconds / 86400, 'day');
  if (seconds % 3600 === 0) return unit(seconds / 3600, 'hour');
  if (seconds % 60 === 0) return unit(seconds / 60, 'minute');
  return unit(seconds, 'second');
}

/** 300 → "5-minute", as in "a 5-minute period". */
export function periodText(seconds: number): string {
  return duration(seconds).replace(/^(\S+) (\w+?)s?$/, '$1-$2');
}

export function formatNumber(n: number): string {
  return formatWith(n, { maximumFractionDigits: 4 });
}

function unitSuffix(unit: string | undefined): string {
  if (!unit || unit === 'None' || unit === 'Count') return '';
  if (unit === 'Percent') return '%';
  return ` ${unit.toLowerCase()}`;
}
