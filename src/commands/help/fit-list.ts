/**
 * Long lists cut visibly: at most `max` items, and a last line saying how many were left out,
 * so a help card stays within both platforms' limits and nobody thinks the list is complete.
 */
export function fitList(items: readonly string[], max: number, more: (hidden: number) => string): string[] {
  if (items.length <= max) return [...items];
  const shown = items.slice(0, Math.max(0, max - 1));
  return [...shown, more(items.length - shown.length)];
}
