/** The readable listing of `chatops audit`: one aligned row per entry, the policy of a denial under it. */
import type { AuditEntry } from '../ports/permissions.js';

const HEADINGS = ['time (UTC)', 'kind', 'user', 'channel', 'account', 'role', 'decision', 'result', 'ms', 'command'] as const;

export function formatAuditTable(entries: readonly AuditEntry[]): string {
  if (entries.length === 0) return 'No audit entries match.\n';
  const rows = entries.map(cells);
  const widths = HEADINGS.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: readonly string[]) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : HEADINGS[i] === 'ms' ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const lines = [line(HEADINGS)];
  entries.forEach((entry, i) => {
    lines.push(line(rows[i]!));
    if (entry.policy) lines.push(`    policy: ${oneLine(entry.policy)}`);
  });
  return lines.join('\n') + '\n';
}

function cells(e: AuditEntry): string[] {
  return [
    e.at.slice(0, 19).replace('T', ' '),
    e.kind,
    e.userName ? `${e.userName} (${e.userId})` : e.userId,
    `${e.platform} ${e.workspaceId ? `${e.workspaceId}/` : ''}${e.channelId}`,
    e.accountId ?? '-',
    e.roleArn ? e.roleArn.slice(e.roleArn.lastIndexOf('/') + 1) : '-',
    e.decision,
    e.resultCode ?? '-',
    e.durationMs === undefined ? '-' : String(e.durationMs),
    e.command === undefined ? '-' : oneLine(e.command),
  ].map(oneLine);
}

/** New lines and tabs would break the table: shown as spaces. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ');
}
