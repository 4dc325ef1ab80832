/**
 * Display criteria as people type them in chat: `none`, or up to 5 separated by commas —
 * `InstanceId` (has a value) or `AlarmState=ALARM` (equals). And back to words for cards.
 */
import type { ActionCriterion } from '../../ports/custom-actions.js';

export function parseCriteria(text: string): ActionCriterion[] {
  const t = text.trim();
  if (/^(?:none|-|always)$/i.test(t)) return [];
  return t
    .split(/[,;]\s*/)
    .filter(Boolean)
    .map((part) => {
      const eq = part.indexOf('=');
      return eq < 0 ? { variable: part.trim(), operator: 'HAS_VALUE' as const } : { variable: part.slice(0, eq).trim(), operator: 'EQUALS' as const, value: part.slice(eq + 1).trim() };
    });
}

export function criteriaText(criteria: readonly ActionCriterion[]): string {
  if (criteria.length === 0) return 'on every notification';
  return `when ${criteria.map((c) => (c.operator === 'HAS_VALUE' ? `$${c.variable} has a value` : `$${c.variable} is "${c.value ?? ''}"`)).join(' and ')}`;
}
