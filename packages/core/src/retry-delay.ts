/**
 * The retry rule: whether a failed attempt is tried again, and after how long (see retry.ts for
 * the policy in words). The call pipeline loads this module with a client's first failure
 * (handle-failed-attempt.ts), so it imports nothing at run time: the checks it tells failures
 * apart by come in as `RetryRules` (core's `retryRules`, in retry.ts).
 */
import type { errorKindOf, isRateLimitRefusal, isSdkError } from './error-checks.js';
import type { ApiError } from './errors.js';
import type { parseRetryAfter, ResolvedRetry } from './retry.js';

/** The checks the rule reads failures with (error-checks.ts, retry.ts): core's `retryRules`. */
export interface RetryRules {
  readonly isSdkError: typeof isSdkError;
  readonly isRateLimitRefusal: typeof isRateLimitRefusal;
  readonly errorKindOf: typeof errorKindOf;
  readonly parseRetryAfter: typeof parseRetryAfter;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether a failed attempt may be tried again, whatever the attempt count. */
export function isRetryable(error: unknown, method: string, retry: ResolvedRetry, rules: RetryRules): boolean {
  const kind = rules.errorKindOf(error);
  if (kind === undefined || kind === 'abort') return false;
  if (rules.isRateLimitRefusal(error)) return true;
  const safe = SAFE_METHODS.has(method.toUpperCase());
  // A 2xx arrived: a write has been applied, whatever its body looks like.
  if (kind === 'parse') return safe;
  const replayable = safe || retry.writes;
  if (kind === 'connection' || kind === 'timeout') return replayable;
  const { status } = error as ApiError;
  return replayable && (status >= 500 || status === 408 || status === 429);
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
  const server = rules.errorKindOf(error) === 'api' ? rules.parseRetryAfter((error as ApiError).headers.get('retry-after')) : undefined;
  const pause = rules.isRateLimitRefusal(error) ? error.retryAfterMs : undefined;
  const delay = server !== undefined || pause !== undefined ? Math.max(server ?? 0, pause ?? 0) : backoffDelay(attempt, retry, random);
  return elapsedMs + delay > retry.maxElapsedMs ? undefined : Math.round(delay);
}
