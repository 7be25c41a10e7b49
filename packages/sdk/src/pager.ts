import type { CursorCheckpoint, FetchedPage, PagingStrategy } from '@litmos-kit/core';
import { CursorPager, isRecord, offsetPaging } from '@litmos-kit/core/internal';
import type { DeltaRange, DeltaWindow } from './delta-windows.js';
import type { LitmosErrorsSource } from './load-litmos-errors.js';

/** One page of a list, with the HTTP response it came in. */
export interface Page<T> {
  /** The records of this page, repeats of the previous page removed. */
  readonly items: readonly T[];
  /** The offset this page was requested at (within its window, for delta listings). */
  readonly start: number;
  /** The offset of the next page: `start` plus the records received (before de-duplication). */
  readonly next: number;
  /** The delta window this page belongs to; `undefined` for plain listings. */
  readonly window: DeltaWindow | undefined;
  /** The raw HTTP response. */
  readonly response: Response;
}

/**
 * Where a listing stands, as plain JSON: save it, and pass it back as `resume` to go on from
 * the same record, with none lost and none repeated.
 */
export interface PagerCheckpoint {
  /** Offset of the page being read, within the current window for delta listings. */
  readonly start: number;
  /** Records of that page already handed out. */
  readonly skip: number;
  /** Row keys of the page before it, so that repeats across the boundary are still dropped. */
  readonly seen: readonly string[];
  /** Delta listings: the whole range, with `to` as it was sent. */
  readonly range?: DeltaRange;
  /** Delta listings: the window being read. */
  readonly window?: DeltaWindow;
  /** The listing was read to its end. */
  readonly done: boolean;
}

/** What one page request asks for. @internal */
export interface OffsetPageRequest {
  readonly start: number;
  readonly limit: number;
  readonly window: DeltaWindow | undefined;
  readonly signal: AbortSignal | undefined;
}

/** Fetches one page. @internal */
export type FetchPage<T> = (request: OffsetPageRequest) => Promise<{ items: readonly T[]; response: Response }>;

/** Settings of one paged listing. @internal */
export interface PagerOptions<T> {
  readonly fetchPage: FetchPage<T>;
  readonly limit: number;
  readonly start: number;
  readonly key: ((item: T) => string) | undefined;
  readonly signal: AbortSignal | undefined;
  readonly maxPages: number;
  /** Delta listings: the range and its windows. */
  readonly delta?: { readonly range: DeltaRange; readonly windows: readonly DeltaWindow[] };
  readonly resume?: PagerCheckpoint | undefined;
  /** The SDK's error classes, or their loader (for an abort and the page cap). */
  readonly errors: LitmosErrorsSource;
}

/** Where a Litmos page is read: the window (0 for plain listings) and the offset within it. */
interface WindowCursor {
  readonly window: number;
  readonly start: number;
}

/**
 * Litmos' paging as a core strategy: offset paging (core's `offsetPaging`) within each delta
 * window, and the next window from offset 0 once a window ends. Plain listings have one window.
 */
function windowedOffsetPaging(limit: number, start: number, windows: number): PagingStrategy<WindowCursor> {
  const offset = offsetPaging({ limit, start });
  return {
    first: windows > 0 ? { window: 0, start } : undefined,
    next(cursor, page: FetchedPage<unknown>) {
      const within = offset.next({ offset: cursor.start }, page);
      if (within) return { window: cursor.window, start: within.offset };
      return cursor.window + 1 < windows ? { window: cursor.window + 1, start: 0 } : undefined;
    },
    isCursor: (value): value is WindowCursor =>
      isRecord(value, ['window', 'start']) &&
      Number.isInteger(value.window) &&
      (value.window as number) >= 0 &&
      Number.isInteger(value.start) &&
      (value.start as number) >= 0,
  };
}

