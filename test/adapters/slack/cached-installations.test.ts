import assert from 'node:assert/strict';
import { cachedInstallations } from '../../../src/adapters/slack/cached-installations.js';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import type { InstallationStore } from '../../../src/ports/installations.js';

/** Counts the reads that reach the store underneath. */
function counting(store: InstallationStore): InstallationStore & { reads: number } {
  const counted = Object.assign(Object.create(null) as object, { reads: 0 }) as InstallationStore & { reads: number };
  counted.find = async (key) => {
    counted.reads++;
    return store.find(key);
  };
  counted.save = (i) => store.save(i);
  counted.remove = (k) => store.remove(k);
  counted.list = (p) => store.list(p);
  return counted;
}

const install = { platform: 'slack' as const, teamId: 'T0001', isEnterpriseInstall: false, botToken: 'xoxb-1', botUserId: 'U0BOT', body: {} };
const key = { platform: 'slack' as const, teamId: 'T0001' };

describe('installations as the Slack app reads them', () => {
  it('reads a found installation from the store once while it is fresh, and again after', async () => {
    let now = 0;
    const store = counting(createMemoryStore().installations);
    const cached = cachedInstallations(store, { ttlMs: 1_000, now: () => now });
    await store.save(install);
    for (let i = 0; i < 5; i++) assert.equal((await cached.find(key))?.botToken, 'xoxb-1');
    assert.equal(store.reads, 1);
    now = 1_001;
    await cached.find(key);
    assert.equal(store.reads, 2);
  });

  it('never keeps a miss, so a workspace that installs a moment later is answered at once', async () => {
    const store = createMemoryStore().installations;
    const cached = cachedInstallations(store);
    assert.equal(await cached.find(key), undefined);
    await store.save(install); // e.g. another replica's OAuth callback
    assert.equal((await cached.find(key))?.botToken, 'xoxb-1');
  });

  it('forgets an installation as soon as this process removes or replaces it', async () => {
    const cached = cachedInstallations(createMemoryStore().installations);
    await cached.save(install);
    assert.equal((await cached.find(key))?.botToken, 'xoxb-1');
    await cached.save({ ...install, botToken: 'xoxb-2' });
    assert.equal((await cached.find(key))?.botToken, 'xoxb-2');
    await cached.remove(key);
    assert.equal(await cached.find(key), undefined);
  });
});
