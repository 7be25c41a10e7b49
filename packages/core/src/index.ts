// @litmos-kit/core: the runtime every litmos-kit SDK shares. Nothing here names an API; each SDK
// brings its own credentials, error names, decoding and paging strategy.
export { type BodyFormat, bodyFormat } from './body-format.js';
export { type ContinuationCursor, type ContinuationPagingOptions, continuationPaging } from './continuation-paging.js';
export { type BudgetedFetch, createFetch, type FetchSettings, type RequestLimiter, type RequestLimiterSlot } from './create-fetch.js';
export { createHttpFetch, type HttpFetchSettings } from './create-http-fetch.js';
export { type DecodedResponse, type DecodeResponseSettings, decodeResponse, type ResponseShape } from './decode-response.js';
export {
  type Alternative,
  type DateRule,
  type DecodeIssue,
  DecodePath,
  type Decoder,
  DecodeState,
  type DecodeStateSettings,
  type DriftKind,
  type ListSpec,
  rfc3339Date,
  type ScalarSpec,
} from './decode-state.js';
export { createDriftReporter, type DriftReporter, type DriftReporterSettings } from './drift-reporter.js';
export {
  AbortError,
  ApiError,
  type ApiErrorClass,
  ConnectionError,
  defaultErrorClasses,
  type ErrorClasses,
  isRateLimitRefusal,
  isSdkError,
  PageLimitError,
  ParseError,
  type RateLimitRefusal,
  RedirectError,
  type RequestInfoSummary,
  ResponseTooLargeError,
  rateLimitRefusal,
  requestIdOf,
  SdkError,
  TimeoutError,
  TooManyRequestsError,
  ValidationError,
  type ValidationIssue,
} from './errors.js';
export {
  type HttpErrorEvent,
  type HttpHooks,
  type HttpRequestEvent,
  type HttpResponseEvent,
  type HttpWaitEvent,
  resolveHooks,
  runHook,
  type WaitReason,
} from './hooks.js';
export { type HttpOptions, type ResolvedHttpOptions, resolveHttpOptions, resolveMaxResponseBytes, resolveTimeoutMs } from './http-options.js';
export { isRecord } from './is-record.js';
export { createLog, formatDelay, type Log, type Logger, type LogLevel, resolveLogging } from './logger.js';
export { MAX_TIMER_MS } from './max-timer-ms.js';
export { type OffsetCursor, type OffsetPagingOptions, offsetPaging } from './offset-paging.js';
export { type FetchedPage, type Page, type PageRequest, Pager, type PagerCheckpoint, type PagerOptions, type PagingStrategy } from './pager.js';
export { parseXmlRoot, type XmlElement, type XmlRoot, type XmlValue } from './parse-xml-root.js';
export { redactError, redactHeaders, redactSecrets, redactUrl, redactValue } from './redact.js';
export { resolveBaseUrl } from './resolve-base-url.js';
export { backoffDelay, isRetryable, parseRetryAfter, type ResolvedRetry, type RetryOptions, resolveRetry, retryDelay } from './retry.js';
export { budgetAllows, createRetryBudget, elapsedMs, type RetryBudget } from './retry-budget.js';
export { type RetryParseErrorsSettings, retryParseErrors } from './retry-parse-errors.js';
export { Semaphore } from './semaphore.js';
export { sleep } from './sleep.js';
export { type TokenCursor, tokenPaging } from './token-paging.js';
export { createTransport, DEFAULT_MAX_RESPONSE_BYTES, summarize, type Transport, type TransportOptions } from './transport.js';
export { type DriftEvent, type DriftHooks, resolveValidation, type ValidationOptions, type ValidationPolicy } from './validation-policy.js';
