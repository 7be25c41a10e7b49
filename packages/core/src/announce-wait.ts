/**
 * Telling of a wait before an attempt: the `onWait` hook, and a log line for a rate-limit wait of
 * a second or more. Only a wait needs it (the rate limiter's, or a retry's), so send-attempt.ts
 * loads it with a client's first one. The hook runner and the delay format come in as
 * arguments: imported, they would be split out of the main chunk by a bundler.
 */
import type { RequestInfoSummary } from './errors.js';
import type { HttpHooks, runHook, WaitReason } from './hooks.js';
import type { formatDelay, Log } from './logger.js';

/** The client's hooks and log, and the pipeline's helpers. */
export interface AnnounceSettings {
  readonly hooks: HttpHooks;
  readonly log: Log;
  /** Starts every log line (`litmos`). */
  readonly logPrefix: string;
  readonly runHook: typeof runHook;
  readonly formatDelay: typeof formatDelay;
}

/** Announces a pause of `delayMs` before attempt `attempt` (`status`: the answer that caused it, for a retry). */
export async function announceWait(
  settings: AnnounceSettings,
  summary: RequestInfoSummary,
  attempt: number,
  reason: WaitReason,
  delayMs: number,
  status: number | undefined,
): Promise<void> {
  const { hooks, log, logPrefix: prefix } = settings;
  const { method, url } = summary;
  if (hooks.onWait) {
    await settings.runHook(hooks.onWait, { method, url, attempt, reason, delayMs, ...(status === undefined ? {} : { status }) }, 'onWait', log, prefix);
  }
  if (reason === 'rate-limit' && delayMs >= 1000 && log.enabled('info')) {
    log.info(`${prefix}: waiting ${settings.formatDelay(delayMs)} for the rate limit before ${method} ${url}`, { reason, delayMs: Math.round(delayMs) });
  }
}
