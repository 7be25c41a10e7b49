import type { RateLimitStore } from '@litmos-kit/sdk';
import type { ProgressStats } from './progress-stats.js';

/**
 * Wraps the SDK's rate-limit store to count the slots its limiter is granted: the budget used
 * in the window, and the end of any wait. (The waits themselves, with their reason, come from
 * the SDK's `onWait` hook.) The store is the public seam where grants are visible, without
 * changing pacing.
 */
export function trackRateLimitStore(store: RateLimitStore, stats: ProgressStats): RateLimitStore {
  return {
    async acquire(key, window) {
      const result = await store.acquire(key, window);
      if (result.granted) stats.granted();
      return result;
    },
    settle: (key, slot, window) => store.settle(key, slot, window),
    pause: (key, window) => store.pause(key, window),
  };
}