/**
 * A lazily paged Litmos list. Iterate it with `for await` for records, call `pages()` for
 * pages with their responses, or `toArray({ max })` to collect a bounded number.
 * Nothing is requested until iteration starts; iterate one pager from one loop at a time.
 *
 * Litmos has no totals or next links: a page with fewer records than `limit` is the last one,
 * the next offset is the number of records actually received (pages can be larger than
 * `limit`), and a record repeated across a page boundary is dropped (only the previous page's
 * keys are kept, so memory stays flat however long the list). Delta listings (`/org/*`) read
 * their 7-day windows one after the other through the same pager.
 *
 * The walking, de-duplication and checkpoints are @litmos-kit/core's `CursorPager`; this class
 * keeps Litmos' page and checkpoint shapes (offsets and delta windows) on top of it.
 */
export class Pager<T> implements AsyncIterable<T> {
  readonly #pager: CursorPager<T, WindowCursor>;
  readonly #options: PagerOptions<T>;
  readonly #windows: readonly (DeltaWindow | undefined)[];

  /** @internal Use the SDK's list methods instead. */
  constructor(options: PagerOptions<T>) {
    this.#options = options;
    this.#windows = options.delta ? options.delta.windows : [undefined];
    const { fetchPage, limit, start, key, signal, maxPages, resume } = options;
    this.#pager = new CursorPager<T, WindowCursor>({
      strategy: windowedOffsetPaging(limit, start, this.#windows.length),
      // Handed on as it is (no async wrapper): a promise returned from an async function costs
      // extra turns of the microtask queue on every page.
      fetchPage: ({ cursor, signal: pageSignal }) => fetchPage({ start: cursor.start, limit, window: this.#windows[cursor.window], signal: pageSignal }),
      key,
      signal,
      maxPages,
      resume: resume === undefined ? undefined : this.#restore(resume),
      errors: options.errors,
    });
  }

  /** The offset of the next unread record (within the current window, for delta listings). */
  get position(): number {
    const { start, skip } = this.checkpoint;
    return start + skip;
  }

  /** Where the listing stands now; pass it as `resume` to continue later, exactly from here. */
  get checkpoint(): PagerCheckpoint {
    const { cursor, skip, seen, done } = this.#pager.checkpoint;
    // A delta range without windows has no cursor: it is at its first offset, and done.
    const { window, start } = cursor ?? { window: 0, start: this.#options.start };
    const delta = this.#options.delta;
    const current = this.#windows[window];
    return {
      start,
      skip,
      seen,
      ...(delta ? { range: delta.range } : {}),
      ...(current ? { window: current } : {}),
      done,
    };
  }

  /** Yields each page in turn with its raw response. */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    for await (const page of this.#pager.pages()) {
      const { start, window } = page.cursor;
      yield { items: page.items, start, next: start + page.received, window: this.#windows[window], response: page.response };
    }
  }

  [Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    return this.#pager[Symbol.asyncIterator]();
  }

  /**
   * Collects records into an array, reading at most `max` of them.
   * @throws {TypeError} when `max` is not a positive integer: an unbounded collect is refused.
   */
  toArray(options: { readonly max: number }): Promise<T[]> {
    return this.#pager.toArray(options);
  }

  /** Checks a Litmos checkpoint (and that it belongs to this delta range) and turns it into core's form. */
  #restore(checkpoint: PagerCheckpoint): CursorCheckpoint<WindowCursor> {
    const { start, skip, seen, window, done } = checkpoint;
    if (!Number.isInteger(start) || start < 0 || !Number.isInteger(skip) || skip < 0 || !Array.isArray(seen) || seen.some((k) => typeof k !== 'string')) {
      throw new TypeError('Expected `resume` to be a checkpoint of a listing (start, skip, seen)');
    }
    let index = 0;
    const delta = this.#options.delta;
    if (delta || window) {
      const at = window?.index ?? -1;
      const expected = this.#windows[at];
      const sameRange = delta && checkpoint.range?.since === delta.range.since && checkpoint.range?.to === delta.range.to;
      if (!done && (!sameRange || !expected || expected.since !== window?.since || expected.to !== window?.to)) {
        throw new TypeError('Expected `resume` to be a checkpoint of this delta range');
      }
      index = Math.max(0, at);
    }
    return { cursor: { window: index, start }, skip, seen, done: done === true };
  }
}
