import type { PagingStrategy } from './cursor-pager.js';
import { isRecord } from './is-record.js';

/** Where an offset-paged page is read: the index of its first row. */
export interface OffsetCursor {
  readonly offset: number;
}

/** Settings of `offsetPaging`. */
export interface OffsetPagingOptions {
  /** Rows asked for per page. */
  readonly limit: number;
  /**
   * Offset of the first page.
   * @default 0
   */
  readonly start?: number;
}

/**
 * Offset/limit paging (Litmos' `start`/`limit`). The next offset is the current one plus the rows
 * actually received, not plus `limit`: servers may send more rows than asked for, and advancing
 * by `limit` would then skip some. With no totals and no next links, a page shorter than `limit`
 * is the last one.
 * @throws {TypeError} when `limit` is not a positive integer or `start` not a non-negative one.
 */
export function offsetPaging(options: OffsetPagingOptions): PagingStrategy<OffsetCursor> {
  const { limit, start = 0 } = options;
  if (!Number.isInteger(limit) || limit < 1) throw new TypeError('Expected `limit` to be a positive integer');
  if (!Number.isInteger(start) || start < 0) throw new TypeError('Expected `start` to be a non-negative integer');
  return {
    first: { offset: start },
    next: (cursor, page) => (page.items.length >= limit ? { offset: cursor.offset + page.items.length } : undefined),
    isCursor: (value): value is OffsetCursor => isRecord(value, ['offset']) && Number.isInteger(value.offset) && (value.offset as number) >= 0,
  };
}
