import type { Card, CardAction, CardSection, Severity } from '../core/card.js';
import type { Notification } from '../core/notification.js';

const SEVERITY_EMOJI: Record<Severity, string> = {
  critical: 'red_circle',
  high: 'large_orange_circle',
  medium: 'large_yellow_circle',
  low: 'large_blue_circle',
  info: 'information_source',
  success: 'large_green_circle',
  neutral: 'white_circle',
};

const MAX_LINK_BUTTONS = 3;

/** Notification → neutral Card: what happened, where, how bad, and a console link first. */
export function notificationToCard(n: Notification): Card {
  const sections: CardSection[] = [];
  if (n.summary) sections.push({ type: 'text', text: n.summary });
  const fields = [...n.fields];
  if (fields.length) sections.push({ type: 'fields', fields });
  sections.push(...n.sections);

  const actions: CardAction[] = n.links.slice(0, MAX_LINK_BUTTONS).map((l) => ({ type: 'link', label: l.label, url: l.url }));
  const where = [n.account ? `Account ${n.account}` : undefined, n.region].filter(Boolean).join(' · ');
  return {
    title: n.title,
    severity: n.severity,
    icon: { emoji: SEVERITY_EMOJI[n.severity], alt: n.severity },
    subtitle: [n.service, where].filter(Boolean).join(' | '),
    sections,
    ...(actions.length ? { actions } : {}),
    footer: n.footer ?? [n.service, n.time ? formatTime(n.time) : undefined].filter(Boolean).join(' · '),
    ...(n.threadKey ? { threadKey: n.threadKey } : {}),
    fallbackText: n.summary ? `${n.title}: ${firstLine(n.summary)}` : n.title,
  };
}

function formatTime(iso: string): string {
  const d = new Date(normaliseOffset(iso));
  return Number.isNaN(d.getTime()) ? iso : d.toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, ' UTC');
}

/** CloudWatch writes "+0000"; Date wants "+00:00". */
function normaliseOffset(iso: string): string {
  return iso.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
}

function firstLine(s: string): string {
  const line = s.split('\n').find((l) => l.trim() !== '') ?? s;
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}
