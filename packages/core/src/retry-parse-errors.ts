import { defaultErrorClasses, type ErrorClasses, ParseError } from './errors.js';
import type { ResolvedRetry } from './retry.js';
import { sleep } from './sleep.js';

/** Settings of `retryParseErrors`. */
export interface RetryParseErrorsSettings {
  /** The HTTP method of the call: only GET is asked again. */
  readonly method: string;
  /** The client's retry settings: attempts and backoff. */
  readonly retry: ResolvedRetry;
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
 * the fetch (create-fetch.ts), which cannot see a body that is complete HTTP but bad data.
 */
export async function retryParseErrors<R>(call: () => Promise<R>, settings: RetryParseErrorsSettings): Promise<R> {
  const { method, retry, signal, errors = defaultErrorClasses } = settings;
  const { maxAttempts, baseDelayMs, maxDelayMs } = retry;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof ParseError) || method.toUpperCase() !== 'GET' || attempt >= maxAttempts) throw error;
      const delay = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)) * (1 - 0.25 * Math.random());
      try {
        await sleep(delay, signal);
      } catch {
        throw new errors.AbortError('the call was aborted while waiting to retry', undefined, { cause: signal?.reason });
      }
    }
  }
}
