import type { HttpRequest } from './build-request.js';
import { createDeadlines } from './create-deadlines.js';
import { isSdkError } from './error-checks.js';
import type { RequestInfoSummary } from './errors.js';
import type { RefusedRedirect } from './follow-redirects.js';
import { lazyErrorRedactor } from './lazy-error-redactor.js';
import { type ErrorClassesSource, errorClassesOf, notLoaded } from './load-error-classes.js';
import { loadOnce } from './load-once.js';
import { readBody } from './read-body.js';
import { redactSecrets, redactUrl } from './redact.js';
import type { TransportFailures } from './transport-failures.js';

/** Settings of one HTTP attempt. */
export interface TransportOptions {
  /** The `fetch` to send requests with. */
  readonly fetch: typeof fetch;
  /** Longest time one attempt may take, body included, in milliseconds. */
  readonly timeoutMs: number;
  /**
   * Longest response body read, in bytes, counted after decompression; a longer one fails the
   * attempt with a `ResponseTooLargeError` as soon as the count passes it.
   * @default DEFAULT_MAX_RESPONSE_BYTES
   */
  readonly maxResponseBytes?: number;
  /** Values that must never appear in errors (API keys, tokens, passwords). */
  readonly secrets: readonly string[];
  /** The classes to throw, or their loader (see `ErrorClassesSource`). */
  readonly errors: ErrorClassesSource;
}

/**
 * The default `maxResponseBytes`: 32 MiB. The largest real page (1,000 records of the widest
 * Litmos list, in XML) is a few megabytes; parsing takes tens of times the body in memory, so a
 * limit far above real pages still keeps a hostile body from taking the process down.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

/** A 2xx answer with its body read: the response (whose body is used up) and the body. */
export interface Received {
  /** The HTTP response; its `url` is the redacted request URL and its body has been read. */
  readonly response: Response;
  /** The body as text: checked UTF-8, or converted from the charset the response declares. */
  readonly text: string;
  /** The body as received. */
  readonly bytes: Uint8Array<ArrayBuffer>;
  /** The response's `Content-Type` header (`null` when it sends none), read once for the text and the decoder. */
  readonly contentType: string | null;
}

/** Sends one attempt of a request and returns the answer with its body read. */
export type Transport = (request: HttpRequest, summary: RequestInfoSummary, signal?: AbortSignal) => Promise<Received>;

// Statuses whose responses cannot carry a body.
const NULL_BODY = new Set([101, 204, 205, 304]);
const EMPTY = new Uint8Array(0);

/**
 * The method and redacted URL of a request, as errors, hooks and logs show them. Redacted at
 * once: the transport compares it with the URL sent on every answer (see `createTransport`).
 */
export function summarize(request: Pick<HttpRequest, 'method' | 'url'>, secrets: readonly string[]): RequestInfoSummary {
  return { method: request.method, url: redactSecrets(redactUrl(request.url), secrets) };
}

/**
 * Makes one HTTP attempt and turns every failure into a typed `SdkError`: statuses outside
 * 2xx, connection failures, timeouts and aborts, redirects it will not follow, oversized bodies
 * and 2xx text that is not valid UTF-8. The body is read here, once, inside the attempt, so the
 * timeout covers it and a connection cut mid-body is a (retryable) connection error rather
 * than a truncated document. Retries, rate limiting and hooks wrap this (send-attempt.ts,
 * create-caller.ts).
 */
