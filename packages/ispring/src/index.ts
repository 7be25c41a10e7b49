// @litmos-kit/ispring: iSpring Learn learner results on the shared @litmos-kit/core runtime.

// The runtime's errors, pager and settings, so that callers need only this package.
export {
  AbortError,
  ApiError,
  ConnectionError,
  type CursorCheckpoint,
  type CursorPage,
  CursorPager,
  type DriftEvent,
  type HttpErrorEvent,
  type HttpHooks,
  type HttpRequestEvent,
  type HttpResponseEvent,
  isSdkError,
  type Logger,
  type LogLevel,
  PageLimitError,
  ParseError,
  type RetryOptions,
  SdkError,
  TimeoutError,
  type TokenCursor,
  TooManyRequestsError,
  ValidationError,
  type ValidationPolicy,
} from '@litmos-kit/core';
// Generated types of the rows.
export type { CompletionStatus, LearnerResult, LearnerResultsResponse } from '@litmos-kit/ispring-client';
export { createIspring, type Ispring, type LearnerResultsPager, type ListOptions } from './create-ispring.js';
export { decodeLearnerResults } from './decode-learner-results.js';
export { ISPRING_BASE_URL, type IspringOptions } from './ispring-options.js';
export type { DateRange, LearnerResultsParams } from './to-learner-results-query.js';
