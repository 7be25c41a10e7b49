/**
 * Puts a time limit, the caller's abort and a failure policy around every call of a rate-limit
 * store. A store is outside code (Redis, or the caller's own): it can fail, or never answer. A
 * hung store must not hang calls past their timeout or abort, an outage must fail calls with a
 * typed error (not a client library's own, message-less one), and the calls queued behind a
 * dead store must not each wait out the timeout in turn: after a failure the store is left
 * alone for `STORE_RETRY_MS`, and calls in that time fail at once (`'fail-closed'`) or are paced
 * by an in-memory window of this client (`'fail-open'`).
 *
 * The in-memory store needs none of this and is used as it is; this module loads with the first
 * call through another store (lazy-store-guard.ts). It imports nothing at run time (its error class
 * and fallback store are passed in), so a bundler gives it a chunk of its own.
 */
import type { RateLimitStoreError } from './errors.js';
import type { RateLimitAcquireResult, RateLimitStore, RateLimitWindow } from './rate-limit-store.js';

/**
 * What happens to calls while the rate-limit store fails: `'fail-closed'` fails them with a
 * `RateLimitStoreError` before anything is sent; `'fail-open'` sends them, paced by an in-memory
 * window of this client alone (the budget is then no longer shared with other processes, and
 * Litmos' own refusals, which are replayed, guard the rest).
 */
export type StoreFailure = 'fail-closed' | 'fail-open';

/** How long a store that failed is left alone before it is asked again, in milliseconds. */
export const STORE_RETRY_MS = 1_000;

/** Settings of `guardRateLimitStore`. @internal */
export interface StoreGuardSettings {
  readonly store: RateLimitStore;
  /** `'fail-open'`: the in-memory store of this client that paces calls while `store` fails; none for `'fail-closed'`. */
  readonly fallback?: RateLimitStore | undefined;
  /** The class of the errors to throw (errors.ts' `RateLimitStoreError`). */
  readonly StoreError: typeof RateLimitStoreError;
  /** Longest one store call may take, in milliseconds. */
  readonly timeoutMs: number;
  /** Told when the store starts failing (once per outage, not once per call). */
  readonly onFailure?: ((error: RateLimitStoreError) => void) | undefined;
  /**
   * The clock, in milliseconds.
   * @default () => performance.now()
   */
  readonly now?: () => number;
}

/** A rate-limit store whose calls end in time, with a typed error. @internal */
export interface GuardedRateLimitStore {
  /** As `RateLimitStore.acquire`; rejects with `signal`'s reason when it aborts first. */
  acquire(key: string, window: RateLimitWindow, signal?: AbortSignal): Promise<RateLimitAcquireResult>;
  settle(key: string, slot: string, window: RateLimitWindow): Promise<void>;
  pause(key: string, window: RateLimitWindow): Promise<number>;
}

// Slots granted by the in-memory fallback carry this prefix, so that they are settled there.
const LOCAL = 'local:';

/** Wraps `store` (see the module comment). @internal */
export function guardRateLimitStore(settings: StoreGuardSettings): GuardedRateLimitStore {
  const { store, fallback: local, StoreError, timeoutMs, onFailure, now = () => performance.now() } = settings;
  let downUntil = Number.NEGATIVE_INFINITY;
  let lastError: RateLimitStoreError | undefined;

  const isDown = () => now() < downUntil;
  // Its message repeats the failure that took the store down, so every caller sees why.
  const unavailable = (operation: RateLimitStoreError['operation']) =>
    new StoreError(`the rate-limit store is unavailable (${lastError?.message})`, operation, { cause: lastError });

  /** Runs one store call against the timeout and `signal`; a failure marks the store down. */
  const call = async <T>(operation: RateLimitStoreError['operation'], run: () => Promise<T>, signal?: AbortSignal): Promise<T> => {
    try {
      const result = await race(operation, run, timeoutMs, signal, StoreError);
      lastError = undefined;
      return result;
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      if (lastError === undefined) onFailure?.(error);
      lastError = error;
      downUntil = now() + STORE_RETRY_MS;
      throw error;
    }
  };

  /** Asks the store unless it is down; when it is (or the call fails) and the policy is fail-open, asks the local window instead. */
  const either = async <T>(
    operation: RateLimitStoreError['operation'],
    remote: () => Promise<T>,
    fallback: (local: RateLimitStore) => Promise<T>,
    signal?: AbortSignal,
  ) => {
    if (!isDown()) {
      try {
        return await call(operation, remote, signal);
      } catch (error) {
        if (!(error instanceof StoreError) || !local) throw error;
      }
    }
    if (!local) throw unavailable(operation);
    return fallback(local);
  };

  return {
    acquire: (key, window, signal) =>
      either(
        'acquire',
        () => store.acquire(key, window),
        async (memory) => {
          const result = await memory.acquire(key, window);
          return result.granted ? { granted: true, slot: `${LOCAL}${result.slot}` } : result;
        },
        signal,
      ),
    async settle(key, slot, window) {
      if (slot.startsWith(LOCAL)) return local?.settle(key, slot.slice(LOCAL.length), window);
      // A slot the store cannot re-stamp drops out when its lease ends: nothing is lost by waiting.
      if (isDown()) return;
      await call('settle', () => store.settle(key, slot, window));
    },
    pause: (key, window) =>
      either(
        'pause',
        () => store.pause(key, window),
        (memory) => memory.pause(key, window),
      ),
  };
}

/** `run()`, unless `timeoutMs` passes or `signal` aborts first; its own failure becomes a `RateLimitStoreError`. */
function race<T>(
  operation: RateLimitStoreError['operation'],
  run: () => Promise<T>,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  StoreError: typeof RateLimitStoreError,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      settle();
    };
    const onAbort = () => finish(() => reject(signal?.reason));
    const timer = setTimeout(
      () => finish(() => reject(new StoreError(`the rate-limit store did not answer ${operation} within ${timeoutMs} ms`, operation))),
      timeoutMs,
    );
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    Promise.resolve()
      .then(run)
      .then(
        (value) => finish(() => resolve(value)),
        // node-redis' TimeoutError has no message, only its name.
        (error: unknown) => {
          const reason = String((error as Error)?.message || (error as Error)?.name || error);
          finish(() => reject(new StoreError(`the rate-limit store failed to ${operation}: ${reason}`, operation, { cause: error })));
        },
      );
  });
}
