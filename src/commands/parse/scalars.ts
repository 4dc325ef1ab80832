/**
 * Scalar text → value, as the CLI and botocore read it. Numbers: Python `int()` / `float()`
 * syntax (`12`, `-3`, `1_000`, `80.5`, `1e3`), finite only; the SDK schema has one numeric type,
 * so `1.5` is accepted where the API wants an integer (the service rejects it). Timestamps:
 * epoch seconds (with a fraction) or ISO-8601 — a date (midnight UTC), or a date and time with
 * `T` or a space, optional seconds and fraction, and `Z` or an offset (none means UTC).
 */

const NUMBER = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const INTEGER = /^[+-]?\d(?:_?\d)*$/;

/** A finite number, or undefined when the text is not one. */
export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  if (!NUMBER.test(t)) return undefined;
  const n = Number(t.replaceAll('_', ''));
  return Number.isFinite(n) ? n : undefined;
}

/** An integer (argparse `type=int`), or undefined. */
export function parseInteger(text: string): number | undefined {
  const t = text.trim();
  return INTEGER.test(t) ? Number(t.replaceAll('_', '')) : undefined;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

/** A Date, or undefined when the text is neither epoch seconds nor ISO-8601. */
export function parseTimestamp(text: string): Date | undefined {
  const t = text.trim();
  const epoch = parseNumber(t);
  if (epoch !== undefined) return epochSeconds(epoch);
  const m = ISO.exec(t);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59) return undefined;
  const ms = Number((m[7] ?? '').slice(0, 3).padEnd(3, '0'));
  let offsetMinutes = 0;
  const zone = m[8];
  if (zone && zone.toUpperCase() !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    const hours = Number(digits.slice(0, 2));
    const minutes = Number(digits.slice(2) || '0');
    if (hours > 23 || minutes > 59) return undefined;
    offsetMinutes = (zone[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
  }
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMinutes * 60_000);
}

/** Epoch seconds to a Date: rounded to the microsecond (as Python's datetime), then truncated to the millisecond. */
export function epochSeconds(seconds: number): Date | undefined {
  const ms = Math.floor(Math.round(seconds * 1e6) / 1000);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
