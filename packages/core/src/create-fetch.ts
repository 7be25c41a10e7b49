/**
 * The `fetch` a generated client sends every request with. Around one transport attempt it
 * adds, in this order: a slot from the rate limiter (when there is one), the request hook, the
 * attempt, the response or error hook, and the retry decision. The limiter is inside the retry
 * loop on purpose: every retry spends budget too, and a rate-limit refusal pauses the limiter
 * before the replay.
 */
import {
  defaultErrorClasses,
  type ErrorClasses,
  isRateLimitRefusal,
  isSdkError,
  type RateLimitRefusal,
  type RequestInfoSummary,
  requestIdOf,
  type SdkError,
} from './errors.js';
import { type HttpHooks, runHook, type WaitReason } from './hooks.js';
import { formatDelay, type Log } from './logger.js';
import { redactError } from './redact.js';
import { parseRetryAfter, type ResolvedRetry, retryDelay } from './retry.js';
import { createRetryBudget, elapsedMs, type RetryBudget } from './retry-budget.js';
import { sleep } from './sleep.js';
import { summarize, type Transport } from './transport.js';

/** A granted request slot of a `RequestLimiter`. */
export interface RequestLimiterSlot {
  /**
   * Stamps the slot as finished and frees it. With `rateLimited` (the server refused the request
   * over its rate limit) it first pauses the limiter, before any queued request can take the
   * slot, and returns the pause in ms (`undefined` when none was recorded).
   */
  release(rateLimited?: boolean): Promise<number | undefined>;
}

/** Client-side pacing: hands out one slot per HTTP attempt (the Litmos SDK's `RateLimiter` is one). */
export interface RequestLimiter {
  /**
   * Waits for a slot; rejects with the signal's reason when it aborts first. Calls `onWait`
   * (and awaits it) before it starts to wait, with the expected wait in ms.
   */
  acquire(signal?: AbortSignal, onWait?: (delayMs: number) => Promise<void>): Promise<RequestLimiterSlot>;
}

/** What `createFetch` composes. */
export interface FetchSettings {
  readonly transport: Transport;
  readonly retry: ResolvedRetry;
  readonly hooks: HttpHooks;
  readonly log: Log;
  /** Values that must never appear in errors or logs. */
  readonly secrets: readonly string[];
  /** Starts every log line (`litmos`, `ispring`, `xbox`), so a shared log tells the SDKs apart. */
  readonly logPrefix: string;
  /** The API's name in log lines (`Litmos`). */
  readonly service: string;
  /** Client-side pacing, when the API needs it. */
  readonly limiter?: RequestLimiter | undefined;
  /**
   * The classes to throw.
   * @default defaultErrorClasses
   */
  readonly errors?: ErrorClasses;
}

/**
 * An SDK's `fetch`. It is a plain `fetch` to whoever calls it with two arguments; a caller that
 * retries on its own too (`retryParseErrors`) passes the call's `RetryBudget` as the third, so
 * that every layer spends the same attempts and time.
 */
export type BudgetedFetch = (input: RequestInfo | URL, init?: RequestInit, budget?: RetryBudget) => Promise<Response>;

