import type { AuditEntry, AuditQuery, NewAuditEntry } from '../../ports/permissions.js';

/** The optional fields of an audit entry, each with its column; absent fields are stored as NULL. */
export const AUDIT_OPTIONAL = [
  ['workspaceId', 'workspace_id'],
  ['userName', 'user_name'],
  ['accountId', 'account_id'],
  ['roleArn', 'role_arn'],
  ['command', 'command'],
  ['policy', 'policy'],
  ['resultCode', 'result_code'],
  ['durationMs', 'duration_ms'],
] as const satisfies readonly (readonly [keyof NewAuditEntry, string])[];

/** The entry as both stores keep it: optional fields left out when absent, the duration in whole milliseconds. */
export function auditEntry(id: number, entry: NewAuditEntry): AuditEntry {
  const stored: AuditEntry = { id, at: entry.at, kind: entry.kind, platform: entry.platform, channelId: entry.channelId, userId: entry.userId, decision: entry.decision };
  for (const [field] of AUDIT_OPTIONAL) {
    const value = entry[field];
    if (value === undefined || value === null) continue;
    Object.assign(stored, { [field]: field === 'durationMs' ? Math.round(value as number) : value });
  }
  return stored;
}

/** The limit as a count of rows: undefined for all, never below 0. */
export function auditLimit(query: AuditQuery): number | undefined {
  return query.limit === undefined ? undefined : Math.max(0, Math.floor(query.limit));
}
