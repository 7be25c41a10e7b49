import { type ContinuationCursor, continuationPaging } from './continuation-paging.js';
import type { Caller, CallRequest, CallSettings } from './create-caller.js';
import { type CursorCheckpoint, CursorPager } from './cursor-pager.js';
import type { ErrorClassesSource } from './load-error-classes.js';
import type { OperationDef } from './operation-def.js';
import { rowKey } from './row-key.js';
import { tokenPaging } from './token-paging.js';

/**
 * Per-call settings of a list method that returns an operation pager (`C` is its cursor, which
 * a checkpoint holds).
 */
export interface OperationListOptions<C extends ContinuationCursor = ContinuationCursor> {
  /** Stops the listing: between pages, during a request, or while waiting to retry. */
  readonly signal?: AbortSignal;
  /**
   * Most pages one iteration may read before it stops with a `PageLimitError`: a guard against
   * a server that never ends a list.
   * @default 10000
   */
  readonly maxPages?: number;
  /** A `pager.checkpoint` saved earlier (with the same parameters): the listing goes on from exactly there. */
  readonly resume?: CursorCheckpoint<C>;
}

/** Settings of `createOperationPager`. */
export interface OperationPagerSettings {
  /** A list operation whose `pages` say it pages by token or continuation token. */
  readonly op: OperationDef;
  /** The client's calls (`createCaller`). */
  readonly call: Caller;
  /** The request of every page, without the paging position (the token, the skip). */
  readonly request: CallRequest;
  /** How the calls are made (`paced`, `expect`); the listing's signal is added. */
  readonly callSettings?: Omit<CallSettings, 'signal'> | undefined;
  /** Rows to skip before the first page (continuation paging's `skipParam`). */
  readonly skip?: number | undefined;
  /** The list method's per-call options, as the caller gave them (checked here). */
  readonly options?: OperationListOptions | undefined;
  /** The classes to throw for an abort and the page cap, or their loader (see `ErrorClassesSource`). */
  readonly errors: ErrorClassesSource<'AbortError' | 'PageLimitError'>;
}

/** Reads a dotted path (`pagingInfo.continuationToken`) of a decoded page. */
function valueAt(value: unknown, path: string): unknown {
  let node = value;
  for (const key of path.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

/**
 * A `CursorPager` over an operation that pages by token (each page names the next) or by
 * continuation token (skip rows once, then follow the token): each page is one call through the
 * pipeline, and the parameter and field names come from the operation's `pages`, as the spec's
 * `x-litmos-sdk.paging` gives them. Rows are told apart by the operation's `itemKey`.
 * @throws {TypeError} when the operation pages otherwise, or an option is invalid (named after
 *   the operation's SDK method).
 */
export function createOperationPager<T>(settings: OperationPagerSettings): CursorPager<T, ContinuationCursor> {
  const { op, call, request, callSettings, skip, options = {} } = settings;
  if (typeof options !== 'object' || options === null) throw new TypeError(`${op.sdkMethod}: expected options to be an object`);
  const pages = op.pages;
  if (pages?.style !== 'token' && pages?.style !== 'continuation') throw new TypeError(`${op.id} does not page by token`);
  const strategy = pages.style === 'token' ? tokenPaging() : continuationPaging({ skip });
  const { itemKey } = op;
  return new CursorPager<T, ContinuationCursor>({
    strategy,
    key: rowKey<T>(itemKey),
    signal: options.signal,
    maxPages: options.maxPages,
    resume: options.resume,
    errors: settings.errors,
    fetchPage: async ({ cursor, signal }) => {
      const query = { ...request.query };
      if (cursor.token !== undefined) query[pages.tokenParam] = cursor.token;
      if (pages.style === 'continuation' && cursor.skip !== undefined) query[pages.skipParam] = cursor.skip;
      const { value, response } = await call(op, { ...request, query }, { ...callSettings, signal });
      return {
        items: (valueAt(value, pages.items) ?? []) as T[],
        nextToken: valueAt(value, pages.nextToken) as string | null | undefined,
        total: pages.style === 'continuation' && pages.total ? (valueAt(value, pages.total) as number | undefined) : undefined,
        response,
      };
    },
  });
}
