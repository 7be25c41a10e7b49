// @litmos-kit/xbox: Xbox Live user achievements on the shared @litmos-kit/core runtime.

// The runtime's errors, pager and settings, so that callers need only this package.
export {
  AbortError,
  ApiError,
  ConnectionError,
  type ContinuationCursor,
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
  TooManyRequestsError,
  ValidationError,
  type ValidationPolicy,
} from '@litmos-kit/core';
// Generated types of the rows.
export type { Achievement, AchievementsPage, MediaAsset, PagingInfo, Progression, Reward, TimeWindow, TitleAssociation } from '@litmos-kit/xbox-client';
export { type AchievementsPager, createXbox, type ListOptions, type Xbox } from './create-xbox.js';
export { decodeAchievementsPage } from './decode-achievements-page.js';
export type { UserAchievementsParams } from './to-user-achievements-request.js';
export { XBOX_ACHIEVEMENTS_BASE_URL, type XblAuthorization, type XboxOptions } from './xbox-options.js';
