// @litmos-kit/core: the runtime every litmos-kit SDK shares. Nothing here names an API; each SDK
// brings its operations (generated from its spec), credentials, error names and paging.
//
// This entry is the public surface: what an SDK is built from and what its users meet (errors,
// hooks, options, pagers, decoding). Plumbing shared by the litmos-kit packages and their
// generated code lives under `@litmos-kit/core/internal` and may change in any release.
export type { BodyFormat } from './body-format.js';
export { buildUrl, type HttpRequest, type RequestParts } from './build-request.js';
export { type ClientOptions, type ResolvedClientOptions, resolveClientOptions } from './client-options.js';
export { type ContinuationCursor, type ContinuationPagingOptions, continuationPaging } from './continuation-paging.js';
export { type Caller, type CallerSettings, type CallRequest, type CallResult, type CallSettings, createCaller } from './create-caller.js';
export { createOperationPager, type OperationListOptions, type OperationPagerSettings } from './create-operation-pager.js';
export {
  type CursorCheckpoint,
  type CursorPage,
  type CursorPageRequest,
  CursorPager,
  type CursorPagerOptions,
  type FetchedPage,
  type PagingStrategy,
} from './cursor-pager.js';
export type { DecodedResponse, DecodeResponseSettings } from './decode-body.js';
export type { DateRule, DecodeIssue, DecodePath, Decoder, DecodeState, DriftKind } from './decode-state.js';
// The checks read symbols, not classes: the pipeline uses them on every call, the classes load with the first failure.
export { type ErrorKind, errorKindOf, isRateLimitRefusal, isSdkError } from './error-checks.js';
export {
  AbortError,
  ApiError,
  type ApiErrorClass,
  ConnectionError,
  defaultErrorClasses,
  type ErrorClasses,
  PageLimitError,
  ParseError,
  type RateLimitRefusal,
  RedirectError,
  type RequestInfoSummary,
  ResponseTooLargeError,
  rateLimitRefusal,
  SdkError,
  TimeoutError,
  TooManyRequestsError,
  ValidationError,
  type ValidationIssue,
} from './errors.js';
export type { HttpErrorEvent, HttpHooks, HttpRequestEvent, HttpResponseEvent, HttpWaitEvent, WaitReason } from './hooks.js';
export { type HttpOptions, type ResolvedHttpOptions, resolveHttpOptions } from './http-options.js';
export type { ErrorClassesSource } from './load-error-classes.js';
export type { Logger, LogLevel } from './logger.js';
export { type OffsetCursor, type OffsetPagingOptions, offsetPaging } from './offset-paging.js';
export type {
  HeaderParamDef,
  HttpMethod,
  OperationCodec,
  OperationDef,
  PagingDef,
  PagingStyle,
  QueryParamDef,
  ResponseShape,
  XmlShape,
} from './operation-def.js';
export { resolveBaseUrl } from './resolve-base-url.js';
export { parseRetryAfter, type ResolvedRetry, type RetryOptions } from './retry.js';
export type { RequestLimiter, RequestLimiterSlot } from './send-attempt.js';
export { type SortedParams, sortParams } from './sort-params.js';
export { type TokenCursor, tokenPaging } from './token-paging.js';
export { type DriftEvent, type DriftHooks, resolveValidation, type ValidationOptions, type ValidationPolicy } from './validation-policy.js';
