import type { ResolvedRetry } from './retry.js';

/**
 * What one call may spend on attempts and time, shared by every layer that retries it: the
 * fetch (connection failures, timeouts, 5xx, rate-limit refusals) and the layer above it that
 * asks again for a 200 whose body was cut off (`retryParseErrors`). Each layer used to count on
 * its own, so their limits multiplied: 4 attempts of 4 attempts made 16. Create one per call
 * and hand the same object to every layer; each HTTP attempt adds one to `attempts`.
 */
export interface RetryBudget {
  /** The client's retry settings: `maxAttempts` and `maxElapsedMs` bound the whole call. */
  readonly retry: ResolvedRetry;
  /** When the call started, on `performance.now()`'s clock. */
  readonly startedAt: number;
  /** HTTP attempts made so far for this call, by any layer. */
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

/**
 * Whether one more attempt fits: fewer than `maxAttempts` made so far, and the wait of
 * `delayMs` ends within `maxElapsedMs` of the start.
 */
export function budgetAllows(budget: RetryBudget, delayMs: number, now: number = performance.now()): boolean {
  return budget.attempts < budget.retry.maxAttempts && elapsedMs(budget, now) + delayMs <= budget.retry.maxElapsedMs;
}
