export type { CallOptions } from './call-operation.js';
export { type Bound, createLitmos, type Litmos, type Method, type ParamsOf } from './create-litmos.js';
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
  LitmosParseError,
  LitmosTimeoutError,
  LitmosValidationError,
  NotAcceptableError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from './errors.js';
export type { RequestInfoSummary, ValidationIssue } from './errors.js';
export { formatQueryDate, normalizeLitmosDate } from './litmos-date.js';
export { type LitmosOptions, type Region, regions } from './options.js';
export { type Page, Pager } from './pager.js';
// Generated types of every resource (Achievement, OrgUser, …), re-exported for convenience.
export type * from '@litmos-kit/client';
