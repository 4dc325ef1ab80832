/**
 * en-US number formatting with cached Intl formatters: `toLocaleString` builds a new formatter
 * on every call, which costs more than rendering a whole card.
 */
const cache = new Map<string, Intl.NumberFormat>();

export function formatNumber(n: number, options: Intl.NumberFormatOptions = {}): string {
  const key = JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-US', options);
    cache.set(key, f);
  }
  return f.format(n);
}
