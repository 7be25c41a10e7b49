import {
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
  type TokenCursor,
  tokenPaging,
} from '@litmos-kit/core';
import { type LearnerResult, listLearnerResults } from '@litmos-kit/ispring-client';
import { createClient, createConfig } from '@litmos-kit/ispring-client/fetch-client';
import { decodeLearnerResults } from './decode-learner-results.js';
import { type IspringOptions, resolveIspringOptions } from './ispring-options.js';
import { learnerResultsPaging } from './learner-results-paging.js';
import { type LearnerResultsParams, type LearnerResultsQuery, toLearnerResultsQuery } from './to-learner-results-query.js';

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
  /** A `pager.checkpoint` saved earlier (with the same filters): the listing goes on from exactly there. */
  readonly resume?: PagerCheckpoint<TokenCursor>;
}

/** A lazily paged list of learner results, read page by page with `pageToken`. */
export type LearnerResultsPager = Pager<LearnerResult, TokenCursor>;

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
  const secrets = [resolved.token];
  const reportDrift = createDriftReporter({ hooks: resolved.hooks, log: createLog(resolved.logger, resolved.logLevel, secrets), prefix: 'ispring', secrets });
  const httpFetch = createHttpFetch({ options: resolved, secrets, logPrefix: 'ispring', service: 'iSpring Learn' });
  const client = createClient(
    createConfig({
      baseUrl: resolved.baseUrl,
      fetch: httpFetch,
      // The generated operation declares bearer auth: the client sends `Authorization: Bearer <token>`.
      auth: () => resolved.token,
    }),
  );

  /** One page: sent through the generated client (its wire form), decoded from XML. */
  const fetchPage = async (query: LearnerResultsQuery, signal: AbortSignal | undefined, budget: RetryBudget) => {
    const result = (await listLearnerResults({
      client,
      query,
      headers: { Accept: 'application/xml' },
      parseAs: 'text',
      throwOnError: true,
      // The page's retry budget, shared with retryParseErrors: one count of attempts.
      fetch: (input: RequestInfo | URL, init?: RequestInit) => httpFetch(input, init, budget),
      ...(signal ? { signal } : {}),
    })) as unknown as { data: unknown; request: Request; response: Response };
    const request = { method: 'GET', url: redactSecrets(redactUrl(result.request.url), secrets) };
    const text = typeof result.data === 'string' ? result.data : '';
    const { value: page, drift } = decodeLearnerResults(text, result.response.headers.get('content-type'), { request, policy: resolved.validation });
    if (drift.length) await reportDrift('listLearnerResults', drift, request);
    return { items: page[learnerResultsPaging.items] ?? [], nextToken: page[learnerResultsPaging.nextToken], response: result.response };
  };

  const list = (params: LearnerResultsParams = {}, call: ListOptions = {}): LearnerResultsPager => {
    // Checked now, so that a bad filter throws at the call, not at the first page.
    const query = toLearnerResultsQuery(params);
    if (typeof call !== 'object' || call === null) throw new TypeError('learners.results.list: expected options to be an object');
    const { signal, maxPages, resume } = call;
    return new Pager<LearnerResult, TokenCursor>({
      strategy: tokenPaging(),
      key: (row) => learnerResultsPaging.itemKey.map((name) => String(row[name])).join('\u0000'),
      signal,
      maxPages,
      resume,
      fetchPage: ({ cursor, signal: pageSignal }) => {
        const pageQuery = cursor.token === undefined ? query : { ...query, [learnerResultsPaging.tokenParam]: cursor.token };
        // A cut-off or HTML 200 body is asked for again (reads are safe to repeat), and errors
        // raised after the response (parse, validation) carry the body: scrub them on the way out.
        const budget = createRetryBudget(resolved.retry);
        return retryParseErrors(() => fetchPage(pageQuery, pageSignal, budget), { method: 'GET', retry: resolved.retry, budget, signal: pageSignal }).catch(
          (error: unknown) => {
            throw error instanceof Error ? redactError(error, secrets) : error;
          },
        );
      },
    });
  };

  return Object.freeze({ learners: Object.freeze({ results: Object.freeze({ list }) }) });
}
