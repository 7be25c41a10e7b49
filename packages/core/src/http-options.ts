import { type HttpHooks, resolveHooks } from './hooks.js';
import { type Logger, type LogLevel, resolveLogging } from './logger.js';
import { type ResolvedRetry, type RetryOptions, resolveRetry } from './retry.js';

/** The HTTP settings every litmos-kit SDK takes, besides its credentials and base URL. */
export interface HttpOptions {
  /**
   * Longest time one HTTP attempt may take, body included, in milliseconds.
   * @default 60000
   */
  readonly timeoutMs?: number;
  /**
   * The `fetch` to use, for proxies, custom agents or tests.
   * @default globalThis.fetch
   */
  readonly fetch?: typeof fetch;
  /**
   * How failed requests are retried; `false` for a single attempt. Reads are retried after
   * connection failures, timeouts, 408, 429 and 5xx; writes only when `writes` is set.
   * @default { maxAttempts: 4, maxElapsedMs: 150000, baseDelayMs: 500, maxDelayMs: 8000, writes: false }
   */
  readonly retry?: RetryOptions | false;
  /** Callbacks around every HTTP attempt (metrics, tracing). */
  readonly hooks?: HttpHooks;
  /**
   * Where to log. Lines never contain a secret.
   * @default console, when `logLevel` is set
   */
  readonly logger?: Logger;
  /**
   * How much to log: `'debug'` shows every request, `'info'`/`'warn'` retries, `'error'` final failures.
   * @default 'silent' without a logger, 'info' with one
   */
  readonly logLevel?: LogLevel;
}

/** `HttpOptions` after validation, with every default filled in. */
export interface ResolvedHttpOptions {
  readonly timeoutMs: number;
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
  const { timeoutMs = 60_000 } = options;
  if (typeof timeoutMs !== 'number' || !Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new TypeError('Expected `timeoutMs` to be a positive number');
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') throw new TypeError('Expected `fetch` to be a function');
  return {
    timeoutMs,
    fetch: fetchImpl,
    retry: resolveRetry(options.retry),
    hooks: resolveHooks(options.hooks),
    ...resolveLogging(options.logger, options.logLevel),
  };
}
