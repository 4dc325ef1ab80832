/** At most `limit` messages in any window of `windowMs`. */
export interface RateRule {
  limit: number;
  windowMs: number;
}

/**
 * A sliding-window limiter per key (channel) with several rules at once, e.g. Teams' 7/s,
 * 60 per 30 s and 1,800 per hour per conversation. Pure: the caller passes the time.
 */
export class RateLimiter {
  private readonly sent = new Map<string, number[]>();
  private readonly blockedUntil = new Map<string, number>();
  private readonly longest: number;

  constructor(private readonly rules: readonly RateRule[]) {
    this.longest = Math.max(0, ...rules.map((r) => r.windowMs));
  }

  /** Milliseconds to wait before the next message to `key` may go (0: now). */
  delay(key: string, now: number): number {
    let wait = Math.max(0, (this.blockedUntil.get(key) ?? 0) - now);
    const times = this.prune(key, now);
    for (const rule of this.rules) {
      const inWindow = countSince(times, now - rule.windowMs);
      if (inWindow >= rule.limit) {
        // The oldest send inside the window must leave it first.
        const oldest = times[times.length - inWindow + (inWindow - rule.limit)]!;
        wait = Math.max(wait, oldest + rule.windowMs - now);
      }
    }
    return wait;
  }

  record(key: string, now: number): void {
    const times = this.prune(key, now);
    times.push(now);
    this.sent.set(key, times);
  }

  /** The platform said "slow down" (429 Retry-After): nothing to this key before `until`. */
  block(key: string, until: number): void {
    this.blockedUntil.set(key, Math.max(until, this.blockedUntil.get(key) ?? 0));
  }

  /** How many could go right now without waiting, up to `max` (used to decide on digests). */
  capacity(key: string, now: number, max: number): number {
    const times = this.prune(key, now);
    if ((this.blockedUntil.get(key) ?? 0) > now) return 0;
    let room = max;
    for (const rule of this.rules) room = Math.min(room, rule.limit - countSince(times, now - rule.windowMs));
    return Math.max(0, room);
  }

  private prune(key: string, now: number): number[] {
    const times = this.sent.get(key) ?? [];
    const keepFrom = now - this.longest;
    let i = 0;
    while (i < times.length && times[i]! <= keepFrom) i++;
    return i ? times.slice(i) : times;
  }
}

function countSince(sortedTimes: number[], since: number): number {
  let n = 0;
  for (let i = sortedTimes.length - 1; i >= 0 && sortedTimes[i]! > since; i--) n++;
  return n;
}
