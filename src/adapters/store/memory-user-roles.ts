/** The user-role store (ports/permissions.ts) in memory, for tests and the sandbox; passes the same contract. */
import type { UserRoleKey, UserRoleRecord, UserRoleStore } from '../../ports/permissions.js';
import type { MemoryContext } from './memory-context.js';
import { memoryTimestamp } from './memory-timestamp.js';
import { storableCopy } from './storable.js';

/** One mapping per (platform, workspace, user, configuration, account), as the SQL primary key. */
export function createMemoryUserRoles(ctx: MemoryContext): UserRoleStore {
  const roles = new Map<string, UserRoleRecord>();
  const keyOf = (key: UserRoleKey) => {
    const k = storableCopy(key);
    return JSON.stringify([k.platform, k.workspaceId, k.userId, k.configuration, k.accountId]);
  };
  return {
    async get(key) {
      ctx.assertOpen();
      const found = roles.get(keyOf(key));
      return found && { ...found };
    },
    async set(record) {
      ctx.assertOpen();
      const { platform, workspaceId, userId, configuration, accountId, roleArn, setAt } = storableCopy(record);
      const stored: UserRoleRecord = { platform, workspaceId, userId, configuration, accountId, roleArn, setAt: memoryTimestamp(setAt) };
      roles.set(keyOf(stored), stored);
    },
    async forget(key) {
      ctx.assertOpen();
      return roles.delete(keyOf(key));
    },
  };
}
