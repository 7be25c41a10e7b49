/**
 * Telling litmos-kit errors apart without their classes. The classes (errors.ts) load with a
 * client's first failure, while every call's pipeline checks what it caught: these checks read
 * the registry symbols the classes carry, so they also hold across two copies of the package.
 */
import type { RateLimitRefusal, SdkError } from './errors.js';

// The same registry keys as errors.ts (`Symbol.for` gives one symbol per key, in every module).
const SDK_ERROR = Symbol.for('litmos-kit.error');
const API_ERROR = Symbol.for('litmos-kit.api-error');
const REFUSAL = Symbol.for('litmos-kit.rate-limit-refusal');

/** True for any error thrown by a litmos-kit SDK, even across copies of the package. */
export function isSdkError(error: unknown): error is SdkError {
  return typeof error === 'object' && error !== null && (error as { [SDK_ERROR]?: unknown })[SDK_ERROR] === true;
}

/**
 * True for an API error that says "over the rate limit, nothing was done": such a request is
 * replayed for every method (writes included), it pauses a client-side limiter, and its wait
 * is kept in `retryAfterMs`. A class opts in with a `[rateLimitRefusal] = true` field, since
 * which status means this differs by API (429 by the RFC, 503 at Litmos).
 */
export function isRateLimitRefusal(error: unknown): error is RateLimitRefusal {
  const marks = error as { [API_ERROR]?: unknown; [REFUSAL]?: unknown } | null;
  return isSdkError(error) && marks?.[API_ERROR] === true && marks[REFUSAL] === true;
}
