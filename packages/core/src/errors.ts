/**
 * The errors every litmos-kit SDK throws: one base class, `SdkError`, and a class for each way a
 * call can fail. They name no API: an SDK either throws them as they are (iSpring, Xbox) or
 * subclasses them under its own names (the Litmos SDK's `LitmosApiError`, `RateLimitError`, …)
 * and hands its classes to the runtime as an `ErrorClasses` set. Messages, `url`, headers,
 * bodies, causes and serialised forms never contain a secret (see redact.ts).
 */
import { requestIdOf } from './request-id-of.js';

/** Details of the HTTP exchange that failed; `url` is redacted. */
export interface RequestInfoSummary {
  readonly method: string;
  readonly url: string;
}

// Registry symbols, so the checks (error-checks.ts) still work when two copies of the package are loaded.
const brand = Symbol.for('litmos-kit.error');
// The kind of failure, for the retry rule (`errorKindOf`): abort, api, connection, parse or timeout.
const kind = Symbol.for('litmos-kit.error-kind');
/** Marks an API error that is the server refusing a request over its rate limit (see `isRateLimitRefusal`). */
export const rateLimitRefusal: unique symbol = Symbol.for('litmos-kit.rate-limit-refusal') as never;

/** Base class of every error a litmos-kit SDK throws for a failed call. */
export class SdkError extends Error {
  override name = 'SdkError';
  readonly [brand] = true;
  /** HTTP method of the failed request, when there was one. */
  readonly method: string | undefined;
  /** URL of the failed request with secrets redacted, when there was one. */
  readonly url: string | undefined;
  /** HTTP status of the response, when one arrived. */
  readonly status: number | undefined;
  /** A request id from the response headers, when one arrived with such a header. */
  readonly requestId: string | undefined;
  /**
   * How many HTTP attempts the failed request took, retries included. 0 when the error did not
   * come from sending (bad body after a 2xx, abort before the first attempt).
   */
  attempts = 0;

  constructor(message: string, request?: RequestInfoSummary, options?: ErrorOptions) {
    super(message, options);
    this.method = request?.method;
    this.url = request?.url;
    this.status = undefined;
    this.requestId = undefined;
  }

  /** A plain object for logs and `JSON.stringify`; holds nothing secret. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      method: this.method,
      url: this.url,
      status: this.status,
      requestId: this.requestId,
      attempts: this.attempts,
    };
  }
}

/** The server answered with a status outside 2xx. */
export class ApiError extends SdkError {
  override name = 'ApiError';
  readonly [kind] = 'api';
  /** The HTTP status code. */
  declare readonly status: number;
  /** The response headers (values redacted). */
  readonly headers: Headers;
  /** The raw response body as text (may be XML, JSON, HTML or empty), redacted. */
  readonly body: string;
  /** The reason the server gave, from the body or the status text. */
  readonly detail: string;

  constructor(status: number, detail: string, body: string, headers: Headers, request: RequestInfoSummary) {
    super(`${request.method} ${request.url} failed with ${status}: ${detail}`, request);
    (this as { status: number }).status = status;
    (this as { requestId: string | undefined }).requestId = requestIdOf(headers);
    this.detail = detail;
    this.body = body;
    this.headers = headers;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), detail: this.detail };
  }
}

/**
 * 429: the server refused the request because too many came in. It was refused before anything
 * ran, so it is replayed whatever the method, after `Retry-After`.
 */
export class TooManyRequestsError extends ApiError {
  override name = 'TooManyRequestsError';
  readonly [rateLimitRefusal] = true;
  /** How long the SDK waited (or would have waited) before replaying, in milliseconds. */
  retryAfterMs: number | undefined;
}

/** An API error that is the server refusing a request over its rate limit, before acting on it (see `isRateLimitRefusal`). */
export type RateLimitRefusal = ApiError & { readonly [rateLimitRefusal]: true; retryAfterMs: number | undefined };

/** The request never got a complete answer: DNS, refused or reset connection, TLS, a cut body. */
export class ConnectionError extends SdkError {
  override name = 'ConnectionError';
  readonly [kind] = 'connection';
}

/** An attempt took longer than the configured timeout. */
export class TimeoutError extends SdkError {
  override name = 'TimeoutError';
  readonly [kind] = 'timeout';
}

/** The caller's `AbortSignal` stopped the call: during a request, between pages or while waiting. */
export class AbortError extends SdkError {
  override name = 'AbortError';
  readonly [kind] = 'abort';
}

/**
 * The server answered with a redirect that was not followed: to another origin, from https to
 * http, to something that is not an http(s) URL, or one hop too many. Following it would send
 * the credentials (a custom header such as `apikey`, which `fetch` keeps across origins) and
 * any request body to a host the caller never named.
 */
