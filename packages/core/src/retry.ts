/**
 * The retry settings of a client, and when a failed attempt is tried again (the rule itself is
 * in retry-delay.ts, which loads with the first failure). Reads (GET) are retried after
 * connection failures, timeouts, 408, 429 and 5xx, and after a 200 whose body is cut off or
 * replaced by a proxy's HTML page (a `ParseError`: a passing fault of the network, not an
 * answer); writes only when the caller opts in, since a write that timed out or hit a 500 may
 * have been applied already, and never after a 2xx. A rate-limit refusal (`isRateLimitRefusal`:
 * a 429 by default, Litmos' 503) is the exception: the server refused the request before doing
 * anything, so it is replayed for every method.
 */
import { errorKindOf, isRateLimitRefusal, isSdkError } from './error-checks.js';
import type { RetryRules } from './retry-delay.js';

/** How failed requests are retried. */
export interface RetryOptions {
  /**
   * Most attempts per request, the first one included (1 turns retries off).
   * @default 4
   */
  readonly maxAttempts?: number;
  /**
   * Longest time from the first attempt to the start of a retry, in milliseconds. A retry that
   * would start later is not made. Long enough by default to sit out a one-minute rate-limit
   * window (Litmos') and then some.
   * @default 150000
   */
  readonly maxElapsedMs?: number;
  /**
   * Wait before the first retry; it doubles with every further retry (minus up to 25 % jitter).
   * @default 500
   */
  readonly baseDelayMs?: number;
  /**
   * Longest computed backoff. A `Retry-After` header or a rate-limit pause may be longer.
   * @default 8000
   */
  readonly maxDelayMs?: number;
  /**
   * Also retry POST, PUT and DELETE after connection failures, timeouts and 5xx (rate-limit
   * refusals are replayed anyway).
   * Only safe when replaying the write cannot apply it twice.
   * @default false
   */
  readonly writes?: boolean;
}

/** `RetryOptions` with every default filled in. */
export type ResolvedRetry = Required<RetryOptions>;

/**
 * Checks retry options and fills in defaults; `false` means one attempt only.
 * @throws {TypeError} naming the first invalid option.
 */
export function resolveRetry(options: RetryOptions | false | undefined): ResolvedRetry {
  if (options !== undefined && options !== false && (typeof options !== 'object' || options === null)) {
    throw new TypeError('Expected `retry` to be an object or false');
  }
  const { maxAttempts = 4, maxElapsedMs = 150_000, baseDelayMs = 500, maxDelayMs = 8_000, writes = false } = options || {};
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new TypeError('Expected `retry.maxAttempts` to be a positive integer');
  for (const [name, value] of Object.entries({ maxElapsedMs, baseDelayMs, maxDelayMs })) {
    if (!Number.isFinite(value) || value < 0) throw new TypeError(`Expected \`retry.${name}\` to be a non-negative number`);
  }
  if (typeof writes !== 'boolean') throw new TypeError('Expected `retry.writes` to be a boolean');
  return { maxAttempts: options === false ? 1 : maxAttempts, maxElapsedMs, baseDelayMs, maxDelayMs, writes };
}

/**
 * Reads a `Retry-After` header: delay-seconds or an HTTP date. Returns milliseconds from `now`,
 * or `undefined` when the header is absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date names its month ("Wed, 21 Oct 2026 07:28:00 GMT"); without that check
  // Date.parse would take "-1" for the year -1.
  if (!/[a-z]{3}/i.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Core's checks, as `isRetryable` and `retryDelay` (retry-delay.ts) read failures: by kind, without the classes. */
export const retryRules: RetryRules = { isSdkError, isRateLimitRefusal, errorKindOf, parseRetryAfter };

/**
 * Loads the retry rule (retry-delay.ts: `isRetryable`, `backoffDelay`, `retryDelay`). Only a
 * failed attempt needs it, so a bundler gives it a chunk of its own that a client whose calls
 * succeed never loads.
 */
export function loadRetryDelay(): Promise<typeof import('./retry-delay.js')> {
  return import('./retry-delay.js');
}
