import { type HttpHooks, resolveHooks } from './hooks.js';
import { type Logger, type LogLevel, resolveLogging } from './logger.js';
import { MAX_TIMER_MS } from './max-timer-ms.js';
import { type ResolvedRetry, type RetryOptions, resolveRetry } from './retry.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from './transport.js';

/** The HTTP settings every litmos-kit SDK takes, besides its credentials and base URL. */
export interface HttpOptions {
  /**
   * Longest time one HTTP attempt may take, body included, in milliseconds; at most
   * 2147483647 (about 24.8 days, the longest delay a timer can hold). Longer values are refused
   * with a `TypeError`.
   * @default 60000
   */
  readonly timeoutMs?: number;
  /**
   * Longest response body the SDK reads, in bytes, counted after decompression. A longer body
   * fails the call with a `ResponseTooLargeError` as soon as it passes the limit, before it can
   * exhaust memory (parsing XML takes tens of times the body's size).
   * @default 33554432 (32 MiB)
   */
  readonly maxResponseBytes?: number;
  /**
   * The `fetch` to use, for proxies, custom agents or tests. It must honour
   * `redirect: 'manual'`: the SDK follows redirects itself, within the origin only.
   * @default globalThis.fetch
   */
  readonly fetch?: typeof fetch;
  /**
   * How failed requests are retried; `false` for a single attempt. Reads are retried after
   * connection failures, timeouts, 408, 429, 5xx and a 200 whose body is cut off; writes only
   * after the API's own rate-limit refusal (which proves nothing was done: Litmos' 503 "Rating
   * Limit Exceeded", a 429 elsewhere) unless `writes` is set. `maxAttempts` and `maxElapsedMs`
   * bound the whole call.
   * @default { maxAttempts: 4, maxElapsedMs: 150000, baseDelayMs: 500, maxDelayMs: 8000, writes: false }
   */
  readonly retry?: RetryOptions | false;
  /** Callbacks around every HTTP attempt (metrics, tracing). */
  readonly hooks?: HttpHooks;
  /**
   * Where to log. Lines never contain a secret (the API key, a token, a password).
   * @default console, when `logLevel` is set
   */
  readonly logger?: Logger;
  /**
   * How much to log: `'debug'` shows every request, `'info'` also every wait of a second or
   * more for the rate limit, `'warn'` retries, rate-limit pauses and responses that differ from
   * the spec, `'error'` final failures.
   * @default 'silent' without a logger, 'info' with one
   */
  readonly logLevel?: LogLevel;
}

/** `HttpOptions` after validation, with every default filled in. */
export interface ResolvedHttpOptions {
  readonly timeoutMs: number;
  readonly maxResponseBytes: number;
  readonly fetch: typeof fetch;
  readonly retry: ResolvedRetry;
  readonly hooks: HttpHooks;
  readonly logger: Logger | undefined;
  readonly logLevel: LogLevel;
}

/**
 * Checks the HTTP settings before any request is made and fills in defaults.
 * @throws {TypeError} naming the first option that is invalid.
 */
export function resolveHttpOptions(options: HttpOptions): ResolvedHttpOptions {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') throw new TypeError('Expected `fetch` to be a function');
  return {
    timeoutMs: resolveTimeoutMs(options.timeoutMs),
    maxResponseBytes: resolveMaxResponseBytes(options.maxResponseBytes),
    fetch: fetchImpl,
    retry: resolveRetry(options.retry),
    hooks: resolveHooks(options.hooks),
    ...resolveLogging(options.logger, options.logLevel),
  };
}

/**
 * Checks `timeoutMs`: a positive number of milliseconds that a timer can hold. Longer values
 * are refused rather than clamped: a timer fires a longer delay at once, and silently waiting
 * less than asked would be a surprise too.
 * @throws {TypeError} for anything else.
 */
export function resolveTimeoutMs(timeoutMs: unknown = 60_000): number {
  if (typeof timeoutMs !== 'number' || !Number.isFinite(timeoutMs) || timeoutMs <= 0 || timeoutMs > MAX_TIMER_MS) {
    throw new TypeError(`Expected \`timeoutMs\` to be a positive number of milliseconds up to ${MAX_TIMER_MS}, got ${String(timeoutMs)}`);
  }
  return timeoutMs;
}

/**
 * Checks `maxResponseBytes`: a positive whole number of bytes.
 * @throws {TypeError} for anything else.
 */
export function resolveMaxResponseBytes(maxResponseBytes: unknown = DEFAULT_MAX_RESPONSE_BYTES): number {
  if (!Number.isSafeInteger(maxResponseBytes) || (maxResponseBytes as number) < 1) {
    throw new TypeError(`Expected \`maxResponseBytes\` to be a positive integer, got ${String(maxResponseBytes)}`);
  }
  return maxResponseBytes as number;
}
