/**
 * Proactive rate limiting: at most `limit` requests per rolling `windowMs` per API key, and at
 * most `concurrency` in flight per client. Litmos allows 100 requests per rolling 60 s per key
 * and refuses the 101st with a 503 ("Rating Limit Exceeded", no `Retry-After`), as its API
 * overview says. Waiting here is cheaper than being refused.
 */
import type { RequestLimiter, RequestLimiterSlot } from '@litmos-kit/core';
import { Semaphore, sleep } from '@litmos-kit/core/internal';
import type { RateLimitStoreError } from './errors.js';
import type { GuardedRateLimitStore, StoreFailure } from './guard-rate-limit-store.js';
import { lazyStoreGuard } from './lazy-store-guard.js';
import type { LitmosErrorsSource } from './load-litmos-errors.js';
import { createMemoryRateLimitStore, type ImmediateRateLimitStore, immediateStoreOf, type RateLimitStore, type RateLimitWindow } from './rate-limit-store.js';

export type { StoreFailure } from './guard-rate-limit-store.js';

/** How the client paces its requests. */
export interface RateLimitOptions {
  /**
   * Most requests per rolling window, per API key.
   * @default 100
   */
  readonly limit?: number;
  /**
   * Length of the rolling window, in milliseconds.
   * @default 60000
   */
  readonly windowMs?: number;
  /**
   * Most requests of this client in flight at once.
   * @default 10
   */
  readonly concurrency?: number;
  /**
   * Where the window is kept. Share one store between clients (or, in Redis, between
   * processes) that use the same key, so they share its budget.
   * @default a new in-memory store for this client
   */
  readonly store?: RateLimitStore;
  /**
   * What happens to calls while the store fails or does not answer within the call's timeout:
   * `'fail-closed'` fails them at once with `RateLimitStoreError`, before anything is sent;
   * `'fail-open'` sends them, paced by an in-memory window of this client alone, until the
   * store answers again. Either way a dead store is asked again at most once a second, so
   * queued calls do not wait out its timeout one after another.
   * @default 'fail-closed'
   */
  readonly storeFailure?: StoreFailure;
}

/** Settings of one limiter. @internal */
export interface RateLimiterSettings extends RateLimitWindow {
  readonly concurrency: number;
  readonly store: RateLimitStore;
  /** The API key; only its hash is ever given to the store. */
  readonly apiKey: string;
  /**
   * What calls do while the store fails.
   * @default 'fail-closed'
   */
  readonly storeFailure?: StoreFailure;
  /**
   * Longest one store call may take, in milliseconds.
   * @default leaseMs
   */
  readonly storeTimeoutMs?: number;
  /** Told when the store starts failing, once per outage (a failure to record a finished request or a pause never fails the request). */
  readonly onStoreError?: (error: RateLimitStoreError) => void;
  /** The SDK's error classes, or their loader: `RateLimitStoreError` comes from there. */
  readonly errors: LitmosErrorsSource;
}

/**
 * Paces the requests of one client: core's `RequestLimiter` for Litmos. Waiters are served first
 * come, first served; only the one at the head asks the store, so a full window does not turn
 * into a stampede of polls. A slot's `release(true)` (the answer was a 503) pauses the key
 * before any queued request can take the permit, and returns the pause in ms (`undefined` if
 * the store failed to record it).
 * @internal
 */
export class RateLimiter implements RequestLimiter {
  readonly #settings: RateLimiterSettings;
  readonly #store: GuardedRateLimitStore;
  readonly #window: RateLimitWindow;
  readonly #concurrency: Semaphore;
  readonly #turn = new Semaphore(1);
  /** The in-memory store's promise-free face, when the store is one (see `acquire`). */
  readonly #immediate: ImmediateRateLimitStore | undefined;
  #key: Promise<string> | undefined;
  #hashed: string | undefined;

