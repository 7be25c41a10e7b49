/**
 * Litmos' rate limit, server side: at most 100 requests per rolling window (60 s) per API key;
 * beyond that HTTP 503 "Rating Limit Exceeded" with no Retry-After. The window is a
 * sliding log of accepted requests, measured on the monotonic clock (not the sandbox clock, which
 * tests may move), with a configurable length so tests can use 1 s.
 */

/** Settings of the per-key limit. */
export interface KeyLimitOptions {
  /** Requests allowed per window and key (Litmos: 100). */
  readonly max: number;
  /** Window length in ms (Litmos: 60 000). */
  readonly windowMs: number;
}

/** A per-key sliding-window limiter. */
export interface KeyLimiter {
  /** Records a request for `key` and returns true, or returns false when the window is full
   * (refused requests are not recorded, so a client that backs off recovers after one window). */
  tryAcquire(key: string): boolean;
  /** Requests of `key` in the current window. */
  count(key: string): number;
  /** Forgets every key. */
  reset(): void;
  readonly options: KeyLimitOptions;
}

/** Creates a limiter; `nowMs` is injectable for unit tests. */
export function createKeyLimiter(options: KeyLimitOptions, nowMs: () => number = () => performance.now()): KeyLimiter {
  const logs = new Map<string, number[]>();
  const prune = (key: string): number[] => {
    const log = logs.get(key) ?? [];
    const cutoff = nowMs() - options.windowMs;
    let drop = 0;
    while (drop < log.length && log[drop]! <= cutoff) drop++;
    if (drop) log.splice(0, drop);
    logs.set(key, log);
    return log;
  };
  return {
    options,
    tryAcquire(key) {
      const log = prune(key);
      if (log.length >= options.max) return false;
      log.push(nowMs());
      return true;
    },
    count: (key) => prune(key).length,
    reset: () => logs.clear(),
  };
}
