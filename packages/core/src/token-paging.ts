import type { FetchedPage, PagingStrategy } from './cursor-pager.js';
import { isRecord } from './is-record.js';

/** Where a token-paged page is read: the token the previous page gave, none for the first page. */
export interface TokenCursor {
  readonly token?: string;
}

/**
 * Page-token paging (iSpring Learn's `pageToken`/`nextPageToken`): each page names the next one,
 * and the list ends on a page without a token. A short page says nothing: servers may cut pages
 * short and still go on.
 */
export function tokenPaging(): PagingStrategy<TokenCursor> {
  return {
    first: {},
    next: (_cursor, page) => nextTokenCursor(page),
    isCursor: (value): value is TokenCursor => isRecord(value, ['token']) && isToken(value.token),
  };
}

/** The cursor a page's `nextToken` points to, or `undefined` at the end of the list. @internal */
export function nextTokenCursor(page: FetchedPage<unknown>): { readonly token: string } | undefined {
  return typeof page.nextToken === 'string' && page.nextToken !== '' ? { token: page.nextToken } : undefined;
}

/** An absent token (the first page) or a non-empty string. @internal */
export function isToken(value: unknown): value is string | undefined {
  return value === undefined || (typeof value === 'string' && value !== '');
}