  constructor(settings: RateLimiterSettings) {
    this.#settings = settings;
    this.#store = lazyStoreGuard({
      store: settings.store,
      failure: settings.storeFailure ?? 'fail-closed',
      timeoutMs: settings.storeTimeoutMs ?? settings.leaseMs,
      onFailure: settings.onStoreError,
      errors: settings.errors,
    });
    this.#window = { limit: settings.limit, windowMs: settings.windowMs, leaseMs: settings.leaseMs };
    this.#concurrency = new Semaphore(settings.concurrency);
    this.#immediate = immediateStoreOf(settings.store);
  }

  /**
   * Waits for a free slot in the window and under the concurrency cap; rejects when `signal`
   * aborts. `onWait` hears of the wait once, before it starts, with the expected wait.
   */
  acquire(signal?: AbortSignal, onWait?: (delayMs: number) => Promise<void>): RequestLimiterSlot | Promise<RequestLimiterSlot> {
    // Most calls of a client with the in-memory store find the turn free (only looked at: a
    // grant without a promise cannot interleave with another, and must not overtake one that
    // waits), a free permit and room in the window: they get their slot at once, with no
    // promise. Any other case waits in #acquire, with nothing taken here.
    const immediate = this.#immediate;
    const key = this.#hashed;
    if (immediate && key !== undefined && !signal?.aborted && this.#turn.tryTake()) {
      this.#turn.give();
      if (this.#concurrency.tryTake()) {
        const result = immediate.acquire(key, this.#window);
        if (result.granted) return this.#slot(key, result.slot);
        this.#concurrency.give();
      }
    }
    return this.#acquire(signal, onWait);
  }

  async #acquire(signal: AbortSignal | undefined, onWait: ((delayMs: number) => Promise<void>) | undefined): Promise<RequestLimiterSlot> {
    if (signal?.aborted) throw signal.reason;
    await this.#concurrency.take(signal);
    try {
      const key = this.#hashed ?? (await this.#hashedKey());
      await this.#turn.take(signal);
      try {
        for (let announced = false; ; announced = true) {
          const result = await this.#store.acquire(key, this.#window, signal);
          if (result.granted) return this.#slot(key, result.slot);
          const { limit, windowMs } = this.#window;
          // A slot held by a request in flight can free up earlier than the store can know, so
          // a long wait is taken in steps of one "average spacing" and the store asked again.
          // A shorter one is exact: the store is asked once, when the slot is due, and not
          // polled on the way (for Redis each question is a round trip).
          const due = performance.now() + Math.min(result.waitMs, Math.max(5, windowMs / limit));
          // A store counts a slot in flight until its lease ends, so its wait can exceed the
          // window; a finished request leaves the window at most `windowMs` after it.
          if (!announced) await onWait?.(Math.min(result.waitMs, windowMs));
          // Timers fire up to a millisecond late, which a full window loses on every slot: sleep
          // until a millisecond before, then yield to the event loop until the moment has come.
          // At least one turn: a store that answers "wait 0" at once must not starve the loop.
          let left = due - performance.now();
          do {
            await (left < 2 ? immediate(signal) : sleep(left - 1, signal));
            left = due - performance.now();
          } while (left > 0);
        }
      } finally {
        this.#turn.give();
      }
    } catch (error) {
      this.#concurrency.give();
      throw error;
    }
  }

  #slot(key: string, slot: string): RequestLimiterSlot {
    let released = false;
    const immediate = this.#immediate;
    return {
      release: (rateLimited = false) => {
        if (released) return undefined;
        released = true;
        if (rateLimited) return this.#pause(key, slot);
        // The request is over, so its permit is free at once. Its stamp reaches the store
        // meanwhile: the in-memory store takes it at once; another (a round trip to Redis) holds
        // neither the next request nor the caller, and keeps the slot's lease, a later stamp,
        // until then. The guard reports a failure to record it; the request itself stands.
        if (immediate) immediate.settle(key, slot);
        else this.#store.settle(key, slot, this.#window).catch(() => {});
        this.#concurrency.give();
        return undefined;
      },
    };
  }

  /** Settles a refused request's slot and pauses the key, before any queued request can take its permit. */
  async #pause(key: string, slot: string): Promise<number | undefined> {
    try {
      await this.#store.settle(key, slot, this.#window);
      // Settled first, so the pause is measured from this request's own stamp.
      return await this.#store.pause(key, this.#window);
    } catch {
      // The guard has reported the store's failure; the request itself stands.
      return undefined;
    } finally {
      this.#concurrency.give();
    }
  }

  #hashedKey(): Promise<string> {
    this.#key ??= rateLimitKey(this.#settings.apiKey).then((key) => {
      this.#hashed = key;
      return key;
    });
    return this.#key;
  }
}

// setImmediate runs after pending I/O (Node, Bun); elsewhere a zero timeout is the closest thing.
const nextTurn: (fn: () => void) => void = (globalThis as { setImmediate?: (fn: () => void) => void }).setImmediate ?? ((fn) => setTimeout(fn, 0));

function immediate(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => nextTurn(() => (signal?.aborted ? reject(signal.reason) : resolve())));
}

/** The store key of an API key: a SHA-256 prefix, so no store (or Redis dump) ever holds the key. @internal */
export async function rateLimitKey(apiKey: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(`litmos-kit:${apiKey}`));
  return [...new Uint8Array(digest).slice(0, 16)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Resolved settings of `RateLimitOptions`. @internal */
export interface ResolvedRateLimit {
  readonly limit: number;
  readonly windowMs: number;
  readonly concurrency: number;
  readonly store: RateLimitStore;
  readonly storeFailure: StoreFailure;
}

/**
 * Checks rate-limit options and fills in defaults; `false` turns the limiter off.
 * @throws {TypeError} naming the first invalid option.
 * @internal
 */
export function resolveRateLimit(options: RateLimitOptions | false | undefined): ResolvedRateLimit | undefined {
  if (options === false) return undefined;
  if (options !== undefined && (typeof options !== 'object' || options === null)) throw new TypeError('Expected `rateLimit` to be an object or false');
  const { limit = 100, windowMs = 60_000, concurrency = 10, store, storeFailure = 'fail-closed' } = options ?? {};
  if (!Number.isInteger(limit) || limit < 1) throw new TypeError('Expected `rateLimit.limit` to be a positive integer');
  if (!Number.isFinite(windowMs) || windowMs <= 0) throw new TypeError('Expected `rateLimit.windowMs` to be a positive number');
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new TypeError('Expected `rateLimit.concurrency` to be a positive integer');
  if (store !== undefined && (typeof store?.acquire !== 'function' || typeof store.settle !== 'function' || typeof store.pause !== 'function')) {
    throw new TypeError('Expected `rateLimit.store` to have `acquire`, `settle` and `pause` methods');
  }
  if (storeFailure !== 'fail-closed' && storeFailure !== 'fail-open') {
    throw new TypeError(`Expected \`rateLimit.storeFailure\` to be 'fail-closed' or 'fail-open', got ${JSON.stringify(storeFailure)}`);
  }
  return { limit, windowMs, concurrency, store: store ?? createMemoryRateLimitStore(), storeFailure };
}
