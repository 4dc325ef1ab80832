/** The audit store (ports/permissions.ts) in memory, for tests and the sandbox; passes the same contract. */
import { ChatOpsError } from '../../core/errors.js';
import { AUDIT_KINDS, type AuditEntry, type AuditStore } from '../../ports/permissions.js';
import { auditEntry, auditLimit } from './audit-columns.js';
import type { MemoryContext } from './memory-context.js';
import { memoryTimestamp } from './memory-timestamp.js';
import { storableCopy } from './storable.js';

/** Entries in the order they were appended, ids counting up from 1; a user matches by id, or by name in any case. */
export function createMemoryAudit(ctx: MemoryContext): AuditStore {
  const entries: AuditEntry[] = [];
  return {
    async append(entry) {
      ctx.assertOpen();
      if (!AUDIT_KINDS.includes(entry.kind)) {
        throw new ChatOpsError('STORE_QUERY_FAILED', `The database refused a query: audit kind ${JSON.stringify(entry.kind)} violates check constraint.`, {
          nextStep: 'This is probably a bug; the log has the details.',
        });
      }
      const copied = storableCopy(entry);
      const stored = auditEntry(entries.length + 1, { ...copied, at: memoryTimestamp(copied.at) });
      entries.push(stored);
      return storableCopy(stored);
    },
    async list(query = {}) {
      ctx.assertOpen();
      const since = query.since === undefined ? undefined : Date.parse(memoryTimestamp(query.since));
      const user = query.user === undefined ? undefined : storableCopy(query.user);
      const matching = entries.filter(
        (e) => (since === undefined || Date.parse(e.at) >= since) && (user === undefined || e.userId === user || e.userName?.toLowerCase() === user.toLowerCase()),
      );
      const limit = auditLimit(query);
      return (limit === undefined ? matching : matching.slice(Math.max(0, matching.length - limit))).map((e) => storableCopy(e));
    },
  };
}
