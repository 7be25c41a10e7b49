import { errorClassesOf } from '@litmos-kit/core/internal';
import type { RateLimitStoreError } from './errors.js';
import type { GuardedRateLimitStore, StoreFailure } from './guard-rate-limit-store.js';
import type { LitmosErrorsSource } from './load-litmos-errors.js';
import { createMemoryRateLimitStore, immediateStoreOf, type RateLimitStore } from './rate-limit-store.js';

/** Settings of `lazyStoreGuard`. @internal */
export interface LazyStoreGuardSettings {
  readonly store: RateLimitStore;
  readonly failure: StoreFailure;
  /** Longest one store call may take, in milliseconds. */
  readonly timeoutMs: number;
  /** Told when the store starts failing (once per outage). */
  readonly onFailure?: ((error: RateLimitStoreError) => void) | undefined;
  /** The SDK's error classes, or their loader: `RateLimitStoreError` comes from there. */
  readonly errors: LitmosErrorsSource;
}

/**
 * The store a limiter asks: the in-memory store as it is (it answers at once and cannot hang or
 * fail), any other wrapped in `guardRateLimitStore`, which loads with its first call. Most clients
 * pace in memory and never load the guard.
 * @internal
 */
export function lazyStoreGuard(settings: LazyStoreGuardSettings): GuardedRateLimitStore {
  const { store, failure, timeoutMs, onFailure, errors } = settings;
  if (immediateStoreOf(store)) return store;
  let guarded: Promise<GuardedRateLimitStore> | undefined;
  const guard = () => {
    // The error class comes along: a client whose store never fails never needs it.
    guarded ??= Promise.all([import('./guard-rate-limit-store.js'), errorClassesOf(errors, undefined)]).then(
      ([{ guardRateLimitStore }, { RateLimitStoreError }]) =>
        guardRateLimitStore({
          store,
          StoreError: RateLimitStoreError,
          fallback: failure === 'fail-open' ? createMemoryRateLimitStore() : undefined,
          timeoutMs,
          onFailure,
        }),
    );
    return guarded;
  };
  return {
    acquire: async (key, window, signal) => (await guard()).acquire(key, window, signal),
    settle: async (key, slot, window) => (await guard()).settle(key, slot, window),
    pause: async (key, window) => (await guard()).pause(key, window),
  };
}
