import { type CursorPager, createCaller, createOperationPager, defaultErrorClasses, type OperationListOptions, type TokenCursor } from '@litmos-kit/core';
import type { LearnerResult } from '@litmos-kit/ispring-client';
import { listLearnerResults } from '@litmos-kit/ispring-client/operations';
import { type IspringOptions, resolveIspringOptions } from './ispring-options.js';
import { type LearnerResultsParams, toLearnerResultsQuery } from './to-learner-results-query.js';

/** Per-call settings of list methods: `signal`, `maxPages`, and a checkpoint to `resume` from. */
export type ListOptions = OperationListOptions<TokenCursor>;

/** A lazily paged list of learner results, read page by page with `pageToken`. */
export type LearnerResultsPager = CursorPager<LearnerResult, TokenCursor>;

/** An iSpring Learn client: the learner results report. */
export interface Ispring {
  readonly learners: {
    readonly results: {
      /**
       * Lists learners' course results (`GET /learners/results`), one row per enrollment, for
       * the whole account or narrowed by the filters. Nothing is requested until iteration
       * starts; the pager follows `nextPageToken` to the last page and drops a row repeated
       * across a page boundary (by `enrollmentId`).
       * @throws {TypeError} at the call, before any request, for an unknown or invalid filter or option.
       */
      list(params?: LearnerResultsParams, options?: ListOptions): LearnerResultsPager;
    };
  };
}

/**
 * Creates an iSpring Learn client. Every option is checked before any request is sent.
 * Requests time out, are retried when that is safe, and fail with typed errors
 * (@litmos-kit/core's `ApiError`, `ConnectionError`, …) that never show the token.
 *
 * @example
 * ```ts
 * const ispring = createIspring({ token: process.env.ISPRING_TOKEN! });
 * const results = ispring.learners.results.list({
 *   userIds: ['114dba08-a75e-11eb-b4e5-0242ac13002a'],
 *   accessDate: { startDate: new Date('2021-01-01'), endDate: new Date('2022-01-01') },
 * });
 * for await (const row of results) console.log(row.courseTitle, row.completionStatus, row.progress);
 * ```
 * @throws {TypeError} when an option is missing or invalid.
 */
export function createIspring(options: IspringOptions): Ispring {
  const resolved = resolveIspringOptions(options);
  // Core's classes as they are: this package exports them, so they are loaded anyway.
  const call = createCaller({
    baseUrl: resolved.baseUrl,
    options: resolved,
    secrets: [resolved.token],
    logPrefix: 'ispring',
    service: 'iSpring Learn',
    errors: defaultErrorClasses,
  });
  // The spec's `bearerAuth` scheme: the token as an `Authorization: Bearer` header.
  const headers = { Accept: 'application/xml', Authorization: `Bearer ${resolved.token}` };

  const list = (params: LearnerResultsParams = {}, options: ListOptions = {}): LearnerResultsPager => {
    // Checked now, so that a bad filter throws at the call, not at the first page.
    const query = toLearnerResultsQuery(params);
    return createOperationPager<LearnerResult>({ op: listLearnerResults, call, errors: defaultErrorClasses, request: { path: {}, query, headers }, options });
  };

  return Object.freeze({ learners: Object.freeze({ results: Object.freeze({ list }) }) });
}
