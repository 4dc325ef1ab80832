/** The default-account store (ports/permissions.ts) in memory, for tests and the sandbox; passes the same contract. */
import type { DefaultAccountKey, DefaultAccountRecord, DefaultAccountStore } from '../../ports/permissions.js';
import type { MemoryContext } from './memory-context.js';
import { memoryTimestamp } from './memory-timestamp.js';
import { storableCopy } from './storable.js';

/** One choice per (platform, workspace, channel, user), as the SQL primary key. */
export function createMemoryDefaultAccounts(ctx: MemoryContext): DefaultAccountStore {
  const choices = new Map<string, DefaultAccountRecord>();
  const keyOf = (key: DefaultAccountKey) => {
    const k = storableCopy(key);
    return JSON.stringify([k.platform, k.workspaceId, k.channelId, k.userId]);
  };
  return {
    async get(key) {
      ctx.assertOpen();
      const found = choices.get(keyOf(key));
      return found && { ...found };
    },
    async set(record) {
      ctx.assertOpen();
      const { platform, workspaceId, channelId, userId, accountId, chosenAt } = storableCopy(record);
      const stored: DefaultAccountRecord = { platform, workspaceId, channelId, userId, accountId, chosenAt: memoryTimestamp(chosenAt) };
      choices.set(keyOf(stored), stored);
    },
    async forget(key) {
      ctx.assertOpen();
      return choices.delete(keyOf(key));
    },
    async prune(before) {
      ctx.assertOpen();
      const cutoff = Date.parse(memoryTimestamp(before));
      let removed = 0;
      for (const [key, choice] of choices) {
        if (Date.parse(choice.chosenAt) < cutoff) {
          choices.delete(key);
          removed++;
        }
      }
      return removed;
    },
  };
}
