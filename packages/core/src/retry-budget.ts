import type { ResolvedRetry } from './retry.js';

/**
 * What one call may spend on attempts and time: every HTTP attempt of the call counts, whatever
 * made it fail (a connection failure, a 5xx, a rate-limit refusal, a 200 whose body was cut
 * off), so `maxAttempts` and `maxElapsedMs` hold for the call as a whole. One per call.
 */
export interface RetryBudget {
  /** The client's retry settings: `maxAttempts` and `maxElapsedMs` bound the whole call. */
  readonly retry: ResolvedRetry;
  /** When the call started, on `performance.now()`'s clock. */
  readonly startedAt: number;
  /** HTTP attempts made so far for this call. */
  attempts: number;
}

/** A fresh budget for one call, starting now. */
export function createRetryBudget(retry: ResolvedRetry, startedAt: number = performance.now()): RetryBudget {
  return { retry, startedAt, attempts: 0 };
}

/** Milliseconds since the call started. */
export function elapsedMs(budget: RetryBudget, now: number = performance.now()): number {
  return now - budget.startedAt;
}
