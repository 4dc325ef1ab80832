import type { Card, Severity } from '../../core/card.js';
import { SEVERITIES } from '../../core/card.js';
import type { OutboxMessage } from '../../ports/delivery-store.js';

const LISTED = 30;

/** The worst of several severities (SEVERITIES is ordered worst first). */
export function worstSeverity(list: readonly Severity[]): Severity {
  let best = SEVERITIES.length - 1;
  for (const s of list) best = Math.min(best, SEVERITIES.indexOf(s));
  return SEVERITIES[best] ?? 'neutral';
}

/**
 * One card for a burst: "37 more CloudWatch alarms in the last minute", listing them worst
 * first, so a channel isn't flooded or an hour behind.
 */
export function digestCard(rows: readonly OutboxMessage[], windowText: string): Card {
  const kinds = new Set(rows.map((r) => r.summary.kind));
  const noun = kinds.size === 1 && [...kinds][0]!.includes('Alarm') ? 'alarms' : 'notifications';
  const sorted = [...rows].sort((a, b) => SEVERITIES.indexOf(a.summary.severity) - SEVERITIES.indexOf(b.summary.severity) || a.seq - b.seq);
  const items = sorted.slice(0, LISTED).map((r) => `[${r.summary.severity.toUpperCase()}] ${r.summary.title}`);
  const more = rows.length - items.length;
  const bySeverity = SEVERITIES.map((s) => [s, rows.filter((r) => r.summary.severity === s).length] as const).filter(([, n]) => n > 0);
  return {
    title: `${rows.length.toLocaleString('en-US')} more ${noun} ${windowText}`,
    severity: worstSeverity(rows.map((r) => r.summary.severity)),
    subtitle: 'Grouped into one message so the channel stays readable',
    sections: [
      { type: 'fields', fields: bySeverity.map(([s, n]) => ({ label: s.charAt(0).toUpperCase() + s.slice(1), value: String(n), short: true })) },
      { type: 'list', items: more > 0 ? [...items, `… and ${more.toLocaleString('en-US')} more`] : items },
    ],
    footer: 'Each event is kept: `chatops trace <id>` shows where it went.',
    fallbackText: `${rows.length} more ${noun} ${windowText}`,
  };
}
