/**
 * Writes one line of the audit log for an actor: every command (allowed or not, with its result
 * code and duration), every click, every dialog decision and every denial with the policy behind
 * it. Command lines are stored with sensitive values redacted.
 */
import type { AuditKind, AuditStore } from '../ports/permissions.js';
import type { Clock } from '../ports/clock.js';
import type { Actor, Allowed } from './access-types.js';
import { accountKey } from '../config/permissions-schema.js';
import { redactCommand } from './redact-command.js';

export interface AuditFacts {
  kind: AuditKind;
  /** A command line (redacted here), or what was clicked or decided. */
  command?: string;
  decision: string;
  policy?: string;
  resultCode?: string;
  durationMs?: number;
  /** The account and role it ran with, when decided. */
  allowed?: Pick<Allowed, 'account' | 'role'>;
}

export async function recordAudit(deps: { audit: AuditStore; clock: Clock }, actor: Actor, facts: AuditFacts): Promise<void> {
  const { allowed } = facts;
  await deps.audit.append({
    at: deps.clock.now().toISOString(),
    kind: facts.kind,
    platform: actor.platform,
    ...(actor.workspaceId ? { workspaceId: actor.workspaceId } : {}),
    channelId: actor.channelId,
    userId: actor.userId,
    ...(actor.userName ? { userName: actor.userName } : {}),
    ...(allowed ? { accountId: accountKey(allowed.account) } : {}),
    ...(allowed && allowed.role.kind !== 'service' ? { roleArn: allowed.role.arn } : {}),
    ...(facts.command !== undefined ? { command: facts.kind === 'command' || facts.kind === 'denial' ? redactCommand(facts.command) : facts.command } : {}),
    decision: facts.decision,
    ...(facts.policy ? { policy: facts.policy } : {}),
    ...(facts.resultCode ? { resultCode: facts.resultCode } : {}),
    ...(facts.durationMs !== undefined ? { durationMs: facts.durationMs } : {}),
  });
}
