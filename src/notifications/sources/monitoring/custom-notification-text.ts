import type { Severity } from '../../../core/card.js';

/**
 * Client markdown (Slack mrkdwn or Teams markdown, as the sender wrote it) → plain words for a
 * card title: links keep their label, emphasis marks go, emoji shortcodes stay.
 */
export function plainTitle(text: string, max = 150): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const plain = line
    .replace(/<(https?:[^|>]+)\|([^>]+)>/g, '$2')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/<[@#!]([^>|]+)(?:\|([^>]+))?>/g, (_m, id: string, label?: string) => `@${label ?? id}`)
    .replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, '$1')
    .replace(/(^|[\s(])[*_~]+(?=\S)|(?<=\S)[*_~]+(?=$|[\s).,!?:;])/g, '$1')
    .replace(/`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}

const WORDS: [RegExp, Severity][] = [
  [/^(critical|sev-?0|sev-?1|p0|p1|emergency)$/i, 'critical'],
  [/^(high|error|failure|failed|sev-?2|p2|major)$/i, 'high'],
  [/^(medium|warning|warn|sev-?3|p3|minor)$/i, 'medium'],
  [/^(low|sev-?4|p4)$/i, 'low'],
  [/^(resolved|recovered|success|succeeded|ok)$/i, 'success'],
  [/^(info|informational|notice)$/i, 'info'],
];

/**
 * Custom notifications carry no severity. We read one from metadata.additionalContext
 * ("severity", "priority" or "level") first, then from a keyword that is a severity word
 * ("Critical", "P1", "Resolved"); otherwise info.
 */
export function customSeverity(context: Record<string, string> | undefined, keywords: readonly string[] | undefined): { severity: Severity; from?: string } {
  for (const key of Object.keys(context ?? {})) {
    if (!/^(severity|priority|level)$/i.test(key)) continue;
    const hit = WORDS.find(([re]) => re.test(context![key]!.trim()));
    if (hit) return { severity: hit[1], from: `metadata.additionalContext.${key}` };
  }
  for (const k of keywords ?? []) {
    const hit = WORDS.find(([re]) => re.test(k.trim()));
    if (hit) return { severity: hit[1], from: 'content.keywords' };
  }
  return { severity: 'info' };
}
