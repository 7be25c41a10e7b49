import { defaultErrorClasses, type ErrorClasses, ParseError } from './errors.js';
import type { ResolvedRetry } from './retry.js';
import { backoffDelay } from './retry.js';
import { budgetAllows, createRetryBudget, type RetryBudget } from './retry-budget.js';
import { sleep } from './sleep.js';

/** Settings of `retryParseErrors`. */
export interface RetryParseErrorsSettings {
  /** The HTTP method of the call: only GET is asked again. */
  readonly method: string;
  /** The client's retry settings: attempts, elapsed time and backoff. */
  readonly retry: ResolvedRetry;
  /**
   * The call's budget, shared with the `fetch` that sends it (pass it to that fetch as its
   * third argument), so that the attempts of both layers add up to at most `maxAttempts`.
   * @default a budget of this layer's own, from `retry`
   */
  readonly budget?: RetryBudget | undefined;
  /** The caller's signal; an abort during the wait fails the call at once. */
  readonly signal?: AbortSignal | undefined;
  /**
   * The class to throw for an abort.
   * @default defaultErrorClasses
   */
  readonly errors?: Pick<ErrorClasses, 'AbortError'> | undefined;
}

/**
 * Runs one call (send and decode) and runs it again while it fails with a `ParseError`. A 200
 * whose body is cut off or replaced by a proxy's HTML page is a passing fault of the network,
 * not an answer: a read is safe to ask again, with the retry settings' backoff. Writes are not
 * replayed (the write may have happened). Connection errors and 5xx are retried below this, in
 * the fetch (create-fetch.ts), which cannot see a body that is complete HTTP but bad data; both
 * spend the one budget of the call.
 */
export async function retryParseErrors<R>(call: () => Promise<R>, settings: RetryParseErrorsSettings): Promise<R> {
  const { method, retry, signal, errors = defaultErrorClasses } = settings;
  const budget = settings.budget ?? createRetryBudget(retry);
  for (let calls = 1; ; calls++) {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof ParseError) || method.toUpperCase() !== 'GET') throw error;
      // A fetch that shares the budget has counted every attempt; one that does not, at least this call.
      budget.attempts = Math.max(budget.attempts, calls);
      error.attempts = budget.attempts;
      const delay = backoffDelay(budget.attempts, budget.retry);
      if (!budgetAllows(budget, delay)) throw error;
      try {
        await sleep(delay, signal);
      } catch {
        throw new errors.AbortError('the call was aborted while waiting to retry', undefined, { cause: signal?.reason });
      }
    }
  }
}
