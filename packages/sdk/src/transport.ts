import { apiErrorClass, LitmosAbortError, LitmosConnectionError, LitmosTimeoutError } from './errors.js';
import { redactSecrets, redactUrl } from './redact.js';

/** Settings of the HTTP layer under every SDK call. */
export interface TransportOptions {
  /** The `fetch` to send requests with. */
  readonly fetch: typeof fetch;
  /** Longest time one attempt may take, in milliseconds. */
  readonly timeoutMs: number;
  /** Values that must never appear in errors (the API key). */
  readonly secrets: readonly string[];
}

/**
 * Wraps `fetch` so that every failure becomes a typed `LitmosError`: statuses outside 2xx,
 * connection failures, timeouts and aborts. It is handed to the generated client as its
 * `fetch`, so the generated code never sees a raw failure. Retries and rate limiting will wrap
 * this same function.
 */
export function createTransport(options: TransportOptions): typeof fetch {
  return async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const summary = { method: request.method, url: redactSecrets(redactUrl(request.url), options.secrets) };
    const callerSignal = request.signal;
    const timeout = AbortSignal.timeout(options.timeoutMs);
    let response: Response;
    try {
      response = await options.fetch(request, { signal: AbortSignal.any([callerSignal, timeout]) });
    } catch (error) {
      if (callerSignal.aborted) throw new LitmosAbortError(`${summary.method} ${summary.url} was aborted`, summary, { cause: error });
      if (timeout.aborted) {
        throw new LitmosTimeoutError(`${summary.method} ${summary.url} timed out after ${options.timeoutMs} ms`, summary, { cause: error });
      }
      const reason = redactSecrets(String((error as Error)?.message ?? error), options.secrets);
      throw new LitmosConnectionError(`${summary.method} ${summary.url} failed: ${reason}`, summary, { cause: error });
    }
    if (response.ok) return response;
    const body = redactSecrets(await response.text().catch(() => ''), options.secrets);
    const detail = redactSecrets(errorDetail(body, response), options.secrets);
    const ErrorClass = apiErrorClass(response.status);
    throw new ErrorClass(response.status, detail, body, response.headers, summary);
  };
}

/** Finds the reason in an error body: JSON `Detail`/`Message`, a WCF `<string>`, an HTML title. */
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
