/**
 * The retry rule: whether a failed attempt is tried again, and after how long (see retry.ts for
 * the policy in words). The call pipeline loads this module with a client's first failure
 * (handle-failed-attempt.ts), so it imports nothing at run time: the error classes it tells
 * failures apart by come in as `RetryRules` (core's are `retryRulesOf(errors)`, in retry.ts).
 */
import type { isRateLimitRefusal, isSdkError } from './error-checks.js';
import type { AbortError, ApiError, ConnectionError, ParseError, TimeoutError } from './errors.js';
import type { parseRetryAfter, ResolvedRetry } from './retry.js';

/** The classes and helpers the rule reads failures with: core's, as `retryRulesOf` gives them. */
export interface RetryRules {
  readonly AbortError: typeof AbortError;
  readonly ApiError: typeof ApiError;
  readonly ConnectionError: typeof ConnectionError;
  readonly ParseError: typeof ParseError;
  readonly TimeoutError: typeof TimeoutError;
  readonly isSdkError: typeof isSdkError;
  readonly isRateLimitRefusal: typeof isRateLimitRefusal;
  readonly parseRetryAfter: typeof parseRetryAfter;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether a failed attempt may be tried again, whatever the attempt count. */
export function isRetryable(error: unknown, method: string, retry: ResolvedRetry, rules: RetryRules): boolean {
  const { AbortError, ApiError, ConnectionError, ParseError, TimeoutError } = rules;
  if (!rules.isSdkError(error) || error instanceof AbortError) return false;
  if (rules.isRateLimitRefusal(error)) return true;
  const safe = SAFE_METHODS.has(method.toUpperCase());
  // A 2xx arrived: a write has been applied, whatever its body looks like.
  if (error instanceof ParseError) return safe;
  const replayable = safe || retry.writes;
  if (error instanceof ConnectionError || error instanceof TimeoutError) return replayable;
  if (error instanceof ApiError) return replayable && (error.status >= 500 || error.status === 408 || error.status === 429);
  return false;
}

/**
 * The backoff before the attempt after `attempt` (1 for the first): `baseDelayMs` doubled per
 * retry, at most `maxDelayMs`, minus up to 25 % jitter so that clients do not retry in step.
 */
export function backoffDelay(attempt: number, retry: ResolvedRetry, random: () => number = Math.random): number {
  return Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1)) * (1 - 0.25 * random());
}

/**
 * The wait before the next attempt, or `undefined` to give up: the error is not retryable,
 * attempts are used up, or the wait would end past `maxElapsedMs`.
 * `attempt` is the number of the attempt that just failed (1 for the first): the call's
 * `RetryBudget.attempts`.
 */
export function retryDelay(
  error: unknown,
  attempt: number,
  elapsedMs: number,
  method: string,
  retry: ResolvedRetry,
  rules: RetryRules,
  random: () => number = Math.random,
): number | undefined {
  if (attempt >= retry.maxAttempts || !isRetryable(error, method, retry, rules)) return undefined;
  const server = error instanceof rules.ApiError ? rules.parseRetryAfter(error.headers.get('retry-after')) : undefined;
  const pause = rules.isRateLimitRefusal(error) ? error.retryAfterMs : undefined;
  const delay = server !== undefined || pause !== undefined ? Math.max(server ?? 0, pause ?? 0) : backoffDelay(attempt, retry, random);
  return elapsedMs + delay > retry.maxElapsedMs ? undefined : Math.round(delay);
}
