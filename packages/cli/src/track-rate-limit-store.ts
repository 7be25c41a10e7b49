import type { RateLimitStore } from '@litmos-kit/sdk';
import type { ProgressStats } from './progress-stats.js';

/**
 * Wraps the SDK's rate-limit store to see what its limiter does: each slot granted, and each
 * time a request is told to wait. The SDK reports requests through hooks but not the waits in
 * front of them; the store is the public seam where both are visible, without changing pacing.
 */
export function trackRateLimitStore(store: RateLimitStore, stats: ProgressStats): RateLimitStore {
  return {
    async acquire(key, window) {
      const result = await store.acquire(key, window);
      if (result.granted) stats.granted();
      else stats.refused();
      return result;
    },
    settle: (key, slot, window) => store.settle(key, slot, window),
    pause: (key, window) => store.pause(key, window),
  };
}
