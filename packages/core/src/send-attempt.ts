/**
 * One attempt of a call, as the pipeline (create-caller.ts) makes it: a slot from the rate
 * limiter (when there is one and the call is paced), the request hook, the transport, the
 * response hook. The limiter is inside the retry loop on purpose: every retry spends budget
 * too, and a rate-limit refusal pauses the limiter before the replay.
 */
import type { HttpRequest } from './build-request.js';
import { isRateLimitRefusal, isSdkError } from './error-checks.js';
import type { RequestInfoSummary } from './errors.js';
import { type HttpHooks, runHook, type WaitReason } from './hooks.js';
import { loadOnce } from './load-once.js';
import { formatDelay, type Log } from './logger.js';
import type { RetryBudget } from './retry-budget.js';
import type { Received, Transport } from './transport.js';

/** A granted request slot of a `RequestLimiter`. */
export interface RequestLimiterSlot {
  /**
   * Stamps the slot as finished and frees it. With `rateLimited` (the server refused the request
   * over its rate limit) it first pauses the limiter, before any queued request can take the
   * slot, and returns the pause in ms (`undefined` when none was recorded). A limiter that can
   * free the slot at once returns `undefined` instead of a promise.
   */
  release(rateLimited?: boolean): Promise<number | undefined> | undefined;
}

/** Client-side pacing: hands out one slot per HTTP attempt (the Litmos SDK's `RateLimiter` is one). */
export interface RequestLimiter {
  /**
   * Waits for a slot, or returns it at once (no promise) when one is free; rejects with the
   * signal's reason when it aborts first. Calls `onWait`
   * (and awaits it) before it starts to wait, with the expected wait in ms.
   */
  acquire(signal?: AbortSignal, onWait?: (delayMs: number) => Promise<void>): RequestLimiterSlot | Promise<RequestLimiterSlot>;
}

/** What `createAttempt` composes. */
export interface AttemptSettings {
  readonly transport: Transport;
  readonly hooks: HttpHooks;
  readonly log: Log;
  /** Starts every log line (`litmos`, `ispring`, `xbox`), so a shared log tells the SDKs apart. */
  readonly logPrefix: string;
  /** The API's name in log lines (`Litmos`). */
  readonly service: string;
  /** Client-side pacing, when the API needs it. */
  readonly limiter?: RequestLimiter | undefined;
}

/** Makes one attempt of `request`; `paced: false` skips the limiter (a host it does not cover). */
export type Attempt = (
  request: HttpRequest,
  summary: RequestInfoSummary,
  budget: RetryBudget,
  signal: AbortSignal | undefined,
  paced: boolean,
) => Promise<Received>;

// What tells of a wait loads with a client's first wait (announce-wait.ts).
const loadAnnouncer = loadOnce(() => import('./announce-wait.js').then((loaded) => loaded.announceWait));

/** Announces a pause before an attempt to the `onWait` hook; a rate-limit wait of a second or more is logged too. */
export async function announceWait(
  settings: Pick<AttemptSettings, 'hooks' | 'log' | 'logPrefix'>,
  summary: RequestInfoSummary,
  attempt: number,
  reason: WaitReason,
  delayMs: number,
  status?: number,
): Promise<void> {
  const tell = await loadAnnouncer();
  await tell({ ...settings, runHook, formatDelay }, summary, attempt, reason, delayMs, status);
}

// The debug line and `onResponse` hook of an answer load with the first one observed.
const loadObserver = loadOnce(() => import('./observe-response.js').then((loaded) => loaded.observeResponse));

/** Builds the attempt of a client. */
export function createAttempt(settings: AttemptSettings): Attempt {
  const { transport, limiter, hooks, log, logPrefix: prefix, service } = settings;
  return async (request, summary, budget, signal, paced) => {
    // A rejection here (an abort while waiting, a failing store) is the caller's to type.
    // A limiter may grant a slot at once (no promise) or after waiting.
    const granted =
      paced && limiter ? limiter.acquire(signal, (delayMs) => announceWait(settings, summary, budget.attempts + 1, 'rate-limit', delayMs)) : undefined;
    const slot = granted instanceof Promise ? await granted : granted;
    // Counted once a slot is granted: an attempt that never left does not use up the budget.
    const attempt = ++budget.attempts;
    const observed = hooks.onResponse !== undefined || log.enabled('debug');
    const started = observed ? performance.now() : 0;
    let received: Received;
    try {
      if (hooks.onRequest) await runHook(hooks.onRequest, { method: summary.method, url: summary.url, attempt }, 'onRequest', log, prefix);
      if (log.enabled('debug')) log.debug(`${prefix}: → ${summary.method} ${summary.url}`, { attempt });
      received = await transport(request, summary, signal);
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
      const released = slot?.release();
      if (released) await released;
    }
    if (observed) {
      const durationMs = Math.round(performance.now() - started);
      const observe = await loadObserver();
      await observe(received, summary, attempt, durationMs, { hooks, log, prefix, runHook });
    }
    return received;
  };
}
