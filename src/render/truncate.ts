/** Visible truncation: a short text ends with "…", a long one says how much was left out. */

const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/** 1234567 → "1,234,567". */
export function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(THOUSANDS, ',');
}

/** "… 1,234 more characters" (or another unit: "… 3 more options"). */
export function moreMarker(count: number, unit = 'characters'): string {
  const singular = unit.endsWith('s') ? unit.slice(0, -1) : unit;
  return `… ${formatCount(count)} more ${count === 1 ? singular : unit}`;
}

/** The first `length` UTF-16 units of `text`, never splitting a surrogate pair. */
export function safeSlice(text: string, length: number): string {
  if (length <= 0) return '';
  if (length >= text.length) return text;
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}

/** A label that must fit in `max` characters: cut and ended with "…" when longer. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${safeSlice(text, max - 1)}…`;
}

/**
 * Fits `source`, rendered by `render` (escaping, markdown translation), into `limit`
 * characters. When it doesn't fit, the source is cut and `assemble` joins the rendered head
 * with a marker such as "… 1,234 more characters" (counted in source characters).
 * Rendering may lengthen text (entities, backslashes), so the cut is tightened until it fits.
 */
export function fitText(
  source: string,
  limit: number,
  render: (s: string) => string,
  assemble: (body: string, marker: string) => string = (body, marker) => (body ? `${body} ${marker}` : marker),
): string {
  if (source.length <= limit) {
    const whole = render(source);
    if (whole.length <= limit) return whole;
  }
  let cut = Math.min(source.length, limit);
  for (;;) {
    const head = safeSlice(source, cut);
    const out = assemble(render(head), moreMarker(source.length - head.length));
    if (out.length <= limit || cut === 0) return out.length <= limit ? out : clip(out, limit);
    cut = Math.max(0, cut - Math.max(1, out.length - limit));
  }
}
