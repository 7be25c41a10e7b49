import {
  type ContinuationCursor,
  continuationPaging,
  createDriftReporter,
  createHttpFetch,
  createLog,
  createRetryBudget,
  Pager,
  type PagerCheckpoint,
  type RetryBudget,
  redactError,
  redactSecrets,
  redactUrl,
  retryParseErrors,
} from '@litmos-kit/core';
import { type Achievement, listUserAchievements } from '@litmos-kit/xbox-client';
import { createClient, createConfig } from '@litmos-kit/xbox-client/fetch-client';
import { zListUserAchievementsQuery } from '@litmos-kit/xbox-client/zod';
import { decodeAchievementsPage } from './decode-achievements-page.js';
import { toUserAchievementsRequest, type UserAchievementsParams } from './to-user-achievements-request.js';
import { userAchievementsPaging } from './user-achievements-paging.js';
import { resolveXboxOptions, type XboxOptions } from './xbox-options.js';

/** Per-call settings of list methods. */
export interface ListOptions {
  /** Stops the listing: between pages, during a request, or while waiting to retry. */
  readonly signal?: AbortSignal;
  /**
   * Most pages one iteration may read before it stops with a `PageLimitError`: a guard against
   * a server that never ends a list.
   * @default 10000
   */
  readonly maxPages?: number;
  /** A `pager.checkpoint` saved earlier (with the same parameters): the listing goes on from exactly there. */
  readonly resume?: PagerCheckpoint<ContinuationCursor>;
}

/** A lazily paged list of achievements, read page by page with `continuationToken`. */
export type AchievementsPager = Pager<Achievement, ContinuationCursor>;

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
 * The query in the schema's (the spec's) order: skipItems, continuationToken, maxItems, titleId, …
 * whatever the order of the caller's object, so that one request always has one wire form.
 */
function inSpecOrder(query: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(zListUserAchievementsQuery._zod.def.shape).flatMap((name) => (name in query ? [[name, query[name]]] : [])));
}

/** Reads a dotted path (`pagingInfo.continuationToken`) of a decoded page. */
function valueAt(value: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), value);
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
  const { secrets } = resolved;
  const reportDrift = createDriftReporter({ hooks: resolved.hooks, log: createLog(resolved.logger, resolved.logLevel, secrets), prefix: 'xbox', secrets });
  const httpFetch = createHttpFetch({ options: resolved, secrets, logPrefix: 'xbox', service: 'Xbox Live' });
  const client = createClient(
    createConfig({
      baseUrl: resolved.baseUrl,
      fetch: httpFetch,
      // The generated operation declares an `Authorization` header credential, sent as given.
      auth: () => resolved.authorization,
    }),
  );
  const headers = {
    Accept: 'application/json',
    'x-xbl-contract-version': resolved.contractVersion,
    ...(resolved.acceptLanguage === undefined ? {} : { 'Accept-Language': resolved.acceptLanguage }),
  };

  const list = (params: UserAchievementsParams, call: ListOptions = {}): AchievementsPager => {
    // Checked now, so that a bad parameter throws at the call, not at the first page.
    const { path, query, skipItems } = toUserAchievementsRequest(params);
    if (typeof call !== 'object' || call === null) throw new TypeError('users.achievements.list: expected options to be an object');
    const { signal, maxPages, resume } = call;

    /** One page: sent through the generated client (its wire form), decoded from JSON. */
    const fetchPage = async (cursor: ContinuationCursor, pageSignal: AbortSignal | undefined, budget: RetryBudget) => {
      const pageQuery = inSpecOrder({
        ...query,
        ...(cursor.skip === undefined ? {} : { [userAchievementsPaging.skipParam]: cursor.skip }),
        ...(cursor.token === undefined ? {} : { [userAchievementsPaging.tokenParam]: cursor.token }),
      });
      const result = (await listUserAchievements({
        client,
        path,
        query: pageQuery,
        headers,
        parseAs: 'text',
        throwOnError: true,
        // The page's retry budget, shared with retryParseErrors below: one count of attempts.
        fetch: (input: RequestInfo | URL, init?: RequestInit) => httpFetch(input, init, budget),
        ...(pageSignal ? { signal: pageSignal } : {}),
      })) as unknown as { data: unknown; request: Request; response: Response };
      const request = { method: 'GET', url: redactSecrets(redactUrl(result.request.url), secrets) };
      const text = typeof result.data === 'string' ? result.data : '';
      const { value: page, drift } = decodeAchievementsPage(text, result.response.headers.get('content-type'), { request, policy: resolved.validation });
      if (drift.length) await reportDrift('listUserAchievements', drift, request);
      return {
        items: (valueAt(page, userAchievementsPaging.items) ?? []) as Achievement[],
        nextToken: valueAt(page, userAchievementsPaging.nextToken) as string | null | undefined,
        total: valueAt(page, userAchievementsPaging.total) as number | undefined,
        response: result.response,
      };
    };

    return new Pager<Achievement, ContinuationCursor>({
      strategy: continuationPaging({ skip: skipItems }),
      key: (row) => userAchievementsPaging.itemKey.map((name) => String(row[name])).join('\u0000'),
      signal,
      maxPages,
      resume,
      // A cut-off or HTML 200 body is asked for again (reads are safe to repeat), and errors
      // raised after the response (parse, validation) carry the body: scrub them on the way out.
      fetchPage: ({ cursor, signal: pageSignal }) => {
        const budget = createRetryBudget(resolved.retry);
        return retryParseErrors(() => fetchPage(cursor, pageSignal, budget), { method: 'GET', retry: resolved.retry, budget, signal: pageSignal }).catch(
          (error: unknown) => {
            throw error instanceof Error ? redactError(error, secrets) : error;
          },
        );
      },
    });
  };

  return Object.freeze({ users: Object.freeze({ achievements: Object.freeze({ list }) }) });
}
