import { ChatOpsError } from '../../core/errors.js';
import type { Dialog, DialogStore } from '../../ports/dialogs.js';
import { OPEN_PHASES } from '../../ports/dialogs.js';
import type { MemoryContext } from './memory-context.js';
import { storableCopy } from './storable.js';

/**
 * Dialogs in memory, with the SQL table's rules: one open dialog per owner per place, updates
 * only from the version read (checked and written without an await in between, so of two
 * concurrent updates exactly one wins).
 */
export function createMemoryDialogs(ctx: MemoryContext): DialogStore {
  const dialogs = new Map<string, Dialog>();
  const isOpen = (d: Dialog) => OPEN_PHASES.includes(d.phase);
  const place = (d: Pick<Dialog, 'owner' | 'where'>) => JSON.stringify([d.owner.platform, d.owner.workspaceId ?? '', d.where.channelId, d.where.threadId ?? '']);
  const ownerPlace = (d: Pick<Dialog, 'owner' | 'where'>) => JSON.stringify([place(d), d.owner.userId]);

  return {
    async start(dialog) {
      ctx.assertOpen();
      const stored = storableCopy(dialog);
      if (dialogs.has(stored.id)) throw new ChatOpsError('STORE_QUERY_FAILED', `The database refused a query: a dialog with id ${stored.id} exists.`);
      const replaced: Dialog[] = [];
      for (const current of dialogs.values()) {
        if (!isOpen(current) || ownerPlace(current) !== ownerPlace(stored)) continue;
        const ended: Dialog = { ...current, phase: 'cancelled', version: current.version + 1, updatedAt: stored.createdAt };
        dialogs.set(ended.id, ended);
        replaced.push(storableCopy(ended));
      }
      dialogs.set(stored.id, { ...stored, version: 1 });
      return { replaced };
    },
    async get(id) {
      ctx.assertOpen();
      const found = dialogs.get(id);
      return found && storableCopy(found);
    },
    async findOpen(owner, where) {
      ctx.assertOpen();
      const wanted = ownerPlace(storableCopy({ owner, where }));
      const found = [...dialogs.values()].find((d) => isOpen(d) && ownerPlace(d) === wanted);
      return found && storableCopy(found);
    },
    async listOpen(platform, workspaceId, where) {
      ctx.assertOpen();
      const wanted = place(storableCopy({ owner: { platform, workspaceId, userId: '' }, where }));
      return [...dialogs.values()]
        .filter((d) => isOpen(d) && place(d) === wanted)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
        .map(storableCopy);
    },
    async update(next, expectedVersion) {
      ctx.assertOpen();
      const current = dialogs.get(next.id);
      if (!current || current.version !== expectedVersion) return undefined;
      // What it is, who owns it, where it lives and when it began never change.
      const stored: Dialog = { ...storableCopy(next), id: current.id, kind: current.kind, owner: current.owner, where: current.where, createdAt: current.createdAt, version: expectedVersion + 1 };
      dialogs.set(stored.id, stored);
      return storableCopy(stored);
    },
    async prune(before) {
      ctx.assertOpen();
      const cutoff = Date.parse(before);
      if (Number.isNaN(cutoff)) throw new ChatOpsError('STORE_QUERY_FAILED', `The database refused a query: invalid input syntax for type timestamp with time zone: ${JSON.stringify(before)}.`);
      let removed = 0;
      for (const [id, d] of dialogs) {
        if (Date.parse(d.expiresAt) < cutoff) {
          dialogs.delete(id);
          removed++;
        }
      }
      return removed;
    },
  };
}
