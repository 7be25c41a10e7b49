/** The window settings a store needs for each call. */
export interface RateLimitWindow {
  /** Most requests per rolling window. */
  readonly limit: number;
  /** Length of the rolling window, in milliseconds. */
  readonly windowMs: number;
  /** Longest an attempt can stay in flight (its timeout), in milliseconds. */
  readonly leaseMs: number;
}

/** What a store answers to `acquire`: a slot, or how long to wait before asking again. */
export type RateLimitAcquireResult = { readonly granted: true; readonly slot: string } | { readonly granted: false; readonly waitMs: number };

/**
 * Where the request budget of an API key lives. Keys are opaque hashes, never API keys. Every
 * method must be atomic for one key, so that several clients (or processes, with a shared
 * store) never together exceed the limit.
 *
 * A slot counts in the window from the moment it is granted. While its request is in flight,
 * it is held until `leaseMs` from now (so it cannot drop out of the window while the request
 * is still travelling); `settle` then re-stamps it with the completion time. Stamping at
 * completion rather than at sending is deliberate: Litmos counts a request when it arrives,
 * which is somewhere between the two, so the completion time is the conservative one.
 */
export interface RateLimitStore {
  /**
   * Forgets slots older than the window and, unless the key is paused or already holds
   * `limit` slots, records a new slot and returns it. Otherwise says how long to wait.
   */
  acquire(key: string, window: RateLimitWindow): Promise<RateLimitAcquireResult>;
  /** Re-stamps a granted slot with the current time, once its request has finished. */
  settle(key: string, slot: string, window: RateLimitWindow): Promise<void>;
  /**
   * Litmos answered 503 (rate limit): holds every `acquire` for `key` until the window is sure
   * to have room, and returns that wait in milliseconds.
   */
  pause(key: string, window: RateLimitWindow): Promise<number>;
}

/**
 * The window of one key in memory. Slots in flight keep their lease stamp in a Map (insertion
 * order is lease order, since every lease has the same length); settled slots are stamps in
 * completion order. Both are pruned from the front, so each call costs O(1) amortised
 * however large the limit.
 */
interface KeyState {
  readonly inFlight: Map<string, number>;
  settled: number[];
  head: number;
  pausedUntil: number;
}

/** Options of the in-memory store. */
export interface MemoryRateLimitStoreOptions {
  /**
   * The clock, in milliseconds; it must not go backwards. A monotonic clock by default, so a
   * wall-clock jump cannot open or close the window.
   * @default () => performance.now()
   */
  readonly now?: () => number;
}

/** The same store's answers without a promise: an in-memory store can give them at once. @internal */
export interface ImmediateRateLimitStore {
  acquire(key: string, window: RateLimitWindow): RateLimitAcquireResult;
  settle(key: string, slot: string): void;
}

/** Stores made by `createMemoryRateLimitStore` (they answer at once and cannot hang or fail), with their promise-free face. */
const inMemory = new WeakMap<RateLimitStore, ImmediateRateLimitStore>();

/**
 * The promise-free face of one of this module's in-memory stores (the same state, the same
 * rules), for the limiter's uncontended path; `undefined` for any other store. @internal
 */
export function immediateStoreOf(store: RateLimitStore): ImmediateRateLimitStore | undefined {
  return inMemory.get(store);
}

/**
 * Creates a rate-limit store that keeps the sliding window in this process's memory. It is the
 * default: each client gets its own. Pass one store to several clients that share an API key in
 * one process; use `createRedisRateLimitStore` to share a budget between processes.
 */
export function createMemoryRateLimitStore(options: MemoryRateLimitStoreOptions = {}): RateLimitStore {
  const now = options.now ?? (() => performance.now());
  const keys = new Map<string, KeyState>();
  let counter = 0;

  const stateOf = (key: string, windowMs: number, at: number): KeyState => {
    let state = keys.get(key);
    if (!state) {
      state = { inFlight: new Map(), settled: [], head: 0, pausedUntil: 0 };
      keys.set(key, state);
    }
    const expired = at - windowMs;
    while (state.head < state.settled.length && (state.settled[state.head] as number) <= expired) state.head++;
    if (state.head > 1024 && state.head * 2 > state.settled.length) {
      state.settled = state.settled.slice(state.head);
      state.head = 0;
    }
    for (const [slot, stamp] of state.inFlight) {
      if (stamp > expired) break;
      state.inFlight.delete(slot);
    }
    return state;
  };
  const count = (state: KeyState) => state.inFlight.size + state.settled.length - state.head;
  const oldest = (state: KeyState) =>
    Math.min(state.settled[state.head] ?? Number.POSITIVE_INFINITY, state.inFlight.values().next().value ?? Number.POSITIVE_INFINITY);

  const immediate: ImmediateRateLimitStore = {
    acquire(key, { limit, windowMs, leaseMs }) {
      const at = now();
      const state = stateOf(key, windowMs, at);
      if (state.pausedUntil > at) return { granted: false, waitMs: state.pausedUntil - at };
      if (count(state) < limit) {
        const slot = String(++counter);
        state.inFlight.set(slot, at + leaseMs);
        return { granted: true, slot };
      }
      return { granted: false, waitMs: oldest(state) + windowMs - at };
    },
    settle(key, slot) {
      const state = keys.get(key);
      // Completion times arrive in order, as the clock does not go back. (A clock that did would
      // only make the window count a stamp for longer: stamps are pruned, and the next free slot
      // is read, from the front.)
      if (state?.inFlight.delete(slot)) state.settled.push(now());
    },
  };
  const store: RateLimitStore = {
    acquire: async (key, window) => immediate.acquire(key, window),
    settle: async (key, slot) => immediate.settle(key, slot),
    async pause(key, { windowMs }) {
      const at = now();
      const state = stateOf(key, windowMs, at);
      // Litmos' window is full. Its oldest request is no newer than our oldest, so room opens
      // by the time ours leaves the window; never later than one full window from now.
      const until = Math.min(at + windowMs, oldest(state) + windowMs);
      state.pausedUntil = Math.max(state.pausedUntil, until);
      return state.pausedUntil - at;
    },
  };
  inMemory.set(store, immediate);
  return store;
}
