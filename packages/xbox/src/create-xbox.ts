import {
  type ContinuationCursor,
  type CursorPager,
  createCaller,
  createOperationPager,
  defaultErrorClasses,
  type OperationListOptions,
} from '@litmos-kit/core';
import type { Achievement } from '@litmos-kit/xbox-client';
import { listUserAchievements } from '@litmos-kit/xbox-client/operations';
import { toUserAchievementsRequest, type UserAchievementsParams } from './to-user-achievements-request.js';
import { resolveXboxOptions, type XboxOptions } from './xbox-options.js';

/** Per-call settings of list methods: `signal`, `maxPages`, and a checkpoint to `resume` from. */
export type ListOptions = OperationListOptions<ContinuationCursor>;

/** A lazily paged list of achievements, read page by page with `continuationToken`. */
export type AchievementsPager = CursorPager<Achievement, ContinuationCursor>;

/** An Xbox Live client: a user's achievements. */
export interface Xbox {
  readonly users: {
    readonly achievements: {
      /**
       * Lists the achievements of the signed-in user (`GET /users/xuid({xuid})/achievements`):
       * those a title defines, unlocked or in progress, as filtered. Nothing is requested until
       * iteration starts; the pager skips `skipItems` rows once, then follows
       * `pagingInfo.continuationToken` until it is `null`, and drops a row repeated across a
       * page boundary (by `serviceConfigId` and `id`). Each page carries `total`
       * (`pagingInfo.totalRecords`).
       * @throws {TypeError} at the call, before any request, for a missing, unknown or invalid parameter or option.
       */
      list(params: UserAchievementsParams, options?: ListOptions): AchievementsPager;
    };
  };
}

/**
 * Creates an Xbox Live achievements client. Every option is checked before any request is sent.
 * Requests carry the XBL3.0 credentials, the contract version and the language; they time out,
 * are retried when that is safe, and fail with typed errors (@litmos-kit/core's `ApiError`,
 * `ConnectionError`, …) that never show the token.
 *
 * @example
 * ```ts
 * const xbox = createXbox({ authorization: { userHash: uhs, token: xstsToken }, acceptLanguage: 'en-GB, en' });
 * for await (const achievement of xbox.users.achievements.list({ xuid: '2533274792693551', unlockedOnly: true })) {
 *   console.log(achievement.name, achievement.progression.timeUnlocked);
 * }
 * ```
 * @throws {TypeError} when an option is missing or invalid.
 */
export function createXbox(options: XboxOptions): Xbox {
  const resolved = resolveXboxOptions(options);
  // Core's classes as they are: this package exports them, so they are loaded anyway.
  const call = createCaller({
    baseUrl: resolved.baseUrl,
    options: resolved,
    secrets: resolved.secrets,
    logPrefix: 'xbox',
    service: 'Xbox Live',
    errors: defaultErrorClasses,
  });
  const headers = {
    Accept: 'application/json',
    // The spec's `Authorization` scheme: the XBL3.0 credential, sent as given.
    Authorization: resolved.authorization,
    'x-xbl-contract-version': String(resolved.contractVersion),
    ...(resolved.acceptLanguage === undefined ? {} : { 'Accept-Language': resolved.acceptLanguage }),
  };

  const list = (params: UserAchievementsParams, options: ListOptions = {}): AchievementsPager => {
    // Checked now, so that a bad parameter throws at the call, not at the first page.
    const { path, query, skipItems } = toUserAchievementsRequest(params);
    return createOperationPager<Achievement>({
      op: listUserAchievements,
      call,
      errors: defaultErrorClasses,
      request: { path, query, headers },
      skip: skipItems,
      options,
    });
  };

  return Object.freeze({ users: Object.freeze({ achievements: Object.freeze({ list }) }) });
}
