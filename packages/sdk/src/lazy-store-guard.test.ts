import { describe, expect, it } from 'vitest';
import { litmosErrors, RateLimitStoreError } from './errors.js';
import { lazyStoreGuard } from './lazy-store-guard.js';
import { createMemoryRateLimitStore, type RateLimitStore } from './rate-limit-store.js';

const window = { limit: 1, windowMs: 1_000, leaseMs: 5_000 };

describe('lazyStoreGuard', () => {
  it('uses the in-memory store as it is', () => {
    const store = createMemoryRateLimitStore();
    expect(lazyStoreGuard({ store, failure: 'fail-closed', timeoutMs: 1_000, errors: litmosErrors })).toBe(store);
  });

  it('guards any other store from its first call: a failure is a RateLimitStoreError, and fail-open paces in memory', async () => {
    const broken: RateLimitStore = {
      acquire: async () => {
        throw new Error('connection refused');
      },
      settle: async () => undefined,
      pause: async () => 0,
    };
    const failures: RateLimitStoreError[] = [];
    const closed = lazyStoreGuard({ store: broken, failure: 'fail-closed', timeoutMs: 1_000, onFailure: (e) => failures.push(e), errors: litmosErrors });
    const error = await closed.acquire('k', window).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitStoreError);
    expect(error).toMatchObject({ operation: 'acquire', message: 'the rate-limit store failed to acquire: connection refused' });
    expect(failures).toEqual([error]);

    const open = lazyStoreGuard({ store: broken, failure: 'fail-open', timeoutMs: 1_000, errors: litmosErrors });
    const first = await open.acquire('k', window);
    expect(first).toMatchObject({ granted: true, slot: expect.stringMatching(/^local:/) });
    // The in-memory window of this client holds one slot: the next waits.
    expect(await open.acquire('k', window)).toMatchObject({ granted: false });
  });
});
