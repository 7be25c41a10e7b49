/**
 * The SDK's errors: one base class, `LitmosError`, and a subclass for every way a call can fail.
 * Messages, `url`, headers, bodies, causes and serialised forms never contain the API key
 * (see redact.ts).
 */

/** Details of the HTTP exchange that failed; `url` is redacted. */
export interface RequestInfoSummary {
  readonly method: string;
  readonly url: string;
}

// A registry symbol, so the check still works when two copies of the SDK are loaded.
const brand = Symbol.for('litmos-kit.error');

/** Response headers that carry a request id, most specific first. */
const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-ms-request-id', 'x-correlation-id', 'x-amzn-requestid'];

/** Reads a request id from response headers, when Litmos or a proxy sent one. @internal */
export function requestIdOf(headers: Headers | undefined): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers?.get(name);
    if (value) return value;
  }
  return undefined;
}

/** Base class of every error the SDK throws for a failed call. */
export class LitmosError extends Error {
  override name = 'LitmosError';
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

/** Litmos answered with a status outside 2xx. */
export class LitmosApiError extends LitmosError {
  override name = 'LitmosApiError';
  /** The HTTP status code. */
  declare readonly status: number;
  /** The response headers (values redacted). */
  readonly headers: Headers;
  /** The raw response body as text (may be XML, JSON, HTML or empty), redacted. */
  readonly body: string;
  /** The reason Litmos gave, from the body (`Detail`, an XML string) or the status text. */
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

/** 400: the URL or the body is malformed. */
export class BadRequestError extends LitmosApiError {
  override name = 'BadRequestError';
}
/** 401: the API key is missing or wrong, or the account has no API access. */
export class AuthenticationError extends LitmosApiError {
  override name = 'AuthenticationError';
}
/** 403: the key's access level, a disabled feature or a business rule refuses the call. */
export class PermissionDeniedError extends LitmosApiError {
  override name = 'PermissionDeniedError';
}
/** 404: the record does not exist. */
export class NotFoundError extends LitmosApiError {
  override name = 'NotFoundError';
}
/** 406: a bad `since`/`to` range (over 7 days, wrong form) or `limit` above 1000. */
export class NotAcceptableError extends LitmosApiError {
  override name = 'NotAcceptableError';
}
/** 409: the request collides with existing data. */
export class ConflictError extends LitmosApiError {
  override name = 'ConflictError';
}
/** 503: more than 100 requests in 60 seconds with this key (or a passing overload). */
export class RateLimitError extends LitmosApiError {
  override name = 'RateLimitError';
  /**
   * How long the SDK waited (or would have waited) before replaying, in milliseconds: the
   * `Retry-After` header or the time until the rate-limit window has room, whichever is longer.
   */
  retryAfterMs: number | undefined;
}
/** Any other 5xx: a failure on Litmos' side. */
export class InternalServerError extends LitmosApiError {
  override name = 'InternalServerError';
}

const byStatus: Record<number, typeof LitmosApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  406: NotAcceptableError,
  409: ConflictError,
  503: RateLimitError,
};

/** Picks the error class for an HTTP status. @internal */
export function apiErrorClass(status: number): typeof LitmosApiError {
  return byStatus[status] ?? (status >= 500 ? InternalServerError : LitmosApiError);
}

/** The request never got a complete answer: DNS, refused or reset connection, TLS, a cut body. */
export class LitmosConnectionError extends LitmosError {
  override name = 'LitmosConnectionError';
}

/** An attempt took longer than the configured timeout. */
export class LitmosTimeoutError extends LitmosError {
  override name = 'LitmosTimeoutError';
}

/** The caller's `AbortSignal` stopped the call: during a request, between pages or while waiting. */
export class LitmosAbortError extends LitmosError {
  override name = 'LitmosAbortError';
}

/** A listing read more pages than `maxPages` allows: a guard against a server that never ends a list. */
export class LitmosPageLimitError extends LitmosError {
  override name = 'LitmosPageLimitError';
}

/** A 2xx body could not be read as the XML or JSON it claimed to be (HTML page, truncation). */
export class LitmosParseError extends LitmosError {
  override name = 'LitmosParseError';
  /** The body as received (with the API key redacted, should the server have echoed it). */
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

/** One problem found by schema validation: a zod issue (`code`, `expected`, … are kept as zod gave them). */
export interface ValidationIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
  readonly [detail: string]: unknown;
}

/** A body parsed, but its content does not match the spec's schema. */
export class LitmosValidationError extends LitmosError {
  override name = 'LitmosValidationError';
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

/** True for any error thrown by this SDK, even across copies of the package. */
export function isLitmosError(error: unknown): error is LitmosError {
  return typeof error === 'object' && error !== null && (error as { [brand]?: unknown })[brand] === true;
}
