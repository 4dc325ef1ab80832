import assert from 'node:assert/strict';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { cachedPreferences } from '../../../src/notifications/pipeline/preference-cache.js';
import type { Clock } from '../../../src/ports/clock.js';
import type { ChannelPreferencesChange, ChannelPreferencesRecord, ChannelPreferenceStore } from '../../../src/ports/preferences.js';

function manualClock(start = Date.parse('2026-11-23T10:00:00Z')): Clock & { advance(ms: number): void } {
  let now = start;
  return { now: () => new Date(now), advance: (ms) => (now += ms) };
}

/** The memory store's preferences, counting lookups; `holdLookups` parks them until released. */
class SharedDatabase implements ChannelPreferenceStore {
  private readonly inner = createMemoryStore().preferences;
  lookups = 0;
  failSets = false;
  private held: (() => void)[] | undefined;

  holdLookups(): void {
    this.held = [];
  }

  releaseLookups(): void {
    const held = this.held ?? [];
    this.held = undefined;
    for (const go of held) go();
  }

  get(channelKey: string): Promise<ChannelPreferencesRecord | undefined> {
    return this.inner.get(channelKey);
  }

  async getMany(channelKeys: readonly string[]): Promise<ChannelPreferencesRecord[]> {
    this.lookups++;
    const answer = await this.inner.getMany(channelKeys);
    if (this.held) await new Promise<void>((go) => this.held!.push(go));
    return answer;
  }

  set(channelKey: string, change: ChannelPreferencesChange, by: string): Promise<ChannelPreferencesRecord> {
    if (this.failSets) return Promise.reject(new Error('database unavailable'));
    return this.inner.set(channelKey, change, by);
  }
}

const threadingOf = async (store: ChannelPreferenceStore, key: string) => (await store.get(key))?.preferences.threading;

describe('channel preference cache', function () {
  it('answers repeated lookups from memory, channels without preferences included', async function () {
    const db = new SharedDatabase();
    const cache = cachedPreferences(db, { clock: manualClock() });
    await db.set('slack:C1', { threading: 'off' }, 'alice');
    for (let i = 0; i < 3; i++) assert.deepEqual((await cache.getMany(['slack:C1', 'slack:C2'])).map((r) => r.channelKey), ['slack:C1']);
    assert.equal(db.lookups, 1);
  });

  it('sees a change made elsewhere (another replica) once its time has passed, not before', async function () {
    const db = new SharedDatabase();
    const clock = manualClock();
    const cache = cachedPreferences(db, { clock, ttlMs: 5_000 });
    assert.equal(await threadingOf(cache, 'slack:C1'), undefined);
    await db.set('slack:C1', { threading: 'off' }, 'alice');
    clock.advance(4_999);
    assert.equal(await threadingOf(cache, 'slack:C1'), undefined);
    clock.advance(1);
    assert.equal(await threadingOf(cache, 'slack:C1'), 'off');
  });

  it('sees a change made through it at once', async function () {
    const db = new SharedDatabase();
    const cache = cachedPreferences(db, { clock: manualClock() });
    assert.equal(await threadingOf(cache, 'slack:C1'), undefined);
    await cache.set('slack:C1', { threading: 'off' }, 'alice');
    assert.equal(await threadingOf(cache, 'slack:C1'), 'off');
    await cache.set('slack:C1', { threading: null }, 'bob');
    assert.equal(await threadingOf(cache, 'slack:C1'), undefined);
  });

  it('does not let a lookup that started before a change put the old value back', async function () {
    const db = new SharedDatabase();
    const cache = cachedPreferences(db, { clock: manualClock() });
    db.holdLookups();
    const slow = cache.getMany(['slack:C1']);
    await cache.set('slack:C1', { threading: 'off' }, 'alice');
    db.releaseLookups();
    await slow;
    assert.equal(await threadingOf(cache, 'slack:C1'), 'off');
  });

  it('forgets what it knew about a channel when a change fails', async function () {
    const db = new SharedDatabase();
    const cache = cachedPreferences(db, { clock: manualClock() });
    assert.equal(await threadingOf(cache, 'slack:C1'), undefined);
    await db.set('slack:C1', { threading: 'off' }, 'someone on another replica');
    db.failSets = true;
    await assert.rejects(cache.set('slack:C1', { threading: 'on' }, 'alice'), /database unavailable/);
    assert.equal(await threadingOf(cache, 'slack:C1'), 'off');
  });

  it('gives copies, so a caller cannot change what it remembers', async function () {
    const cache = cachedPreferences(new SharedDatabase(), { clock: manualClock() });
    const stored = await cache.set('slack:C1', { threading: 'off' }, 'alice');
    stored.preferences.threading = 'on';
    const first = await cache.get('slack:C1');
    first!.preferences.threading = 'on';
    assert.equal(await threadingOf(cache, 'slack:C1'), 'off');
  });
});
