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
  // Markdown can render shorter than its source, so a source a little over the limit may still fit whole.
  if (source.length <= limit * 2) {
    const whole = render(source);
    if (whole.length <= limit) return whole;
  }
  let cut = Math.min(source.length, limit);
  for (let round = 1; ; round++) {
    const head = safeSlice(source, cut);
    const body = render(head);
    const out = assemble(body, moreMarker(source.length - head.length));
    if (out.length <= limit) return out;
    if (cut === 0) return clip(out, limit);
    // Aim at the room left for the body, assuming the head renders as densely as it just did.
    const room = Math.max(0, limit - (out.length - body.length));
    const density = body.length / Math.max(1, head.length);
    const aim = density > 0 ? Math.floor(room / density) : cut - 1;
    cut = Math.max(0, Math.min(cut - 1, aim, round > 4 ? Math.floor(cut / 2) : cut));
  }
}

/** "… 12 more sections left out", "… 12 more sections and 2 actions left out", "… 1 more action left out". */
export function leftOutNote(sections: number, actions: number): string | undefined {
  const parts: string[] = [];
  if (sections > 0) parts.push(`${formatCount(sections)} more ${sections === 1 ? 'section' : 'sections'}`);
  if (actions > 0) parts.push(`${formatCount(actions)} ${sections > 0 ? '' : 'more '}${actions === 1 ? 'action' : 'actions'}`);
  return parts.length ? `… ${parts.join(' and ')} left out` : undefined;
}
