import type { SdkError } from './errors.js';
import type { Log } from './logger.js';

/** One HTTP attempt about to be sent. `url` is redacted; the request itself is not handed out, as it carries the credentials. */
export interface HttpRequestEvent {
  readonly method: string;
  readonly url: string;
  /** 1 for the first attempt, 2 for the first retry, … */
  readonly attempt: number;
}

/** A 2xx response to one attempt. */
export interface HttpResponseEvent extends HttpRequestEvent {
  readonly status: number;
  /** Time from sending to the end of the body, in milliseconds. */
  readonly durationMs: number;
  readonly requestId: string | undefined;
  /** A copy of the response; reading its body does not disturb the SDK. */
  readonly response: Response;
}

/** A failed attempt. */
export interface HttpErrorEvent extends HttpRequestEvent {
  readonly error: SdkError;
  /** Whether the SDK will try again, after `delayMs`. */
  readonly willRetry: boolean;
  readonly delayMs: number | undefined;
}

/**
 * Why the SDK holds a request before sending it:
 * - `rate-limit`: the client's own pacing (`rateLimit`) waits for room in the key's budget;
 * - `server-503`: the server refused the last attempt with a 503 over its rate limit (Litmos'
 *   answer) and the SDK sits out the pause before sending it again;
 * - `retry`: backoff after any other failed attempt (connection failure, timeout, 5xx, a 429
 *   refusal of another API; `status` tells them apart).
 */
export type WaitReason = 'rate-limit' | 'retry' | 'server-503';

/** A pause before an attempt is sent. `attempt` is the attempt that waits. */
export interface HttpWaitEvent extends HttpRequestEvent {
  readonly reason: WaitReason;
  /**
   * How long the SDK waits, in milliseconds. For `rate-limit` it is the expected wait: a
   * request still in flight can free a slot sooner, and the limiter then sends earlier.
   */
  readonly delayMs: number;
  /** The status of the failed attempt (`retry`, `server-503`), when it had one. */
  readonly status?: number | undefined;
}

/**
 * Callbacks around every HTTP attempt, for metrics and tracing. They observe; to change
 * requests, pass your own `fetch`. They may be async (they are awaited), and an exception in
 * one is logged and otherwise ignored, so a broken hook never fails a call.
 */
export interface HttpHooks {
  readonly onRequest?: (event: HttpRequestEvent) => void | Promise<void>;
  readonly onResponse?: (event: HttpResponseEvent) => void | Promise<void>;
  readonly onError?: (event: HttpErrorEvent) => void | Promise<void>;
  /** Before every pause: rate-limit pacing, a server's rate-limit refusal, retry backoff. */
  readonly onWait?: (event: HttpWaitEvent) => void | Promise<void>;
}

/**
 * Calls one hook, if set, keeping its failure away from the call. `prefix` starts the log line
 * (`litmos`, `ispring`, …) so that a shared log tells the SDKs apart.
 */
export async function runHook<E>(hook: ((event: E) => void | Promise<void>) | undefined, event: E, name: string, log: Log, prefix: string): Promise<void> {
  if (!hook) return;
  try {
    await hook(event);
  } catch (error) {
    log.warn(`${prefix}: the ${name} hook threw; ignored`, { error: String((error as Error)?.message ?? error) });
  }
}

/**
 * Checks the hooks object.
 * @throws {TypeError} when a hook is not a function.
 */
export function resolveHooks(hooks: HttpHooks | undefined): HttpHooks {
  if (hooks === undefined) return {};
  if (typeof hooks !== 'object' || hooks === null) throw new TypeError('Expected `hooks` to be an object');
  for (const name of ['onRequest', 'onResponse', 'onError', 'onWait'] as const) {
    if (hooks[name] !== undefined && typeof hooks[name] !== 'function') throw new TypeError(`Expected \`hooks.${name}\` to be a function`);
  }
  return hooks;
}