export function createTransport(options: TransportOptions): Transport {
  const { secrets, timeoutMs, maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES, errors } = options;
  const builtIn = options.fetch === globalThis.fetch;
  const deadlines = createDeadlines(timeoutMs);
  const redactor = lazyErrorRedactor(secrets);
  // The errors of failed attempts load with the first one (transport-failures.ts).
  const loadFailures = loadOnce(() => import('./transport-failures.js'));
  const failures = async (summary: RequestInfoSummary): Promise<TransportFailures> => {
    const [classes, loaded, { createTransportFailures }] = await Promise.all([
      errorClassesOf(errors, summary),
      redactor(summary),
      loadFailures().catch((error: unknown) => {
        throw notLoaded(summary, 'the errors of failed attempts', error);
      }),
    ]);
    return createTransportFailures({ classes, redactor: loaded, timeoutMs, isSdkError, redactUrl });
  };
  return async (request, summary, caller) => {
    if (caller?.aborted) throw (await failures(summary)).aborted(summary, caller.reason);
    // One controller for the caller's abort and the timeout. The listener and the deadline are
    // removed after the attempt: a signal reused for thousands of pages must not pile them up.
    const controller = new AbortController();
    let timedOut = false;
    const deadline = deadlines.start(() => {
      timedOut = true;
      controller.abort(new DOMException(`timed out after ${timeoutMs} ms`, 'TimeoutError'));
    });
    const onAbort = caller && (() => controller.abort(caller.reason));
    if (onAbort) caller.addEventListener('abort', onAbort, { once: true });
    let response: Response;
    let redirected = false;
    let bytes: Uint8Array<ArrayBuffer> = EMPTY;
    try {
      // One init object, not a Request: fetch would build its own Request from ours again.
      const init: RequestInit = { method: request.method, headers: request.headers, body: request.body || null, signal: controller.signal, redirect: 'manual' };
      response = await options.fetch(request.url, init);
      // Redirects are rare for an API: their checks load with the first 3xx (any 3xx the
      // module does not follow comes back from it as it is, and fails below as not ok).
      if (response.status >= 300 && response.status < 400) {
        const [{ followRedirects }, failed] = await Promise.all([import('./follow-redirects.js'), failures(summary)]);
        const refuse = (refused: RefusedRedirect): never => {
          throw failed.redirect(summary, refused);
        };
        response = await followRedirects(options.fetch, request, response, controller.signal, refuse);
        redirected = true;
      }
      if (!NULL_BODY.has(response.status)) {
        const read = readsAtOnce(response, maxResponseBytes, builtIn)
          ? new Uint8Array(await response.arrayBuffer())
          : await readBody(response, maxResponseBytes);
        if (!read) {
          controller.abort();
          throw (await failures(summary)).tooLarge(summary, response.status, maxResponseBytes);
        }
        bytes = read;
      }
    } catch (error) {
      const aborted = caller?.aborted === true;
      throw (await failures(summary)).attempt(error, summary, aborted, timedOut);
    } finally {
      deadline.clear();
      if (onAbort) caller.removeEventListener('abort', onAbort);
    }
    if (!response.ok) throw await (await failures(summary)).api(response, bytes, summary);
    // The caller sees the redacted request URL: a key sent as a query parameter must not leak
    // through it. The runtime's own fetch already reports the request URL when no redirect was
    // followed, so that response is left as it is unless the URL holds a secret: an own property
    // on a response costs more than the rest of the SDK's work on a short page.
    if (!builtIn || redirected || summary.url !== request.url) Object.defineProperty(response, 'url', { value: summary.url });
    const contentType = response.headers.get('content-type');
    const text = textOf(bytes, contentType);
    if (text === undefined) throw (await failures(summary)).badText(summary, response.status, charsetOf(contentType ?? '') ?? '', bytes, contentType);
    return { response, text, bytes, contentType };
  };
}

/**
 * Whether the body can be read in one go rather than counted chunk by chunk: a response from the
 * runtime's own `fetch` with a declared length within the limit and no `Content-Encoding`. Its
 * HTTP parser stops at the declared length, so the length is what arrives, and most pages are small.
 */
function readsAtOnce(response: Response, maxBytes: number, builtIn: boolean): boolean {
  if (!builtIn) return false;
  const { headers } = response;
  const length = headers.get('content-length');
  return length !== null && Number(length) <= maxBytes && headers.get('content-encoding') === null;
}

/** Media types read as text: JSON, XML, HTML, plain text. */
const TEXT_TYPE = /^(?:text\/|application\/(?:[\w.+-]*\+)?(?:json|xml)\b)/i;
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)"?/i;
const utf8 = new TextDecoder('utf-8', { fatal: true });

// A client sees the same one or two Content-Types on every answer: the last one read is kept.
let lastType: string | undefined;
let lastCharset: string | undefined;

/** The charset a text body is read in (`utf-8` when it names none); `undefined` for a binary type. */
function charsetOf(contentType: string): string | undefined {
  if (contentType === lastType) return lastCharset;
  let charset: string | undefined;
  if (!contentType || TEXT_TYPE.test(contentType)) {
    charset = CHARSET.exec(contentType)?.[1]?.toLowerCase() ?? 'utf-8';
    if (/^utf-?8$/.test(charset)) charset = 'utf-8';
  }
  lastType = contentType;
  lastCharset = charset;
  return charset;
}
const lenient = new TextDecoder();

/**
 * The body as text. Text (by its type, or a body that names none) is checked, or converted from
 * the charset it declares: decoding bad bytes as UTF-8 would silently turn them into U+FFFD and
 * store a garbled name. Binary types are decoded leniently (they fail later, as no data format).
 * `undefined` for text that is not valid in its charset.
 */
function textOf(bytes: Uint8Array, contentType: string | null): string | undefined {
  if (bytes.length === 0) return '';
  const charset = charsetOf(contentType ?? '');
  if (charset === undefined) return lenient.decode(bytes);
  try {
    return charset === 'utf-8' ? utf8.decode(bytes) : new TextDecoder(charset, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
