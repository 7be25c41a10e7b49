import { describe, expect, it } from 'vitest';
import { RateLimitStoreError } from './errors.js';
import { guardRateLimitStore, STORE_RETRY_MS } from './guard-rate-limit-store.js';
import { createMemoryRateLimitStore, type RateLimitStore } from './rate-limit-store.js';

const window = { limit: 2, windowMs: 1_000, leaseMs: 5_000 };

/** A store that fails while `down` is set, and records what it was asked. */
function flakyStore() {
  const state = { down: true, calls: [] as string[] };
  const store: RateLimitStore = {
    acquire: async () => {
      state.calls.push('acquire');
      if (state.down) throw Object.assign(new Error(''), { name: 'TimeoutError' });
      return { granted: true, slot: 'remote-1' };
    },
    settle: async (_key, slot) => {
      state.calls.push(`settle ${slot}`);
      if (state.down) throw new Error('Socket closed unexpectedly');
    },
    pause: async () => {
      state.calls.push('pause');
      if (state.down) throw new Error('Socket closed unexpectedly');
      return 700;
    },
  };
  return { store, state };
}

describe('guardRateLimitStore', () => {
  it('wraps a failure in RateLimitStoreError (naming an error with no message by its name), reports it once, and leaves the store alone for a while', async () => {
    const { store, state } = flakyStore();
    let now = 0;
    const reported: RateLimitStoreError[] = [];
    const guarded = guardRateLimitStore({
      store,
      StoreError: RateLimitStoreError,
      timeoutMs: 1_000,
      onFailure: (e) => reported.push(e),
      now: () => now,
    });
    const first = await guarded.acquire('k', window).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(RateLimitStoreError);
    expect(first).toMatchObject({ operation: 'acquire', message: 'the rate-limit store failed to acquire: TimeoutError' });
    const second = await guarded.acquire('k', window).catch((e: unknown) => e);
    expect((second as Error).message).toBe('the rate-limit store is unavailable (the rate-limit store failed to acquire: TimeoutError)');
    expect(state.calls).toEqual(['acquire']);
    await expect(guarded.pause('k', window)).rejects.toBeInstanceOf(RateLimitStoreError);
    await guarded.settle('k', 'remote-0', window);
    expect(state.calls).toEqual(['acquire']);

    now += STORE_RETRY_MS;
    state.down = false;
    await expect(guarded.acquire('k', window)).resolves.toEqual({ granted: true, slot: 'remote-1' });
    expect(reported).toHaveLength(1);
  });

  it("with 'fail-open', grants slots from an in-memory window and settles them there", async () => {
    const { store, state } = flakyStore();
    const guarded = guardRateLimitStore({
      store,
      StoreError: RateLimitStoreError,
      fallback: createMemoryRateLimitStore({ now: () => 0 }),
      timeoutMs: 1_000,
      now: () => 0,
    });
    const results = [await guarded.acquire('k', window), await guarded.acquire('k', window), await guarded.acquire('k', window)];
    expect(results.map((r) => r.granted)).toEqual([true, true, false]);
    const slot = (results[0] as { slot: string }).slot;
    expect(slot).toMatch(/^local:/);
    await guarded.settle('k', slot, window);
    expect(await guarded.pause('k', window)).toBeGreaterThan(0);
    expect(state.calls).toEqual(['acquire']);
  });

  it('times a call out, and gives way to an abort with the signal’s reason', async () => {
    const silent: RateLimitStore = { acquire: () => new Promise(() => {}), settle: () => new Promise(() => {}), pause: () => new Promise(() => {}) };
    const guarded = guardRateLimitStore({ store: silent, StoreError: RateLimitStoreError, timeoutMs: 20 });
    await expect(guarded.acquire('k', window)).rejects.toThrow('the rate-limit store did not answer acquire within 20 ms');
    const patient = guardRateLimitStore({ store: silent, StoreError: RateLimitStoreError, timeoutMs: 60_000 });
    const controller = new AbortController();
    const pending = patient.acquire('k', window, controller.signal);
    controller.abort(new Error('stop'));
    await expect(pending).rejects.toThrow('stop');
  });
});
