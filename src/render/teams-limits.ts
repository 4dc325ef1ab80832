import { formatCount } from './truncate.js';
import type { AdaptiveCard } from './types.js';

/** What the Teams renderer keeps within. Teams refuses messages much bigger than this; 80 KB leaves room for the activity around the card. */
export const TEAMS_LIMITS = {
  /** Serialised card, UTF-8 bytes. */
  payloadBytes: 80_000,
  /** Any one text before the size budget applies (so a 1 MB log isn't escaped just to be cut). */
  textChars: 20_000,
  /** Shortest a text is cut to when the card must shrink. */
  minTextChars: 200,
  /** Actions per ActionSet (the default host config shows 5). */
  actionsPerSet: 5,
  actionTitle: 75,
  choices: 100,
  fallbackText: 3000,
} as const;

/** The size Teams sees: the card serialised as JSON, in UTF-8 bytes. */
export function teamsPayloadBytes(card: AdaptiveCard): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}

/** Every Teams limit `card` breaks, as readable lines; empty when it is fine. */
export function checkTeamsLimits(card: AdaptiveCard): string[] {
  const issues: string[] = [];
  if (card.type !== 'AdaptiveCard') issues.push(`type: "${String(card.type)}", expected "AdaptiveCard"`);
  if (card.version !== '1.5') issues.push(`version: "${String(card.version)}", expected "1.5"`);
  const bytes = teamsPayloadBytes(card);
  if (bytes > TEAMS_LIMITS.payloadBytes) issues.push(`payload: ${formatCount(bytes)} bytes, limit ${formatCount(TEAMS_LIMITS.payloadBytes)}`);
  const ids = new Set<string>();
  const targets: string[] = [];
  walk(card, '$', (node, at) => {
    if (typeof node.id === 'string') {
      if (ids.has(node.id)) issues.push(`${at}.id: duplicate "${node.id}"`);
      ids.add(node.id);
    }
    if (Array.isArray(node.actions) && node.actions.length > TEAMS_LIMITS.actionsPerSet) {
      issues.push(`${at}.actions: ${node.actions.length} actions, limit ${TEAMS_LIMITS.actionsPerSet}`);
    }
    if (node.type === 'Action.OpenUrl' && !(typeof node.url === 'string' && /^https?:\/\//i.test(node.url))) issues.push(`${at}.url: not an http(s) URL`);
    if (node.type === 'Image' && !(typeof node.url === 'string' && /^https?:\/\//i.test(node.url))) issues.push(`${at}.url: not an http(s) URL`);
    if (node.type === 'Action.ToggleVisibility' && Array.isArray(node.targetElements)) {
      for (const t of node.targetElements) if (typeof t === 'string') targets.push(t);
    }
  });
  for (const t of targets) if (!ids.has(t)) issues.push(`Action.ToggleVisibility targets "${t}", which is not in the card`);
  return issues;
}

function walk(node: unknown, at: string, visit: (node: Record<string, unknown>, at: string) => void): void {
  if (Array.isArray(node)) {
    node.forEach((child, i) => walk(child, `${at}[${i}]`, visit));
  } else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    visit(record, at);
    for (const [key, value] of Object.entries(record)) {
      if (key !== 'data' && typeof value === 'object') walk(value, `${at}.${key}`, visit);
    }
  }
}
