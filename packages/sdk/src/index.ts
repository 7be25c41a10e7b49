export type { CallOptions } from './call-operation.js';
export { type Bound, createLitmos, type ListOptions, type Litmos, type Method, type ParamsOf } from './create-litmos.js';
export { type DeltaRange, type DeltaRangeOptions, type DeltaWindow, resolveDeltaRange, splitDeltaRange } from './delta-windows.js';
export {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  isLitmosError,
  LitmosAbortError,
  LitmosApiError,
  LitmosConnectionError,
  LitmosError,
  LitmosPageLimitError,
  LitmosParseError,
  LitmosTimeoutError,
  LitmosValidationError,
  NotAcceptableError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from './errors.js';
export type { RequestInfoSummary, ValidationIssue } from './errors.js';
export type { LitmosErrorEvent, LitmosHooks, LitmosRequestEvent, LitmosResponseEvent } from './hooks.js';
export { formatQueryDate, normalizeLitmosDate } from './litmos-date.js';
export type { Logger, LogLevel } from './logger.js';
export { type LitmosOptions, type Region, regions } from './options.js';
export { type Page, Pager, type PagerCheckpoint } from './pager.js';
export type { RateLimitOptions } from './rate-limit.js';
export { createMemoryRateLimitStore, type MemoryRateLimitStoreOptions, type RateLimitAcquireResult, type RateLimitStore, type RateLimitWindow } from './rate-limit-store.js';
export { createRedisRateLimitStore, type RedisRateLimitStoreOptions, type RedisScriptClient } from './redis-rate-limit-store.js';
export { parseRetryAfter, type RetryOptions } from './retry.js';
// Generated types of every resource (Achievement, OrgUser, …), re-exported for convenience.
export type * from '@litmos-kit/client';
