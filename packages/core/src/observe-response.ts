/**
 * What an attempt shows once its 2xx answer is in, for those who asked: the debug log line and
 * the `onResponse` hook, with a copy of the response whose body the hook may read. Only a client
 * with that hook or debug logging needs it, so send-attempt.ts loads it with the first such
 * answer. The log and the hook runner come in as arguments: imported, they would be split out
 * of the main chunk by a bundler.
 */
import type { RequestInfoSummary } from './errors.js';
import type { HttpHooks, runHook } from './hooks.js';
import type { Log } from './logger.js';
import { requestIdOf } from './request-id-of.js';
import type { Received } from './transport.js';

/** The client's hooks and log, and the pipeline's hook runner. */
export interface ObserveSettings {
  readonly hooks: HttpHooks;
  readonly log: Log;
  /** Starts every log line (`litmos`). */
  readonly prefix: string;
  readonly runHook: typeof runHook;
}

/** Logs the answer to attempt `attempt` at debug level and hands it to the `onResponse` hook. */
export async function observeResponse(
  received: Received,
  summary: RequestInfoSummary,
  attempt: number,
  durationMs: number,
  settings: ObserveSettings,
): Promise<void> {
  const { hooks, log, prefix } = settings;
  const { response } = received;
  log.debug(`${prefix}: ← ${response.status} ${summary.method} ${summary.url} in ${durationMs} ms`, { attempt, status: response.status, durationMs });
  if (!hooks.onResponse) return;
  // A copy whose body the hook may read: the SDK has read the original.
  const copy = new Response(received.bytes.length ? received.bytes.slice() : null, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  Object.defineProperty(copy, 'url', { value: summary.url });
  const event = {
    method: summary.method,
    url: summary.url,
    attempt,
    status: response.status,
    durationMs,
    requestId: requestIdOf(response.headers),
    response: copy,
  };
  await settings.runHook(hooks.onResponse, event, 'onResponse', log, prefix);
}
