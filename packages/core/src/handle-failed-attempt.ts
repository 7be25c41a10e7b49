/**
 * What the call pipeline (create-caller.ts) does after an attempt fails: fold a `Retry-After`
 * into a rate-limit refusal's wait, decide whether to try again and after how long (retry.ts),
 * tell the `onError` hook and the log, then either give up with the error or sit out the wait.
 * A call that succeeds never gets here, so the pipeline loads this module with the first failure
 * of a client. It imports nothing at run time but the retry rule (retry-delay.ts, loaded only
 * with it): a bundler would put what it shares with the pipeline in a chunk of its own, so the
 * pipeline hands in what it needs.
 */
import type { RequestInfoSummary, SdkError } from './errors.js';
import type { HttpHooks, runHook, WaitReason } from './hooks.js';
import type { formatDelay, Log } from './logger.js';
import type { ResolvedRetry } from './retry.js';
import type { elapsedMs, RetryBudget } from './retry-budget.js';
import { type RetryRules, retryDelay } from './retry-delay.js';
import type { sleep } from './sleep.js';

/** What a client's failures are handled with: its settings, and the pipeline's helpers. */
export interface FailureSettings {
  readonly retry: ResolvedRetry;
  readonly hooks: HttpHooks;
  readonly log: Log;
  /** Starts every log line (`litmos`). */
  readonly prefix: string;
  /** What the retry rule tells failures apart by (core's `retryRules`). */
  readonly rules: RetryRules;
  readonly formatDelay: typeof formatDelay;
  readonly runHook: typeof runHook;
  readonly elapsedMs: typeof elapsedMs;
  readonly sleep: typeof sleep;
  /** Tells the `onWait` hook (and the log) of the wait before attempt `attempt`. */
  readonly announceWait: (summary: RequestInfoSummary, attempt: number, reason: WaitReason, delayMs: number, status?: number) => Promise<void>;
  /** The error of a call aborted while it waits. */
  readonly aborted: (summary: RequestInfoSummary, attempts: number, signal: AbortSignal | undefined) => Promise<SdkError>;
}

/**
 * Handles the failure `error` (typed and redacted) of the latest attempt of a call: resolves once
 * the call should try again, or rejects with the error to throw (the failure itself, or an
 * abort that came during the wait).
 */
export async function handleFailedAttempt(
  error: SdkError,
  summary: RequestInfoSummary,
  budget: RetryBudget,
  signal: AbortSignal | undefined,
  settings: FailureSettings,
): Promise<void> {
  const { retry, hooks, log, prefix, rules } = settings;
  const { isRateLimitRefusal } = rules;
  // An error raised after the answer (a body cut off, a bad one) counts the attempt it came from.
  if (error.attempts === 0) error.attempts = budget.attempts;
  const attempts = budget.attempts;
  if (isRateLimitRefusal(error)) {
    // A `Retry-After` folds into the wait of a refusal (the limiter's pause, if it set one).
    const server = rules.parseRetryAfter(error.headers.get('retry-after'));
    const pause = error.retryAfterMs;
    error.retryAfterMs = server === undefined && pause === undefined ? undefined : Math.max(server ?? 0, pause ?? 0);
  }
  const delay = retryDelay(error, attempts, settings.elapsedMs(budget), summary.method, retry, rules);
  if (hooks.onError) {
    const event = { method: summary.method, url: summary.url, attempt: attempts, error, willRetry: delay !== undefined, delayMs: delay };
    await settings.runHook(hooks.onError, event, 'onError', log, prefix);
  }
  if (delay === undefined) {
    log.error(`${prefix}: ${summary.method} ${summary.url} failed after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${error.message}`, {
      error: error.toJSON(),
    });
    throw error;
  }
  log.warn(
    `${prefix}: retrying ${summary.method} ${summary.url} in ${settings.formatDelay(delay)} after ${error.name} (attempt ${attempts} of ${retry.maxAttempts})`,
    {
      status: error.status,
      delayMs: delay,
    },
  );
  const reason = isRateLimitRefusal(error) && error.status === 503 ? 'server-503' : 'retry';
  await settings.announceWait(summary, attempts + 1, reason, delay, error.status);
  try {
    await settings.sleep(delay, signal);
  } catch {
    throw await settings.aborted(summary, attempts, signal);
  }
}
