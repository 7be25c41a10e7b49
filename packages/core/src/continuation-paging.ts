import type { PagingStrategy } from './cursor-pager.js';
import { isRecord } from './is-record.js';
import { isToken, nextTokenCursor } from './token-paging.js';

/**
 * Where a continuation-paged page is read: rows to skip for the first page, the continuation
 * token of the previous page for every other.
 */
export interface ContinuationCursor {
  readonly token?: string;
  readonly skip?: number;
}

/** Settings of `continuationPaging`. */
export interface ContinuationPagingOptions {
  /** Rows to skip before the first page (Xbox' `skipItems`); the token carries the position after that. */
  readonly skip?: number | undefined;
}

/**
 * Continuation-token paging with skip/max items (Xbox Live's `skipItems`, `maxItems` and
 * `pagingInfo.continuationToken`): the first page may skip rows, every later page continues from
 * the token of the one before, and the list ends when the token is `null`. Pages may hold fewer
 * than `maxItems` rows while more follow, so a short page does not end the list.
 * @throws {TypeError} when `skip` is not a non-negative integer.
 */
export function continuationPaging(options: ContinuationPagingOptions = {}): PagingStrategy<ContinuationCursor> {
  const { skip } = options;
  if (skip !== undefined && (!Number.isInteger(skip) || skip < 0)) throw new TypeError('Expected `skip` to be a non-negative integer');
  return {
    first: skip ? { skip } : {},
    next: (_cursor, page) => nextTokenCursor(page),
    isCursor: (value): value is ContinuationCursor =>
      isRecord(value, ['token', 'skip']) && isToken(value.token) && (value.skip === undefined || (Number.isInteger(value.skip) && (value.skip as number) >= 0)),
  };
}
