/**
 * The time window a "Show logs" query covers: "the first 30 log entries from the start of the
 * alarm evaluation period" (the reference). From the notification's variables:
 *
 * - end: `StateChangeTime` (when the alarm changed state), else now;
 * - start: `ReasonStartDate` (the reason data's `startDate`, EventBridge and Lambda forms), else
 *   end − `Period` × `EvaluationPeriods` (the SNS form), else end − `Period`, else end − 10 minutes.
 *
 * Times are whole epoch seconds, as StartQuery takes them (start rounded down, end up).
 */

export interface QueryWindow {
  /** Epoch seconds. */
  startTime: number;
  /** Epoch seconds, after startTime. */
  endTime: number;
  /** Where the start came from, for the card and the log. */
  basis: 'reason-start' | 'evaluation-periods' | 'period' | 'default';
}

export const DEFAULT_LOOKBACK_SECONDS = 600;

/** "2019-10-02T16:59:00.000+0000", "…Z", "…+00:00", or epoch seconds / milliseconds → epoch ms. */
export function parseAlarmTime(text: string | undefined): number | undefined {
  const t = text?.trim();
  if (!t) return undefined;
  if (/^\d+(\.\d+)?$/.test(t)) {
    const n = Number(t);
    return n > 1e11 ? n : n * 1000;
  }
  const ms = Date.parse(t.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isFinite(ms) ? ms : undefined;
}

function positive(text: string | undefined): number | undefined {
  const n = Number(text?.trim());
  return text?.trim() && Number.isFinite(n) && n > 0 ? n : undefined;
}

export function queryWindow(variables: Readonly<Record<string, string>>, now: Date = new Date()): QueryWindow {
  const endMs = parseAlarmTime(variables.StateChangeTime) ?? now.getTime();
  const reasonStart = parseAlarmTime(variables.ReasonStartDate);
  const period = positive(variables.Period);
  const periods = positive(variables.EvaluationPeriods);
  let startMs: number;
  let basis: QueryWindow['basis'];
  if (reasonStart !== undefined && reasonStart < endMs) {
    [startMs, basis] = [reasonStart, 'reason-start'];
  } else if (period && periods) {
    [startMs, basis] = [endMs - period * periods * 1000, 'evaluation-periods'];
  } else if (period) {
    [startMs, basis] = [endMs - period * 1000, 'period'];
  } else {
    [startMs, basis] = [endMs - DEFAULT_LOOKBACK_SECONDS * 1000, 'default'];
  }
  const startTime = Math.floor(startMs / 1000);
  return { startTime, endTime: Math.max(Math.ceil(endMs / 1000), startTime + 1), basis };
}

/** "2019-10-02 16:59:00 → 17:04:40 UTC" (the date repeated only when it changes). */
export function windowText(window: Pick<QueryWindow, 'startTime' | 'endTime'>): string {
  const [startDay, startClock] = isoSeconds(window.startTime);
  const [endDay, endClock] = isoSeconds(window.endTime);
  return `${startDay} ${startClock} → ${endDay === startDay ? '' : `${endDay} `}${endClock} UTC`;
}

function isoSeconds(epochSeconds: number): [string, string] {
  const iso = new Date(epochSeconds * 1000).toISOString();
  return [iso.slice(0, 10), iso.slice(11, 19)];
}
