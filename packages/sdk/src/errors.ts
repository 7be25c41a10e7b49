/**
 * The SDK's errors: one base class, `LitmosError`, and a subclass for every way a call can fail.
 * Messages, `url` and serialised forms never contain the API key (see redact.ts).
 */

/** Details of the HTTP exchange that failed; `url` is redacted. */
export interface RequestInfoSummary {
  readonly method: string;
  readonly url: string;
}

// A registry symbol, so the check still works when two copies of the SDK are loaded.
const brand = Symbol.for('litmos-kit.error');

/** Base class of every error the SDK throws for a failed call. */
export class LitmosError extends Error {
  override name = 'LitmosError';
  readonly [brand] = true;
  /** HTTP method of the failed request, when there was one. */
  readonly method: string | undefined;
  /** URL of the failed request with secrets redacted, when there was one. */
  readonly url: string | undefined;

  constructor(message: string, request?: RequestInfoSummary, options?: ErrorOptions) {
    super(message, options);
    this.method = request?.method;
    this.url = request?.url;
  }

  /** A plain object for logs and `JSON.stringify`; holds nothing secret. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, method: this.method, url: this.url };
  }
}

/** Litmos answered with a status outside 2xx. */
export class LitmosApiError extends LitmosError {
  override name = 'LitmosApiError';
  /** The HTTP status code. */
  readonly status: number;
  /** The response headers. */
  readonly headers: Headers;
  /** The raw response body as text (may be XML, JSON, HTML or empty). */
  readonly body: string;
  /** The reason Litmos gave, from the body (`Detail`, an XML string) or the status text. */
  readonly detail: string;
  /** A request id from the response headers, when Litmos or a proxy sent one. */
  readonly requestId: string | undefined;

  constructor(
    status: number,
    detail: string,
    body: string,
    headers: Headers,
    request: RequestInfoSummary,
  ) {
    super(`${request.method} ${request.url} failed with ${status}: ${detail}`, request);
    this.status = status;
    this.detail = detail;
    this.body = body;
    this.headers = headers;
    this.requestId = headers.get('x-request-id') ?? headers.get('request-id') ?? undefined;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, detail: this.detail, requestId: this.requestId };
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

/** The request never got an answer: DNS, refused or reset connection, TLS. */
export class LitmosConnectionError extends LitmosError {
  override name = 'LitmosConnectionError';
}

/** An attempt took longer than the configured timeout. */
export class LitmosTimeoutError extends LitmosError {
  override name = 'LitmosTimeoutError';
}

/** The caller's `AbortSignal` stopped the call. */
export class LitmosAbortError extends LitmosError {
  override name = 'LitmosAbortError';
}

/** A 2xx body could not be read as the XML or JSON it claimed to be (HTML page, truncation). */
export class LitmosParseError extends LitmosError {
  override name = 'LitmosParseError';
  /** The body exactly as received. */
  readonly body: string;
  /** The response's `Content-Type` header. */
  readonly contentType: string | null;

  constructor(
    message: string,
    body: string,
    contentType: string | null,
    request?: RequestInfoSummary,
    options?: ErrorOptions,
  ) {
    super(message, request, options);
    this.body = body;
    this.contentType = contentType;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), contentType: this.contentType, bodyLength: this.body.length };
  }
}

/** One problem found by schema validation. */
export interface ValidationIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
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
    return { ...super.toJSON(), issues: this.issues };
  }
}

/** True for any error thrown by this SDK, even across copies of the package. */
export function isLitmosError(error: unknown): error is LitmosError {
  return typeof error === 'object' && error !== null && (error as { [brand]?: unknown })[brand] === true;
}
