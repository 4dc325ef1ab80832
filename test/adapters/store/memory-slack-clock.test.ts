import assert from 'node:assert/strict';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import type { Clock } from '../../../src/ports/clock.js';

/** A clock that moves only when told. */
function manualClock(start = Date.parse('2026-11-23T10:00:00Z')): Clock & { advance(ms: number): void } {
  let now = start;
  return { now: () => new Date(now), advance: (ms) => (now += ms) };
}

describe('memory store installations and receipts follow the clock they are given', function () {
  it('forgets the receipts recorded before the cutoff and remembers the ones recorded at or after it', async function () {
    const clock = manualClock();
    const store = createMemoryStore({ clock });
    await store.receipts.firstTime('slack:Ev-old');
    clock.advance(60_000);
    const cutoff = clock.now().toISOString();
    await store.receipts.firstTime('slack:Ev-new');
    assert.equal(await store.receipts.prune(cutoff), 1);
    assert.equal(await store.receipts.firstTime('slack:Ev-new'), false);
    assert.equal(await store.receipts.firstTime('slack:Ev-old'), true);
  });

  it('stamps a re-install with the time it was saved again and keeps when the workspace first installed', async function () {
    const clock = manualClock();
    const store = createMemoryStore({ clock });
    const install = { platform: 'slack' as const, teamId: 'T0001', isEnterpriseInstall: false, botToken: 'xoxb-test-token', body: {} };
    const first = await store.installations.save(install);
    clock.advance(5_000);
    const second = await store.installations.save({ ...install, botToken: 'xoxb-rotated' });
    assert.equal(first.installedAt, '2026-11-23T10:00:00.000Z');
    assert.equal(second.installedAt, first.installedAt);
    assert.equal(second.updatedAt, '2026-11-23T10:00:05.000Z');
  });
});
