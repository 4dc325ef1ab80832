import type { Platform } from '../../core/chat-event.js';
import type { RateRule } from './rate-limiter.js';

/**
 * Messages per channel each platform accepts. Slack: about one message per second per channel
 * (short bursts tolerated). Teams: 7 per second, 60 per 30 seconds and 1,800 per hour per
 * conversation. Webhooks: one per second. The sandbox is local: no limit worth pacing.
 */
export const PLATFORM_LIMITS: Record<Platform, RateRule[]> = {
  slack: [{ limit: 1, windowMs: 1_000 }],
  teams: [
    { limit: 7, windowMs: 1_000 },
    { limit: 60, windowMs: 30_000 },
    { limit: 1_800, windowMs: 3_600_000 },
  ],
  webhook: [{ limit: 1, windowMs: 1_000 }],
  sandbox: [{ limit: 50, windowMs: 1_000 }],
};
