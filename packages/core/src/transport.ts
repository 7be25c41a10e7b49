import { defaultErrorClasses, type ErrorClasses, isSdkError, type RequestInfoSummary, type SdkError } from './errors.js';
import { redactError, redactHeaders, redactSecrets, redactUrl } from './redact.js';

/** Settings of one HTTP attempt. */
export interface TransportOptions {
  /** The `fetch` to send requests with. */
  readonly fetch: typeof fetch;
  /** Longest time one attempt may take, body included, in milliseconds. */
  readonly timeoutMs: number;
  /** Values that must never appear in errors (API keys, tokens, passwords). */
  readonly secrets: readonly string[];
  /**
   * The classes to throw.
   * @default defaultErrorClasses
   */
  readonly errors?: ErrorClasses;
}

/** Sends one attempt of a request and returns its response with the body already read. */
export type Transport = (request: Request, summary?: RequestInfoSummary) => Promise<Response>;

// Statuses whose responses cannot carry a body (a Response with one would throw).
const NULL_BODY = new Set([101, 204, 205, 304]);

/** The method and redacted URL of a request, as errors and logs show them. */
export function summarize(request: Request, secrets: readonly string[]): RequestInfoSummary {
  return { method: request.method, url: redactSecrets(redactUrl(request.url), secrets) };
}

/**
 * Makes one HTTP attempt and turns every failure into a typed `SdkError`: statuses outside
 * 2xx, connection failures, timeouts and aborts. The body is read here, inside the attempt, so
 * the timeout covers it and a connection cut mid-body is a (retryable) connection error rather
 * than a truncated document. Retries, rate limiting and hooks wrap this (create-fetch.ts).
 */
export function createTransport(options: TransportOptions): Transport {
  const { secrets, timeoutMs, errors = defaultErrorClasses } = options;
  return async (request, known) => {
    const summary = known ?? summarize(request, secrets);
    const caller = request.signal;
    if (caller.aborted) throw redactError(new errors.AbortError(`${summary.method} ${summary.url} was aborted`, summary, { cause: caller.reason }), secrets);
    // One controller for the caller's abort and the timeout. Listeners and the timer are
    // removed after the attempt: a signal reused for thousands of pages must not pile them up.
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new DOMException(`timed out after ${timeoutMs} ms`, 'TimeoutError'));
    }, timeoutMs);
    const onAbort = () => controller.abort(caller.reason);
    caller.addEventListener('abort', onAbort, { once: true });
    let response: Response;
    let body: ArrayBuffer | null;
    try {
      response = await options.fetch(request, { signal: controller.signal });
      body = NULL_BODY.has(response.status) ? null : await response.arrayBuffer();
    } catch (error) {
      throw redactError(failure(error, summary, caller.aborted, timedOut, timeoutMs, secrets, errors), secrets);
    } finally {
      clearTimeout(timer);
      caller.removeEventListener('abort', onAbort);
    }
    if (!response.ok) throw redactError(apiError(response, body, summary, secrets, errors), secrets);
    const copy = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    Object.defineProperty(copy, 'url', { value: summary.url });
    return copy;
  };
}

function failure(
  error: unknown,
  summary: RequestInfoSummary,
  aborted: boolean,
  timedOut: boolean,
  timeoutMs: number,
  secrets: readonly string[],
  errors: ErrorClasses,
): SdkError {
  if (isSdkError(error)) return error;
  const where = `${summary.method} ${summary.url}`;
  if (aborted) return new errors.AbortError(`${where} was aborted`, summary, { cause: error });
  if (timedOut) return new errors.TimeoutError(`${where} timed out after ${timeoutMs} ms`, summary, { cause: error });
  // undici says only "fetch failed"; the reason (ECONNREFUSED, ECONNRESET, …) is in its cause.
  const inner = (error as Error)?.cause as Error | undefined;
  const reason = [error, inner]
    .filter(Boolean)
    .map((e) => String((e as Error).message ?? e))
    .join(': ');
  return new errors.ConnectionError(`${where} failed: ${redactSecrets(reason, secrets)}`, summary, { cause: error });
}

function apiError(response: Response, body: ArrayBuffer | null, summary: RequestInfoSummary, secrets: readonly string[], errors: ErrorClasses): SdkError {
  const text = redactSecrets(body ? new TextDecoder().decode(body) : '', secrets);
  const detail = redactSecrets(errorDetail(text, response), secrets);
  const ErrorClass = errors.apiError(response.status);
  return new ErrorClass(response.status, detail, text, redactHeaders(response.headers, secrets), summary);
}

/**
 * Finds the reason in an error body: JSON `Detail`/`Message`/`message`/`detail` (Litmos, most
 * JSON APIs), a WCF `<string>` (Litmos), an HTML title (proxies), or short plain text.
 */
function errorDetail(body: string, response: Response): string {
  const text = body.trim();
  if (text.startsWith('{')) {
    try {
      const json = JSON.parse(text) as Record<string, unknown>;
      const detail = json.Detail ?? json.Message ?? json.message ?? json.detail;
      if (typeof detail === 'string' && detail) return detail;
    } catch {
      // not JSON after all; fall through to the other forms
    }
  }
  const xmlString = /^<string\b[^>]*>([\s\S]*?)<\/string>$/.exec(text);
  if (xmlString?.[1]) return xmlString[1].trim();
  const title = /<title>([\s\S]*?)<\/title>/i.exec(text);
  if (title?.[1]?.trim()) return title[1].trim();
  if (text && !text.startsWith('<') && text.length <= 300) return text;
  return response.statusText || `HTTP ${response.status}`;
}
