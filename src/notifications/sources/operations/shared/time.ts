import { num } from '../../read.js';

/** Epoch milliseconds (Step Functions, Batch) or seconds (Synthetics) → ISO-8601; else undefined. */
export function isoFromEpoch(v: unknown, unit: 'ms' | 's' = 'ms'): string | undefined {
  const n = num(v);
  if (n === undefined || n <= 0) return undefined;
  const d = new Date(unit === 's' ? n * 1000 : n);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** Milliseconds between two ISO times, when both parse and the second is not earlier. */
export function millisBetween(start: string | undefined, end: string | undefined): number | undefined {
  if (!start || !end) return undefined;
  const a = Date.parse(start);
  const b = Date.parse(end);
  return Number.isNaN(a) || Number.isNaN(b) || b < a ? undefined : b - a;
}

/** 5753 → "5.8 s", 125000 → "2 min 5 s", 7_200_000 → "2 h 0 min". */
export function durationText(ms: number | undefined): string | undefined {
  if (ms === undefined || !Number.isFinite(ms) || ms < 0) return undefined;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s < 10 ? s.toFixed(1) : Math.round(s)} s`;
  const totalS = Math.round(s);
  const m = Math.floor(totalS / 60);
  if (m < 60) return `${m} min ${totalS % 60} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}