export class RedirectError extends SdkError {
  override name = 'RedirectError';
  /** Where the redirect pointed, with secrets redacted; `undefined` when it had no usable `Location`. */
  readonly location: string | undefined;

  constructor(message: string, request: RequestInfoSummary, status: number, location: string | undefined) {
    super(message, request);
    (this as { status: number }).status = status;
    this.location = location;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), location: this.location };
  }
}

/**
 * A response body grew past `maxResponseBytes` (counted after decompression). The read was
 * stopped there, so a huge page or a compression bomb cannot exhaust the process's memory.
 */
export class ResponseTooLargeError extends SdkError {
  override name = 'ResponseTooLargeError';
  /** The limit that was exceeded, in bytes. */
  readonly limitBytes: number;

  constructor(message: string, request: RequestInfoSummary, status: number, limitBytes: number) {
    super(message, request);
    (this as { status: number }).status = status;
    this.limitBytes = limitBytes;
  }
}

/** A listing read more pages than `maxPages` allows: a guard against a server that never ends a list. */
export class PageLimitError extends SdkError {
  override name = 'PageLimitError';
}

/** A 2xx body could not be read as the XML or JSON it claimed to be (HTML page, truncation). */
export class ParseError extends SdkError {
  override name = 'ParseError';
  readonly [kind] = 'parse';
  /** The body as received (with secrets redacted, should the server have echoed one). */
  readonly body: string;
  /** The response's `Content-Type` header. */
  readonly contentType: string | null;

  constructor(message: string, body: string, contentType: string | null, request?: RequestInfoSummary, options?: ErrorOptions) {
    super(message, request, options);
    this.body = body;
    this.contentType = contentType;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), contentType: this.contentType, bodyLength: this.body.length };
  }
}

/**
 * One place where a body differs from the spec's schema: `path` from the body's root, `code` the
 * kind of difference (a `DriftKind`: `missing`, `unknown`, …), and `expected`/`received` as the
 * decoder saw them.
 */
export interface ValidationIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
  readonly [detail: string]: unknown;
}

/** A body parsed, but its content does not match the spec's schema. */
export class ValidationError extends SdkError {
  override name = 'ValidationError';
  /** What did not match, with the path of each problem. */
  readonly issues: readonly ValidationIssue[];
  /** The decoded value that failed validation. */
  readonly value: unknown;

  constructor(message: string, issues: readonly ValidationIssue[], value: unknown, request?: RequestInfoSummary) {
    super(message, request);
    this.issues = issues;
    this.value = value;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issues: this.issues.map(({ path, message, code }) => ({ path: path.map(String), message, code })) };
  }
}

/** A constructor of `ApiError` or a subclass. */
export type ApiErrorClass = new (status: number, detail: string, body: string, headers: Headers, request: RequestInfoSummary) => ApiError;
type MessageErrorClass<E> = new (message: string, request?: RequestInfoSummary, options?: ErrorOptions) => E;

/**
 * The classes the runtime throws, so that an SDK can throw its own subclasses (with its own
 * names and status mapping) while transport, retries and paging stay shared.
 */
export interface ErrorClasses {
  /**
   * The class for an HTTP status outside 2xx. The body and status text are there for APIs whose
   * status alone does not tell the kind (Litmos answers 503 both for its rate limit and, through
   * a gateway, for an outage).
   */
  readonly apiError: (status: number, body: string, statusText: string) => ApiErrorClass;
  readonly ConnectionError: MessageErrorClass<ConnectionError>;
  readonly TimeoutError: MessageErrorClass<TimeoutError>;
  readonly AbortError: MessageErrorClass<AbortError>;
  readonly PageLimitError: MessageErrorClass<PageLimitError>;
  readonly RedirectError: new (message: string, request: RequestInfoSummary, status: number, location: string | undefined) => RedirectError;
  readonly ResponseTooLargeError: new (message: string, request: RequestInfoSummary, status: number, limitBytes: number) => ResponseTooLargeError;
  readonly ParseError: new (message: string, body: string, contentType: string | null, request?: RequestInfoSummary, options?: ErrorOptions) => ParseError;
  readonly ValidationError: new (message: string, issues: readonly ValidationIssue[], value: unknown, request?: RequestInfoSummary) => ValidationError;
}

/** The classes of this module: `ApiError` for every status but 429, which is `TooManyRequestsError`. */
export const defaultErrorClasses: ErrorClasses = {
  apiError: (status) => (status === 429 ? TooManyRequestsError : ApiError),
  ConnectionError,
  TimeoutError,
  AbortError,
  PageLimitError,
  RedirectError,
  ResponseTooLargeError,
  ParseError,
  ValidationError,
};
