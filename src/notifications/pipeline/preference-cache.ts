import type { Clock } from '../../ports/clock.js';
import { systemClock } from '../../ports/clock.js';
import type { ChannelPreferencesRecord, ChannelPreferenceStore } from '../../ports/preferences.js';

/** How long another replica's change may take to reach this one. */
export const PREFERENCE_CACHE_MS = 5_000;

interface Entry {
  record: ChannelPreferencesRecord | undefined;
  at: number;
}

/**
 * A channel preference store that remembers answers for a few seconds, so the inbox worker need
 * not ask the database for every event. A change made through this object is seen at once by
 * everything in this process that shares it (the entry is replaced on set, and a lookup that
 * started before the change can't put the old value back); a change made by another replica is
 * seen within `ttlMs` (default 5 s).
 */
export function cachedPreferences(inner: ChannelPreferenceStore, options: { ttlMs?: number; clock?: Clock } = {}): ChannelPreferenceStore {
  const ttlMs = options.ttlMs ?? PREFERENCE_CACHE_MS;
  const clock = options.clock ?? systemClock;
  const entries = new Map<string, Entry>();
  let changes = 0;

  const fresh = (key: string, now: number): Entry | undefined => {
    const entry = entries.get(key);
    return entry && now - entry.at < ttlMs ? entry : undefined;
  };

  async function getMany(channelKeys: readonly string[]): Promise<ChannelPreferencesRecord[]> {
    const now = clock.now().getTime();
    const keys = [...new Set(channelKeys)];
    const missing = keys.filter((key) => !fresh(key, now));
    if (missing.length) {
      const changesBefore = changes;
      const found = new Map((await inner.getMany(missing)).map((r) => [r.channelKey, r]));
      if (changes === changesBefore) for (const key of missing) entries.set(key, { record: found.get(key), at: now });
      else return inner.getMany(keys); // changed meanwhile: answer from the store, cache nothing
    }
    return keys.flatMap((key) => {
      const record = entries.get(key)?.record;
      return record ? [structuredClone(record)] : [];
    });
  }

  return {
    async get(channelKey) {
      return (await getMany([channelKey]))[0];
    },
    getMany,
    async set(channelKey, change, by) {
      try {
        const record = await inner.set(channelKey, change, by);
        entries.set(channelKey, { record: structuredClone(record), at: clock.now().getTime() });
        return record;
      } catch (e) {
        entries.delete(channelKey);
        throw e;
      } finally {
        changes++;
      }
    },
  };
}
