// Generated types of every resource (Achievement, OrgUser, …), re-exported for convenience.
export type * from '@litmos-kit/client';
// Hooks, logging and retry settings are @litmos-kit/core's, under the SDK's names.
export type {
  DecodeIssue,
  DriftEvent,
  DriftKind,
  HttpErrorEvent as LitmosErrorEvent,
  HttpRequestEvent as LitmosRequestEvent,
  HttpResponseEvent as LitmosResponseEvent,
  HttpWaitEvent as LitmosWaitEvent,
  Logger,
  LogLevel,
  ValidationPolicy,
  WaitReason,
} from '@litmos-kit/core';
// True for any error thrown by this SDK (or another litmos-kit SDK), even across copies of the
// package. It reads a symbol, not the classes, which load with a client's first failure.
export { isSdkError as isLitmosError, parseRetryAfter, type RetryOptions } from '@litmos-kit/core';
export { createLitmos } from './create-litmos.js';
export { type DeltaRange, type DeltaRangeOptions, type DeltaWindow, resolveDeltaRange, splitDeltaRange } from './delta-windows.js';
export type { RequestInfoSummary, ValidationIssue } from './errors.js';
export {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  LitmosAbortError,
  LitmosApiError,
  LitmosConnectionError,
  LitmosError,
  LitmosPageLimitError,
  LitmosParseError,
  LitmosRedirectError,
  LitmosResponseTooLargeError,
  LitmosTimeoutError,
  LitmosValidationError,
  NotAcceptableError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RateLimitStoreError,
  ServiceUnavailableError,
} from './errors.js';
export type * from './gen/litmos.gen.js';
export { formatQueryDate, normalizeLitmosDate } from './litmos-date.js';
export type { CallOptions, ListOptions } from './method-options.js';
export { type LitmosHooks, type LitmosOptions, type LrsOptions, type Region, regions } from './options.js';
export { type Page, Pager, type PagerCheckpoint } from './pager.js';
export type { RateLimitOptions, StoreFailure } from './rate-limit.js';
export {
  createMemoryRateLimitStore,
  type MemoryRateLimitStoreOptions,
  type RateLimitAcquireResult,
  type RateLimitStore,
  type RateLimitWindow,
} from './rate-limit-store.js';
export { createRedisRateLimitStore, type RedisRateLimitStoreOptions, type RedisScriptClient } from './redis-rate-limit-store.js';