/** Builds an SDK's `fetch`: paced when a limiter is given, retried, observed by hooks and the log. */
export function createFetch(settings: FetchSettings): BudgetedFetch {
  const { transport, limiter, retry, hooks, log, secrets, logPrefix: prefix, service, errors = defaultErrorClasses } = settings;

  const aborted = (request: Request, summary: RequestInfoSummary, attempts: number): SdkError => {
    const error = new errors.AbortError(`${summary.method} ${summary.url} was aborted`, summary, { cause: request.signal.reason });
    error.attempts = attempts;
    return redactError(error, secrets);
  };

  /** Announces a pause to the `onWait` hook; a rate-limit wait of a second or more is logged too (retries have their own line). */
  const announceWait = async (summary: RequestInfoSummary, attempt: number, reason: WaitReason, delayMs: number, status?: number) => {
    const { method, url } = summary;
    await runHook(hooks.onWait, { method, url, attempt, reason, delayMs, ...(status === undefined ? {} : { status }) }, 'onWait', log, prefix);
    if (reason === 'rate-limit' && delayMs >= 1000) {
      log.info(`${prefix}: waiting ${formatDelay(delayMs)} for the rate limit before ${method} ${url}`, { reason, delayMs: Math.round(delayMs) });
    }
  };

  const attemptOnce = async (request: Request, summary: RequestInfoSummary, budget: RetryBudget): Promise<Response> => {
    let slot: RequestLimiterSlot | undefined;
    try {
      slot = await limiter?.acquire(request.signal, (delayMs) => announceWait(summary, budget.attempts + 1, 'rate-limit', delayMs));
    } catch (error) {
      if (request.signal.aborted) throw aborted(request, summary, budget.attempts);
      throw error;
    }
    // Counted once a slot is granted: an attempt that never left does not use up the budget.
    const attempt = ++budget.attempts;
    const { method, url } = summary;
    const started = performance.now();
    let response: Response;
    try {
      await runHook(hooks.onRequest, { method, url, attempt }, 'onRequest', log, prefix);
      log.debug(`${prefix}: → ${method} ${url}`, { attempt });
      // A body can be read once, so each attempt sends a copy; a request without one is reused.
      response = await transport(request.body ? request.clone() : request, summary);
    } catch (error) {
      if (isSdkError(error)) error.attempts = attempt;
      // A refusal pauses the limiter before this slot goes to the next queued request.
      if (slot && isRateLimitRefusal(error)) {
        const pause = await slot.release(true);
        if (pause !== undefined) {
          error.retryAfterMs = pause;
          log.warn(`${prefix}: ${error.status} from ${service}; holding every request of this key for ${formatDelay(pause)}`, { pauseMs: Math.round(pause) });
        }
      }
      throw error;
    } finally {
      // Stamped as soon as the answer is in: the hooks and logs below do not hold the slot.
      await slot?.release();
    }
    const durationMs = Math.round(performance.now() - started);
    log.debug(`${prefix}: ← ${response.status} ${method} ${url} in ${durationMs} ms`, { attempt, status: response.status, durationMs });
    if (hooks.onResponse) {
      const event = { method, url, attempt, status: response.status, durationMs, requestId: requestIdOf(response.headers), response: response.clone() };
      await runHook(hooks.onResponse, event, 'onResponse', log, prefix);
    }
    return response;
  };

  return async (input, init, budget = createRetryBudget(retry)) => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const summary = summarize(request, secrets);
    const { method, url } = summary;
    for (;;) {
      let error: SdkError;
      try {
        return await attemptOnce(request, summary, budget);
      } catch (caught) {
        if (!isSdkError(caught)) throw caught instanceof Error ? redactError(caught, secrets) : caught;
        error = caught;
      }
      const attempt = budget.attempts;
      if (isRateLimitRefusal(error)) noteRateLimit(error);
      const delay = retryDelay(error, attempt, elapsedMs(budget), method, budget.retry);
      await runHook(hooks.onError, { method, url, attempt, error, willRetry: delay !== undefined, delayMs: delay }, 'onError', log, prefix);
      if (delay === undefined) {
        log.error(`${prefix}: ${method} ${url} failed after ${attempt} attempt${attempt === 1 ? '' : 's'}: ${error.message}`, { error: error.toJSON() });
        throw error;
      }
      log.warn(`${prefix}: retrying ${method} ${url} in ${formatDelay(delay)} after ${error.name} (attempt ${attempt} of ${budget.retry.maxAttempts})`, {
        status: error.status,
        delayMs: delay,
      });
      const reason = isRateLimitRefusal(error) && error.status === 503 ? 'server-503' : 'retry';
      await announceWait(summary, attempt + 1, reason, delay, error.status);
      try {
        await sleep(delay, request.signal);
      } catch {
        throw aborted(request, summary, attempt);
      }
    }
  };

  /** Folds a `Retry-After` header into the wait of a refusal (the limiter's pause, if it set one). */
  function noteRateLimit(error: RateLimitRefusal): void {
    const server = parseRetryAfter(error.headers.get('retry-after'));
    const pause = error.retryAfterMs;
    error.retryAfterMs = server === undefined && pause === undefined ? undefined : Math.max(server ?? 0, pause ?? 0);
  }
}
