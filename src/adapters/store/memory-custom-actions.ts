/** The custom-action store (ports/custom-actions.ts) in memory, for tests and the sandbox; passes the same contract. */
import type { CustomActionRecord, CustomActionStore } from '../../ports/custom-actions.js';
import { actionNameKey } from './custom-action-name.js';
import type { MemoryContext } from './memory-context.js';
import { storableCopy, storableText } from './storable.js';

/**
 * Custom actions in memory, with the SQL table's rules: one per channel and name without case
 * (the spelling given is kept), listed by name, `limit` counted for new ones only. Each call
 * runs to its end without yielding, so two puts at the limit can't both get in.
 */
export function createMemoryCustomActions(ctx: MemoryContext): CustomActionStore {
  const channels = new Map<string, Map<string, CustomActionRecord>>();
  const channel = (key: string) => channels.get(storableText(key)) ?? new Map<string, CustomActionRecord>();
  return {
    async get(channelKey, name) {
      ctx.assertOpen();
      const found = channel(channelKey).get(actionNameKey(name));
      return found && storableCopy(found);
    },
    async list(channelKey) {
      ctx.assertOpen();
      const entries = [...channel(channelKey).entries()].sort(([a, x], [b, y]) => compare(a, b) || compare(x.name, y.name));
      return entries.map(([, action]) => storableCopy(action));
    },
    async put(action, limit) {
      ctx.assertOpen();
      const given = storableCopy(action);
      const actions = channel(given.channelKey);
      const key = actionNameKey(given.name);
      const existing = actions.get(key);
      if (!existing && actions.size >= limit) return { status: 'full', count: actions.size };
      const now = ctx.clock.now().toISOString();
      const createdAt = existing?.createdAt ?? now;
      const record: CustomActionRecord = {
        channelKey: given.channelKey,
        name: given.name,
        buttonText: given.buttonText,
        target: given.target,
        criteria: given.criteria,
        createdBy: given.createdBy,
        createdAt,
        updatedAt: now > createdAt ? now : createdAt,
      };
      actions.set(key, record);
      channels.set(given.channelKey, actions);
      return { status: existing ? 'replaced' : 'created', action: storableCopy(record) };
    },
    async delete(channelKey, name) {
      ctx.assertOpen();
      return channel(channelKey).delete(actionNameKey(name));
    },
  };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
