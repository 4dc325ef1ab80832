import assert from 'node:assert/strict';
import { PLATFORM_LIMITS } from '../../../src/notifications/pipeline/platform-limits.js';
import { RateLimiter } from '../../../src/notifications/pipeline/rate-limiter.js';
import { backoffMs } from '../../../src/notifications/pipeline/backoff.js';

describe('pacing a channel', () => {
  it('lets one Slack message a second through and says how long the next must wait', () => {
    const l = new RateLimiter(PLATFORM_LIMITS.slack);
    assert.equal(l.delay('C1', 10_000), 0);
    l.record('C1', 10_000);
    assert.equal(l.delay('C1', 10_200), 800);
    assert.equal(l.delay('C2', 10_200), 0, 'other channels are paced on their own');
    assert.equal(l.delay('C1', 11_000), 0);
  });

  it('keeps Teams within 7 a second and 60 per 30 seconds', () => {
    const l = new RateLimiter(PLATFORM_LIMITS.teams);
    let t = 0;
    let sent = 0;
    // Send as fast as allowed for 30 s of simulated time.
    while (t < 30_000) {
      const wait = l.delay('conv', t);
      if (wait === 0) {
        l.record('conv', t);
        sent++;
      } else t += wait;
    }
    assert.equal(sent, 60);
  });

  it('holds a channel back after a 429 until Retry-After has passed', () => {
    const l = new RateLimiter(PLATFORM_LIMITS.teams);
    l.block('conv', 5_000);
    assert.equal(l.delay('conv', 1_000), 4_000);
    assert.equal(l.capacity('conv', 1_000, 10), 0);
    assert.equal(l.delay('conv', 5_000), 0);
  });

  it('backs off exponentially with full jitter, capped', () => {
    assert.equal(backoffMs(1, { random: () => 1 }), 1_000);
    assert.equal(backoffMs(3, { random: () => 1 }), 4_000);
    assert.equal(backoffMs(30, { random: () => 1 }), 300_000);
    assert.equal(backoffMs(5, { random: () => 0 }), 0);
  });
});
