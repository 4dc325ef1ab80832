import { ChatOpsError } from '../../core/errors.js';
import type { ChannelPreferencesRecord, ChannelPreferenceStore } from '../../ports/store.js';
import type { MemoryContext } from './memory-context.js';
import { copy } from './memory-context.js';
import { storableText } from './storable.js';

const THREADING = new Set(['on', 'off']);

/** Channel preferences in memory, with the SQL table's rules (threading is on, off or unset). */
export function createMemoryPreferences(ctx: MemoryContext): ChannelPreferenceStore {
  const records = new Map<string, ChannelPreferencesRecord>();
  return {
    async get(channelKey) {
      ctx.assertOpen();
      const found = records.get(storableText(channelKey));
      return found && copy(found);
    },
    async getMany(channelKeys) {
      ctx.assertOpen();
      const keys = new Set(channelKeys.map(storableText));
      return [...keys].flatMap((key) => {
        const found = records.get(key);
        return found ? [copy(found)] : [];
      });
    },
    async set(channelKey, change, by) {
      ctx.assertOpen();
      const threading: unknown = change.threading;
      if (threading !== undefined && threading !== null && !THREADING.has(threading as string)) {
        throw new ChatOpsError('STORE_QUERY_FAILED', `The database refused a query: threading must be "on" or "off", not ${JSON.stringify(threading)}.`);
      }
      const key = storableText(channelKey);
      const preferences = { ...records.get(key)?.preferences };
      if (change.threading === null) delete preferences.threading;
      else if (change.threading !== undefined) preferences.threading = change.threading;
      const record: ChannelPreferencesRecord = { channelKey: key, preferences, updatedBy: storableText(by), updatedAt: ctx.clock.now().toISOString() };
      records.set(key, record);
      return copy(record);
    },
  };
}
