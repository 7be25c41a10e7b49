/**
 * The SDK's errors: one base class, `LitmosError`, and a subclass for every way a call can fail.
 * The base and the generic kinds come from @litmos-kit/core (shared with the iSpring and Xbox
 * SDKs, so that transport, retries and paging are written once); this module gives them their
 * Litmos names and maps Litmos' statuses to classes. Messages, `url`, headers, bodies, causes
 * and serialised forms never contain the API key (see @litmos-kit/core's redact.ts).
 */
import {
  AbortError,
  ApiError,
  ConnectionError,
  PageLimitError,
  ParseError,
  RedirectError,
  ResponseTooLargeError,
  rateLimitRefusal,
  SdkError,
  TimeoutError,
  ValidationError,
} from '@litmos-kit/core/errors';

export type { RequestInfoSummary, ValidationIssue } from '@litmos-kit/core/errors';

import type { LitmosErrorClasses } from './load-litmos-errors.js';

// The base class is core's `SdkError` under its Litmos name, not a subclass: every class below
// must be an instance of it, and they extend core's generic kinds (ApiError, ConnectionError, …)
// so that the shared retry and transport recognise them.
export { SdkError as LitmosError };

/** Litmos answered with a status outside 2xx. */
export class LitmosApiError extends ApiError {
  override name = 'LitmosApiError';
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
/**
 * 503 with Litmos' own refusal, "Rating Limit Exceeded": more than 100 requests in 60 seconds
 * with this key. Litmos refuses such a request before doing anything, so it is a rate-limit
 * refusal in core's terms: replayed for every method, and it pauses the client's rate limiter.
 */
export class RateLimitError extends LitmosApiError {
  override name = 'RateLimitError';
  readonly [rateLimitRefusal] = true;
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
/**
 * 503 without Litmos' rate-limit text: an outage, usually a gateway's or load balancer's page.
 * Nothing says the request was not applied, so like any 5xx it is retried for reads only (and
 * for writes when `retry.writes` is set): a replayed create could create twice.
 */
export class ServiceUnavailableError extends InternalServerError {
  override name = 'ServiceUnavailableError';
}

const byStatus: Record<number, typeof LitmosApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  406: NotAcceptableError,
  409: ConflictError,
};

/**
 * Litmos' rate-limit refusal, in any of the forms it comes in: the JSON `Detail`, a WCF
 * `<string>`, an HTML error page or the status text say "Rating Limit Exceeded"; some of its
 * documentation words it "The API rating limit has been exceeded".
 */
const REFUSAL = /\brat(?:e|ing) limit (?:has been )?exceeded\b/i;

/**
 * Picks the error class for an HTTP status. A 503 is a `RateLimitError` only when its body or
 * status text is Litmos' refusal; any other 503 is a `ServiceUnavailableError`.
 * @internal
 */
export function apiErrorClass(status: number, body = '', statusText = ''): typeof LitmosApiError {
  if (status === 503) return REFUSAL.test(body) || REFUSAL.test(statusText) ? RateLimitError : ServiceUnavailableError;
  return byStatus[status] ?? (status >= 500 ? InternalServerError : LitmosApiError);
}

/** The request never got a complete answer: DNS, refused or reset connection, TLS, a cut body. */
export class LitmosConnectionError extends ConnectionError {
  override name = 'LitmosConnectionError';
}

/** An attempt took longer than the configured timeout. */
export class LitmosTimeoutError extends TimeoutError {
  override name = 'LitmosTimeoutError';
}

/** The caller's `AbortSignal` stopped the call: during a request, between pages or while waiting. */
export class LitmosAbortError extends AbortError {
  override name = 'LitmosAbortError';
}

/** A listing read more pages than `maxPages` allows: a guard against a server that never ends a list. */
export class LitmosPageLimitError extends PageLimitError {
  override name = 'LitmosPageLimitError';
}

/**
 * Litmos (or something posing as it) redirected to another origin or from https to http; the
 * redirect was not followed, so neither the API key nor a request body went there.
 */
export class LitmosRedirectError extends RedirectError {
  override name = 'LitmosRedirectError';
}

/** A response body was larger than `maxResponseBytes`; reading stopped there. */
export class LitmosResponseTooLargeError extends ResponseTooLargeError {
  override name = 'LitmosResponseTooLargeError';
}

/**
 * The rate-limit store (Redis, or a store of your own) failed, or did not answer within the
 * call's timeout. With `rateLimit.storeFailure: 'fail-closed'` (the default) the call fails
 * with this error before anything is sent; `'fail-open'` paces with an in-memory window instead.
 */
export class RateLimitStoreError extends SdkError {
  override name = 'RateLimitStoreError';
  /** The store method that failed. */
  readonly operation: 'acquire' | 'settle' | 'pause';

  constructor(message: string, operation: 'acquire' | 'settle' | 'pause', options?: ErrorOptions) {
    super(message, undefined, options);
    this.operation = operation;
  }
}

/** A 2xx body could not be read as the XML or JSON it claimed to be (HTML page, truncation). */
export class LitmosParseError extends ParseError {
  override name = 'LitmosParseError';
}

/** A body parsed, but its content does not match the spec's schema. */
export class LitmosValidationError extends ValidationError {
  override name = 'LitmosValidationError';
}

/**
 * The classes the shared runtime throws on the SDK's behalf, and the rate-limit store's.
 * `createLitmos` hands them over as they are; `createLitmosClient` loads them with a client's
 * first failure (`loadLitmosErrors`). @internal
 */
export const litmosErrors: LitmosErrorClasses = {
  apiError: apiErrorClass,
  ConnectionError: LitmosConnectionError,
  TimeoutError: LitmosTimeoutError,
  AbortError: LitmosAbortError,
  PageLimitError: LitmosPageLimitError,
  RedirectError: LitmosRedirectError,
  ResponseTooLargeError: LitmosResponseTooLargeError,
  ParseError: LitmosParseError,
  ValidationError: LitmosValidationError,
  RateLimitStoreError,
};
