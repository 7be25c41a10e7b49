/**
 * The `fetch` the generated client sends every request with. Around one transport attempt it
 * adds, in this order: a slot from the rate limiter, the request hook, the attempt, the
 * response or error hook, and the retry decision. The limiter is inside the retry loop on
 * purpose: every retry spends budget too, and a 503 pauses the limiter before the replay.
 */
import { isLitmosError, LitmosAbortError, type LitmosError, RateLimitError, type RequestInfoSummary, requestIdOf } from './errors.js';
import { type LitmosHooks, runHook } from './hooks.js';
import type { Log } from './logger.js';
import type { RateLimiter, RateLimitSlot } from './rate-limit.js';
import { redactError } from './redact.js';
import { parseRetryAfter, type ResolvedRetry, retryDelay } from './retry.js';
import { sleep } from './sleep.js';
import { summarize, type Transport } from './transport.js';

/** What `createFetch` composes. @internal */
export interface FetchSettings {
  readonly transport: Transport;
  readonly limiter: RateLimiter | undefined;
  readonly retry: ResolvedRetry;
  readonly hooks: LitmosHooks;
  readonly log: Log;
  readonly secrets: readonly string[];
}

/**
 * Builds the SDK's `fetch`: rate limited, retried, observed by hooks and the log.
 * @internal
 */
export function createFetch(settings: FetchSettings): typeof fetch {
  const { transport, limiter, retry, hooks, log, secrets } = settings;

  const aborted = (request: Request, summary: RequestInfoSummary, attempts: number): LitmosAbortError => {
    const error = new LitmosAbortError(`${summary.method} ${summary.url} was aborted`, summary, { cause: request.signal.reason });
    error.attempts = attempts;
    return redactError(error, secrets);
  };

  const attemptOnce = async (request: Request, summary: RequestInfoSummary, attempt: number): Promise<Response> => {
    let slot: RateLimitSlot | undefined;
    try {
      slot = await limiter?.acquire(request.signal);
    } catch (error) {
      if (request.signal.aborted) throw aborted(request, summary, attempt - 1);
      throw error;
    }
    const { method, url } = summary;
    const started = performance.now();
    let response: Response;
    try {
      await runHook(hooks.onRequest, { method, url, attempt }, 'onRequest', log);
      log.debug(`litmos: → ${method} ${url}`, { attempt });
      // A body can be read once, so each attempt sends a copy; a request without one is reused.
      response = await transport(request.body ? request.clone() : request, summary);
    } catch (error) {
      if (isLitmosError(error)) error.attempts = attempt;
      // A 503 pauses the key before this slot's permit goes to the next queued request.
      if (slot && error instanceof RateLimitError) {
        const pause = await slot.release(true);
        if (pause !== undefined) {
          error.retryAfterMs = pause;
          log.warn(`litmos: 503 from Litmos; holding every request of this key for ${pause} ms`, { pauseMs: pause });
        }
      }
      throw error;
    } finally {
      // Stamped as soon as the answer is in: the hooks and logs below do not hold the slot.
      await slot?.release();
    }
    const durationMs = Math.round(performance.now() - started);
    log.debug(`litmos: ← ${response.status} ${method} ${url} in ${durationMs} ms`, { attempt, status: response.status, durationMs });
    if (hooks.onResponse) {
      const event = { method, url, attempt, status: response.status, durationMs, requestId: requestIdOf(response.headers), response: response.clone() };
      await runHook(hooks.onResponse, event, 'onResponse', log);
    }
    return response;
  };

  return async (input, init) => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const summary = summarize(request, secrets);
    const { method, url } = summary;
    const started = performance.now();
    for (let attempt = 1; ; attempt++) {
      let error: LitmosError;
      try {
        return await attemptOnce(request, summary, attempt);
      } catch (caught) {
        if (!isLitmosError(caught)) throw caught instanceof Error ? redactError(caught, secrets) : caught;
        error = caught;
      }
      if (error instanceof RateLimitError) noteRateLimit(error);
      const delay = retryDelay(error, attempt, performance.now() - started, method, retry);
      await runHook(hooks.onError, { method, url, attempt, error, willRetry: delay !== undefined, delayMs: delay }, 'onError', log);
      if (delay === undefined) {
        log.error(`litmos: ${method} ${url} failed after ${attempt} attempt${attempt === 1 ? '' : 's'}: ${error.message}`, { error: error.toJSON() });
        throw error;
      }
      log.warn(`litmos: retrying ${method} ${url} in ${delay} ms after ${error.name} (attempt ${attempt} of ${retry.maxAttempts})`, { status: error.status, delayMs: delay });
      try {
        await sleep(delay, request.signal);
      } catch {
        throw aborted(request, summary, attempt);
      }
    }
  };

  /** Folds a `Retry-After` header into the wait of a 503 (the limiter's pause, if it set one). */
  function noteRateLimit(error: RateLimitError): void {
    const server = parseRetryAfter(error.headers.get('retry-after'));
    const pause = error.retryAfterMs;
    error.retryAfterMs = server === undefined && pause === undefined ? undefined : Math.max(server ?? 0, pause ?? 0);
  }
}
